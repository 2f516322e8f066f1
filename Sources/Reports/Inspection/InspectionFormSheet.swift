import Catalog
import Scoring
import SheetModel
import SheetWriter

/// A sheet of the inspection form: a description in the form's styles.
typealias FormSheet = SheetDescription<InspectionFormStyle>

/// Builds the form's one visible sheet ("Phiếu kiểm tra"): the Party-document title
/// block, what to do, then one row per unit and line with what the unit claimed and on
/// what evidence, and the team's two input columns, pre-filled with points already
/// verified (in the unit's file or an earlier form). Inputs are unlocked and shaded, the
/// rest locked (no password; filtering and sorting allowed); frozen header, autofilter, A4
/// landscape with the header repeated and page numbers.
enum InspectionFormSheet {
    /// Columns in print order; the locator finds them by their labels, not these places.
    static let columns: [FormColumn] = [.unitCode, .unitName, .line, .criterion, .max, .claimed,
                                        .evidence, .computed, .status, .verified, .note]
    static let widths: [Double] = [9, 18, 5, 32, 7, 7, 26, 8, 10, 9, 18]
    static func column(_ c: FormColumn) -> Int { columns.firstIndex(of: c)! }

    /// Criteria are cut to about this many characters (the full text is in the templates).
    static let criterionLength = 90

    /// Where the table is: its header row and its rows of units and lines.
    struct Layout: Equatable {
        var headerRow: Int
        var dataRows: Range<Int>
    }

    /// The sheet, a block of rows per unit (a form for thousands of units is never held
    /// whole), and where its table is.
    static func build(_ input: InspectionFormInput) -> (FormSheet, Layout) {
        let t = input.text
        var s = FormSheet(name: InspectionFormLabels.sheet, columnWidths: widths)
        titleBlock(&s, input)
        s.line(t(FormText.howToFill), .note, minimum: 30)
        s.gap()
        let headerRow = s.add(columns.map { .text(InspectionFormLabels.label($0, t.language), .header) }, minimum: 30)
        let units = input.units
        let lines = units.reduce(0) { $0 + $1.result.lines.count }
        let data = s.nextRow..<(s.nextRow + lines)
        unitRows(input, units, into: &s, count: lines)
        if data.isEmpty { s.line(t(FormText.noUnit), .note) }
        signature(&s, t)

        s.print = .partyDocument(.landscape, footerSize: 10, repeatRows: headerRow...headerRow)
        s.frozen = FrozenPanes(row: headerRow + 1, column: 0)
        if !data.isEmpty {
            s.autofilter = CellArea(firstRow: headerRow, firstCol: 0, lastRow: data.upperBound - 1, lastCol: widths.count - 1)
            s.validations.append(.init(CellArea(firstRow: data.lowerBound, firstCol: column(.verified),
                                                lastRow: data.upperBound - 1, lastCol: column(.verified)),
                                       verifiedRule(firstRow: data.lowerBound, t)))
        }
        var p = Protection()
        p.formatRows = true        // the team may make a row taller for a long note
        p.formatColumns = true
        p.autofilter = true
        p.sort = true
        s.protection = p
        return (s, Layout(headerRow: headerRow, dataRows: data))
    }

    /// "Điểm kiểm tra": 0 to the row's max, one rule whose relative reference follows sorting.
    private static func verifiedRule(firstRow: Int, _ t: Words) -> DataValidation {
        DataValidation(.decimalBetween(minFormula: "0", maxFormula: "$" + ExcelLimits.columnName(column(.max)) + String(firstRow + 1)),
                       inputTitle: t(FormText.verifiedTitle), inputMessage: t(FormText.verifiedPrompt),
                       errorTitle: t(FormText.invalidTitle), errorMessage: t(FormText.invalidMessage))
    }

    /// One row per unit and line, in order, a block per unit made only while it is written.
    private static func unitRows(_ input: InspectionFormInput, _ units: [ConsolidatedUnit], into s: inout FormSheet,
                                 count: Int) {
        let t = input.text
        let criteria = Dictionary(input.rubric.items.map { ($0.code, short($0.text)) }, uniquingKeysWith: { _, b in b })
        // The criteria repeat in every unit's block: their heights are fitted once.
        var seed = RowHeight.Memo()
        for text in criteria.values {
            _ = seed.estimate(text: text, width: widths[column(.criterion)], fontSize: InspectionFormStyle.smallSize)
        }
        let shape = FormSheet(name: s.name, columnWidths: widths), memo = seed
        s.addBlocks(rowCount: count, count: units.count) { k in
            let unit = units[k]
            let band = k % 2 == 1
            let previous = input.previousUnit(of: unit)
            let status = unit.status.label(t.language), tone = RowStatus.unit(unit.status).tone
            var memo = memo
            return unit.result.lines.map { line in
                let (verified, note) = entry(line, previous: previous)
                return shape.row([.text(unit.code ?? "", .centered.band(band)), .text(unit.name, .text.band(band)),
                                  .text(line.code, .lineCode.band(band)), .text(criteria[line.code] ?? "", .small.band(band)),
                                  .number(line.max, .points.band(band)), .number(line.claimed, .points.band(band)),
                                  .text(line.evidence, .small.band(band)), .number(line.computed, .points.band(band)),
                                  .text(status, .status(tone)), .init(content: verified, style: .verifiedInput),
                                  note.isEmpty ? .blank(.noteInput) : .text(note, .noteInput)],
                                 fitting: 18, memo: &memo)
            }
        }
    }

    private static func titleBlock(_ s: inout FormSheet, _ input: InspectionFormInput) {
        let h = OfficialHeader(issuer: input.rubric.issuer), t = input.text
        let left = 4, rightStart = 6, right = widths.count - rightStart
        func pad(_ k: Int) -> [FormSheet.Cell?] { Array(repeating: nil, count: k) }
        s.add([.text(h.higherBody, .higherBody, span: left)] + pad(rightStart - 1)
              + [.text(h.nationalHeading, .nationalHeading, span: right)], height: 19)
        s.add([.text(h.issuingBody, .issuingBody, span: left)] + pad(rightStart - 1)
              + [.text(h.placeDate(input.reportDate), .placeDate, span: right)], height: 19)
        s.add([.text(h.star, .star, span: left)], height: 19)
        s.gap(10)
        s.line(t(FormText.title).uppercased(), .title, minimum: 24)
        s.line(TitleBlock.planLine(input.rubric, t), .planLine)
    }

    private static func signature(_ s: inout FormSheet, _ t: Words) {
        let start = column(.evidence), span = widths.count - start
        let pad = [FormSheet.Cell?](repeating: nil, count: start)
        s.gap(14)
        s.add(pad + [.text(t(FormText.headOfTeam), .signatureTitle, span: span)], height: 20)
        s.add(pad + [.text(t(FormText.signatureHint), .signatureHint, span: span)], height: 18)
    }

    /// What the form writes in a line's two input cells: the points the previous form
    /// gave (as a number, also when typed "7,5"), else what the team wrote there that
    /// could not be read (kept for it to correct), else the verified points accepted.
    static func entry(_ line: ScoredLine, previous: FormUnit?) -> (verified: CellContent, note: String) {
        let key = ItemCode.normalize(line.code)
        let entry = previous?.entries[key]
        var verified: CellContent = line.verified.map { .number($0) } ?? .empty
        if let point = previous?.points[key] {
            verified = .number(point.value)
        } else if let raw = entry?.verified, !raw.isBlank {
            if case .number(let n) = raw { verified = .number(n) } else { verified = .text(raw.displayText) }
        }
        return (verified, entry?.note ?? "")
    }

    /// A criterion cut at a word boundary to about `criterionLength` characters, with "…".
    static func short(_ text: String) -> String {
        guard text.count > criterionLength else { return text }
        var cut = String(text.prefix(criterionLength))
        if let space = cut.lastIndex(of: " ") { cut = String(cut[..<space]) }
        while let last = cut.last, ",;:.".contains(last) { cut.removeLast() }
        return cut + "…"
    }
}

extension SheetDescription where Style == InspectionFormStyle {
    /// Appends a row: `height` points tall, else fitted to its wrapped cells when a
    /// `minimum` is given, else of the default height.
    @discardableResult
    mutating func add(_ cells: [Cell?], height: Double? = nil, minimum: Double? = nil) -> Int {
        guard height == nil, let minimum else { return add(row(cells, height: height)) }
        var memo = RowHeight.Memo()
        return add(row(cells, fitting: minimum, memo: &memo))
    }

    /// Appends one cell spanning the whole width.
    mutating func line(_ text: String, _ style: InspectionFormStyle, minimum: Double = 18) {
        add([.text(text, style, span: columnCount)], minimum: minimum)
    }

    /// Appends an empty spacer row.
    mutating func gap(_ height: Double = 8) { add([], height: height) }
}
