import SheetWriter

/// A sheet of a template: a description in the templates' styles, the single source of
/// the XLSX sheet and of the CSV file, so the two are the same cells.
typealias TemplateSheet = SheetDescription<TemplateStyle>

extension SheetDescription where Style == TemplateStyle {
    /// A template sheet: Party-document print setup (A4, page numbers), protected without
    /// a password, units free to make rows taller for long evidence.
    static func template(_ name: String, columnWidths: [Double], orientation: PrintSetup.Orientation = .portrait) -> Self {
        var s = Self(name: name, columnWidths: columnWidths)
        s.print = .partyDocument(orientation, footerSize: 10, repeatRows: nil)
        var p = Protection()
        p.formatRows = true
        p.formatColumns = true
        s.protection = p
        return s
    }

    /// Puts `content` at a cell (a date shown as `dd/mm/yyyy` whatever the style).
    mutating func set(_ row: Int, _ col: Int, _ content: CellContent, _ style: TemplateStyle) {
        if case .date = content {
            self[row, col] = Cell(content: content, style: style.dated)
        } else {
            self[row, col] = Cell(content: content, style: style)
        }
    }

    /// Puts `content` in the first cell of columns `c0...c1` of a row, merged, in `style`.
    mutating func merge(_ row: Int, _ c0: Int, _ c1: Int, _ content: CellContent, _ style: TemplateStyle) {
        set(row, c0, content, style)
        self[row, c0]?.span = c1 - c0 + 1
    }

    /// Adds a data validation over a range.
    mutating func validate(_ row: Int, _ c0: Int, _ r1: Int, _ c1: Int, _ rule: DataValidation) {
        validations.append(.init(CellArea(firstRow: row, firstCol: c0, lastRow: r1, lastCol: c1), rule))
    }

    /// Adds a data validation to one cell.
    mutating func validate(_ row: Int, _ col: Int, _ rule: DataValidation) { validate(row, col, row, col, rule) }

    /// Makes a row tall enough for `text` wrapped in a span `width` characters wide.
    mutating func fitRow(_ row: Int, text: String, width: Double, fontSize: Double = 12, minimum: Double = 18) {
        let h = RowHeight.estimate(text: text, width: width, fontSize: fontSize)
        let current = row < rows.count ? rows[row].height ?? 0 : 0
        setHeight(row, min(RowHeight.maximum, max(current, max(h, minimum))))
    }

    /// Total width of columns `c0...c1` in Excel character units.
    func width(_ c0: Int, _ c1: Int) -> Double { width(c0, span: c1 - c0 + 1) }
}
