import Catalog
import Scoring
import SheetWriter

/// Builds the scoring sheet ("Tự chấm điểm") of a template from a rubric.
///
/// Everything printed comes from the rubric, `SheetLabels` and the catalog; another rubric
/// gives another sheet with no code change.
struct ScoringSheetBuilder {
    let rubric: Rubric
    let unit: RosterEntry?
    let fill: TemplateFill?
    /// The hidden sheet's defined names for the list validations.
    let lists: TemplateLists

    // Columns of the items table, in print order.
    static let code = 0, text = 1, max = 2, claimed = 3, evidence = 4, verified = 5, note = 6
    static let widths: [Double] = [6, 46, 8, 9, 24, 9, 14]
    static let last = widths.count - 1

    var grid = TemplateSheet.template(SheetLabels.scoringSheet, columnWidths: Self.widths)
    var layout = TemplateLayout(columns: [:], headerRows: [:], headerLabelColumn: 1, headerValueColumn: 2,
                                tableHeaderRow: 0, itemRows: [:], totalRow: 0, countsTitleRow: 0, countRows: [:],
                                countValueColumn: 2, ratingRow: 0, nomineesTitleRow: 0, nomineeHeaderRow: 0,
                                nomineeRows: 0...0, nomineeColumns: [:], columnCount: widths.count)
    var row = 0

    init(rubric: Rubric, unit: RosterEntry?, fill: TemplateFill?, lists: TemplateLists) {
        self.rubric = rubric
        self.unit = unit
        self.fill = fill
        self.lists = lists
    }

    /// The sheet and where its blocks are.
    mutating func build() -> (TemplateSheet, TemplateLayout) {
        titleBlock()
        headerBlock()
        itemsTable()
        countsBlock()
        nominationsBlock()
        signature()
        return (grid, layout)
    }

    static func first(_ labels: [String]) -> String { labels.first ?? "" }

    // MARK: Title block (Party document format, SPEC §7)

    private mutating func titleBlock() {
        let h = OfficialHeader(issuer: rubric.issuer)
        grid.merge(0, 0, 1, .text(h.higherBody), .higherBody)
        grid.merge(0, 3, Self.last, .text(h.nationalHeading), .nationalHeading)
        grid.merge(1, 0, 1, .text(h.issuingBody), .issuingBody)
        grid.merge(1, 3, Self.last, .text(OfficialHeader.blankPlaceDate), .placeDate)
        grid.merge(2, 0, 1, .text(h.star), .star)
        for r in 0...2 { grid.setHeight(r, 19) }
        grid.setHeight(3, 10)
        grid.merge(4, 0, Self.last, .text(TemplateText.title.vi), .title)
        grid.setHeight(4, 24)
        let short = rubric.plan.shortTitle
        grid.merge(5, 0, Self.last, .text(short), .subtitle)
        grid.fitRow(5, text: short, width: grid.width(0, Self.last), fontSize: 13)
        let basis = TemplateText.basis(plan: rubric.plan.number, date: DocumentText.Day(iso: rubric.plan.date),
                                       period: rubric.period.label).vi
        grid.merge(6, 0, Self.last, .text(basis), .planLine)
        grid.fitRow(6, text: basis, width: grid.width(0, Self.last))
        grid.setHeight(7, 10)
        row = 8
    }

    // MARK: Header block

    private mutating func headerBlock() {
        let valueSpan = (2, Self.last)
        let valueWidth = grid.width(valueSpan.0, valueSpan.1)
        for (field, labels) in SheetLabels.header {
            let label = Self.first(labels)
            grid.set(row, 1, .text(label), .label)
            layout.headerRows[field] = row
            var content = CellContent.empty
            var style = TemplateStyle.input(.text)
            var rule: DataValidation?
            switch field {
            case .unitName:
                rule = DataValidation(.textLength(max: 255), inputTitle: Self.prompt(.unitNameTitle),
                                      inputMessage: Self.prompt(.unitNameMessage))
                if let unit { content = .text(unit.name); style = .fixedValue; rule = nil }
            case .unitCode:
                rule = DataValidation(.textLength(max: 32), inputTitle: Self.prompt(.unitCodeTitle),
                                      inputMessage: Self.prompt(.unitCodeMessage))
                if let unit { content = .text(unit.code); style = .fixedValue; rule = nil }
            case .unitType:
                style = .input(.choice)
                rule = DataValidation(.listFrom("=" + TemplateLists.unitTypesName), inputTitle: Self.prompt(.unitTypeTitle),
                                      inputMessage: Self.prompt(.unitTypeMessage(types: rubric.unitTypes.map(\.label))),
                                      errorTitle: Self.prompt(.unitTypeErrorTitle), errorMessage: Self.prompt(.unitTypeError))
                if let code = unit?.type, let t = rubric.unitType(code: code) {
                    content = .text(t.label); style = .fixedValue; rule = nil
                }
            case .period:
                content = .text(rubric.period.label); style = .fixedValue
            case .date:
                style = .input(.date)
                rule = dateRule()
            case .preparer:
                rule = DataValidation(.textLength(max: 255), inputTitle: Self.prompt(.preparerTitle),
                                      inputMessage: Self.prompt(.preparerMessage))
            case .phone:
                rule = DataValidation(.textLength(max: 40), inputTitle: Self.prompt(.phoneTitle),
                                      inputMessage: Self.prompt(.phoneMessage))
            }
            if let v = fill?.header[field], style != .fixedValue { content = Self.content(v) }
            grid.merge(row, valueSpan.0, valueSpan.1, content, style)
            if let rule { grid.validate(row, valueSpan.0, rule) }
            if case .text(let t) = content { grid.fitRow(row, text: t, width: valueWidth, minimum: 20) }
            else { grid.setHeight(row, 20) }
            row += 1
        }
        grid.setHeight(row, 10)
        row += 1
    }

    private func dateRule() -> DataValidation {
        let from = Self.parts(rubric.plan.date) ?? (2000, 1, 1)
        let to = Self.parts(rubric.period.to) ?? (from.year, 12, 31)
        let lo = CalendarDate(year: from.year, month: from.month, day: from.day)
        let hi = CalendarDate(year: to.year + 1, month: 12, day: 31)
        return DataValidation(.date(from: lo, to: hi), inputTitle: Self.prompt(.dateTitle),
                              inputMessage: Self.prompt(.dateMessage), errorTitle: Self.prompt(.dateErrorTitle),
                              errorMessage: Self.prompt(.dateError(from: lo.vietnamese, to: hi.vietnamese)))
    }

    /// `2023-06-15` → (2023, 6, 15); `2024-06` → (2024, 6, 1).
    static func parts(_ iso: String) -> (year: Int, month: Int, day: Int)? {
        let p = iso.split(separator: "-").compactMap { Int($0) }
        guard p.count >= 2 else { return nil }
        return (p[0], p[1], p.count > 2 ? p[2] : 1)
    }

    /// A prompt as the template prints it.
    static func prompt(_ p: TemplatePrompt) -> String { p.vi }

    static func content(_ v: TemplateFill.Value) -> CellContent {
        switch v {
        case .text(let s): .text(s)
        case .number(let n): .number(n)
        case .date(let d): .date(d)
        }
    }
}

extension CalendarDate {
    /// `05/01/2024`.
    var vietnamese: String {
        (day < 10 ? "0" : "") + "\(day)/" + (month < 10 ? "0" : "") + "\(month)/\(year)"
    }
}
