import SheetWriter

/// A sheet of the report or of a return list: a description in the report's styles.
typealias ReportSheet = SheetDescription<ReportStyle>

extension SheetDescription where Style == ReportStyle {
    /// A report sheet: Party-document print setup (A4, `orientation`, page numbers).
    static func report(_ name: String, columnWidths: [Double], orientation: PrintSetup.Orientation = .landscape) -> Self {
        var s = Self(name: name, columnWidths: columnWidths)
        s.print = .partyDocument(orientation, footerSize: 11, repeatRows: nil)
        return s
    }

    /// Rows printed on every page, with the panes frozen below them and right of
    /// `frozenColumns` columns.
    mutating func header(rows: ClosedRange<Int>, frozenColumns: Int = 0) {
        print?.repeatRows = rows
        frozen = FrozenPanes(row: rows.upperBound + 1, column: frozenColumns)
    }

    /// A row of the sheet's width; its height fits its wrapped cells unless given.
    func fitted(_ cells: [Cell?], height: Double? = nil, minimum: Double = 18) -> Row {
        if let height { return row(cells, height: height) }
        return row(cells, fitting: minimum)
    }

    /// Appends a row; its height fits its wrapped cells unless given.
    @discardableResult
    mutating func add(_ cells: [Cell?], height: Double? = nil, minimum: Double = 18) -> Int {
        add(fitted(cells, height: height, minimum: minimum))
    }

    /// Appends an empty spacer row.
    mutating func gap(_ height: Double = 8) { add(row([], height: height)) }

    /// One cell spanning the whole width.
    @discardableResult
    mutating func line(_ text: String, _ style: ReportStyle, height: Double? = nil) -> Int {
        add([.text(text, style, span: columnCount)], height: height, minimum: style.format.fontSize.map { $0 * 1.5 } ?? 18)
    }

    /// Adds a heat-map (three-colour scale, low red → high green) over an area.
    mutating func heatMap(_ area: CellArea) {
        conditionalFormats.append(.init(area, .threeColorScale(min: 0xF8696B, mid: 0xFFEB84, max: 0x63BE7B)))
    }
}

extension SheetDescription.Cell where Style == ReportStyle {
    /// Text in a bordered, wrapped cell.
    static func text(_ s: String, span: Int = 1) -> Self { .text(s, .cell, span: span) }
    /// Points with two decimals.
    static func number(_ n: Double) -> Self { .number(n, .points) }
    /// Points, or a blank bordered cell when nil.
    static func number(_ n: Double?) -> Self { .number(n, .points) }
    /// A blank bordered cell.
    static func blank(span: Int = 1) -> Self { .blank(.cell, span: span) }
}
