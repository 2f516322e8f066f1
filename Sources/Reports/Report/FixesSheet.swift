import Catalog
import Scoring
import SheetModel
import SheetWriter

/// "Cần sửa": every finding, grouped so a clerk phones each unit once — units in
/// Vietnamese order, errors first within a unit, then by cell; files that could
/// not be read are grouped under their file; batch notes (ties, quotas) last.
enum FixesSheet {
    static let name = ReportSheetName.fixes.vi
    static let unit = 0, file = 1, cell = 2, severity = 3, kind = 4, value = 5, message = 6
    static let widths: [Double] = [24, 22, 16, 10, 16, 14, 50]

    /// One group: a unit or a file, with its contact and findings in print order.
    struct Group {
        var title: String
        var contact: String?
        var findings: [(file: String, finding: Finding)]
    }

    static func build(_ input: ReportInput) -> ReportSheet {
        let t = input.text
        var s = ReportSheet.report(name, columnWidths: widths)
        s.line(t(FixText.title).uppercased(), .title)
        s.line(t(FixText.howItIsGrouped), .subtitle)
        s.gap()
        let columns: [ReportColumn] = [.unit, .file, .cell, .severity, .kind, .value, .whatToDo]
        let header = s.add(columns.map { .text(t($0), .header) }, minimum: 24)
        s.header(rows: header...header)
        let plan = GroupPlan.make(input)
        if plan.groupCount == 0 {
            s.line(t(FixText.nothingToFix), .note)
            return s
        }
        // A group is made when its rows are written (50,000 units' findings and messages are
        // never held at once): its title row, then one row per finding.
        let count = plan.groupCount + plan.findingCount
        let sheet = s
        s.addBlocks(rowCount: count, count: plan.groupCount) { k in rows(plan.group(k), t, in: sheet) }
        s.autofilter = CellArea(firstRow: header, firstCol: 0, lastRow: header + count, lastCol: widths.count - 1)
        return s
    }

    /// A group's rows: the title (unit, counts, contact) and each finding.
    private static func rows(_ g: Group, _ t: Words, in sheet: ReportSheet) -> [ReportSheet.Row] {
        var rows: [ReportSheet.Row] = []
        rows.reserveCapacity(g.findings.count + 1)
        let errors = g.findings.filter { $0.finding.severity == .error }.count
        let warnings = g.findings.filter { $0.finding.severity == .warning }.count
        let title = t(FixText.group(g.title, errors: errors, warnings: warnings, contact: g.contact))
        rows.append(sheet.fitted([.text(title, .group, span: widths.count)]))
        for (file, f) in g.findings {
            rows.append(sheet.fitted([.text(g.title), .text(file), .text(t.place(f), .centered),
                                   .text(t.severity(f.severity), .severity(f.severity.tone)),
                                   .text(f.label(t.language), .centered),
                                   .text(f.shownValue(t.language) ?? "", .centered), .text(f.text(t.language))]))
        }
        return rows
    }

    /// The groups in print order, every one made (tests; the sheet makes them one at a time).
    static func groups(_ input: ReportInput) -> [Group] {
        let plan = GroupPlan.make(input)
        return (0..<plan.groupCount).map(plan.group)
    }

    /// Errors first, then warnings, then info; by file, sheet, row, column; then code.
    static func printOrder(_ a: (file: String, finding: Finding), _ b: (file: String, finding: Finding)) -> Bool {
        let fa = a.finding, fb = b.finding
        if fa.severity != fb.severity { return fa.severity < fb.severity }
        if a.file != b.file { return a.file.utf8.lexicographicallyPrecedes(b.file.utf8) }
        let sa = fa.location?.sheet ?? "", sb = fb.location?.sheet ?? ""
        if sa != sb { return sa.utf8.lexicographicallyPrecedes(sb.utf8) }
        let ca = fa.location?.cell.flatMap { CellRef(a1: $0) }, cb = fb.location?.cell.flatMap { CellRef(a1: $0) }
        if ca != cb {
            guard let ca else { return false }
            guard let cb else { return true }
            return ca < cb
        }
        if (fa.location?.line ?? 0) != (fb.location?.line ?? 0) { return (fa.location?.line ?? 0) < (fb.location?.line ?? 0) }
        if fa.code != fb.code { return fa.code.rawValue < fb.code.rawValue }
        return (fa.value ?? "") < (fb.value ?? "")
    }
}
