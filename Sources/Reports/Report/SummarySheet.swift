import Catalog
import Scoring
import SheetWriter

/// "Tổng hợp": title block, counts, and the ranked table of every unit
/// (ranked first, then unranked, superseded files, and missing units).
enum SummarySheet {
    static let name = ReportSheetName.summary.vi
    // Columns of the ranked table.
    static let rank = 0, code = 1, unit = 2, type = 3, claimed = 4, accepted = 5, award = 6,
               eligibility = 7, status = 8, errors = 9, warnings = 10, file = 11
    static let widths: [Double] = [6, 8, 26, 13, 9, 10, 16, 22, 13, 6, 8, 22]

    /// Where the table lies, for the charts sheet.
    struct Layout: Equatable {
        var headerRow: Int
        /// First and last row of units that have a submission (not superseded); nil when none.
        var submittedRows: ClosedRange<Int>?
    }

    static func build(_ input: ReportInput) -> (ReportSheet, Layout) {
        let t = input.text, c = input.consolidation
        var s = ReportSheet.report(name, columnWidths: widths)
        TitleBlock.add(to: &s, issuer: input.rubric.issuer, date: input.reportDate, split: 4,
                       title: t(.summaryTitle),
                       subtitle: TitleBlock.planLine(input.rubric, t))
        counts(input, into: &s)

        s.line(t(.rankingSection), .section)
        let headers: [ReportColumn] = [.rank, .code, .unit, .unitType, .claimed, .accepted, .award, .eligible,
                                       .status, .errors, .warnings, .sourceFile]
        let headerRow = s.add(headers.map { .text(t($0), .header) }, minimum: 36)
        s.header(rows: headerRow...headerRow, frozenColumns: unit + 1)
        // One row per unit, then per missing unit, each made only when it is written.
        let units = c.units, missing = c.missing, sheet = s
        let start = s.nextRow
        let submitted = units.firstIndex { !$0.superseded }.flatMap { f in
            units.lastIndex { !$0.superseded }.map { (start + f)...(start + $0) }
        }
        s.addBlocks(rowCount: units.count + missing.count, count: units.count + missing.count) { k in
            guard k >= units.count else { return [sheet.fitted(row(units[k], input))] }
            let m = missing[k - units.count]
            return [sheet.fitted([.blank(.integer), .text(m.code, .centered), .text(m.name),
                               .text(t.unitType(m.type, rubric: input.rubric)),
                               .blank(.points), .blank(.points), .blank(), .text(t(.no), .centered),
                               .text(RowStatus.missing.label(t), .status(RowStatus.missing.tone)),
                               .blank(.integer), .blank(.integer), .blank()])]
        }
        if s.nextRow > headerRow + 1 {
            s.autofilter = CellArea(firstRow: headerRow, firstCol: 0, lastRow: s.nextRow - 1, lastCol: widths.count - 1)
        } else {
            s.line(t(.noUnits), .note)
        }
        let layout = Layout(headerRow: headerRow, submittedRows: submitted)
        return (s, layout)
    }

    /// The counts block: expected, submitted, by status, missing, superseded.
    private static func counts(_ input: ReportInput, into s: inout ReportSheet) {
        let t = input.text, c = input.consolidation
        let active = c.active
        func n(_ st: UnitStatus) -> Double { Double(active.filter { $0.status == st }.count) }
        let unreadable = c.unreadFiles(input.files).count
        let received = input.files.isEmpty ? c.units.count : input.files.filter { $0.status != .skipped }.count
        var rows: [(ReportText.SummaryCount, Double?)] = [
            (.expected, input.rosterSize.map(Double.init)),
            (.received, Double(received)),
            (.valid, n(.valid)),
            (.validWithWarnings, n(.validWithWarnings)),
            (.invalid, n(.invalid)),
            (.unreadable, Double(unreadable)),
            (.missing, input.rosterSize == nil ? nil : Double(c.missing.count)),
            (.superseded, Double(c.units.filter(\.superseded).count)),
        ]
        let skipped = input.files.filter { $0.status == .skipped }.count
        if skipped > 0 { rows.append((.skipped, Double(skipped))) }
        s.line(t(.overview), .section)
        for (count, value) in rows {
            let v: ReportSheet.Cell = value.map { .number($0, .countNumber) } ?? .text(t(.noRoster), .centered)
            s.add([nil, nil, .text(t(.count(count)), .countLabel, span: 2), nil, v])
        }
        if input.rosterSize == nil {
            s.add([nil, nil, .text(t(.noRosterNote), .note, span: 6)])
        }
        s.gap()
    }

    private static func row(_ u: ConsolidatedUnit, _ input: ReportInput) -> [ReportSheet.Cell?] {
        let t = input.text
        let status = RowStatus.unit(u.status)
        let award = u.tie ? ProposalsSheet.tieLabel(u, t) : u.award.map(\.label) ?? ""
        let eligibility = u.eligible ? t(.yes)
            : t(.notEligible(reasons: u.ineligibleReasons
                .filter { !u.superseded || $0.code == "superseded" }   // a superseded file's own faults do not matter
                .map { t($0.message) }.joined(separator: "; ")))
        let errors = u.findings.filter { $0.severity == .error }.count
        let warnings = u.findings.filter { $0.severity == .warning }.count
        return [u.rank.map { .number(Double($0), .integer) } ?? .blank(.integer),
                .text(u.code ?? "", .centered), .text(u.name), .text(t.unitType(u.type, rubric: input.rubric)),
                .number(u.result.claimedTotal), .number(u.score, .pointsBold),
                .text(award, u.tie ? .status(.warning) : .cell), .text(eligibility),
                .text(status.label(t), .status(status.tone)),
                .number(Double(errors), .integer), .number(Double(warnings), .integer),
                .text(u.result.file)]
    }
}
