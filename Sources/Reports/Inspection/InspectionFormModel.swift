/// A sheet of the inspection form described as data before it is written: rows of
/// typed, styled cells in order. Builders are pure and tested through this model;
/// `InspectionFormWriter` renders it with SheetWriter.
struct InspectionFormModel {
    /// What a cell holds.
    enum Content: Equatable {
        case empty
        /// Text, always written as text (never a formula).
        case text(String)
        case number(Double)
    }

    /// A cell; `span` > 1 merges it with the cells to its right.
    struct Cell {
        var content: Content
        var style: InspectionFormStyle
        var span = 1
    }

    /// One row: cells by column (nil = nothing written) and its height (nil = default).
    struct Row {
        var cells: [Cell?]
        var height: Double?
    }

    var name: String
    var columnWidths: [Double]
    var rows: [Row] = []
    var hidden = false
    /// The table's header row (frozen, repeated on every page, autofilter's first row).
    var headerRow: Int?
    /// The table's unit-and-line rows.
    var dataRows: Range<Int> = 0..<0

    init(name: String, columnWidths: [Double]) {
        self.name = name
        self.columnWidths = columnWidths
    }

    var columnCount: Int { columnWidths.count }
    var nextRow: Int { rows.count }

    /// Appends a row; its height fits its wrapped cells (at least `minimum`) unless given.
    @discardableResult
    mutating func add(_ cells: [Cell?], height: Double? = nil, minimum: Double? = nil) -> Int {
        rows.append(row(cells, height: height, minimum: minimum))
        return rows.count - 1
    }

    /// A row of this sheet's width; its height fits its wrapped cells (at least `minimum`) unless given.
    func row(_ cells: [Cell?], height: Double? = nil, minimum: Double? = nil) -> Row {
        var memo = HeightMemo()
        return row(cells, height: height, minimum: minimum, memo: &memo)
    }

    /// Heights of texts already fitted, by column: the unit rows repeat criteria, names
    /// and statuses thousands of times, and fitting a text is the writer's costliest step.
    struct HeightMemo {
        fileprivate var heights: [Key: Double] = [:]
        fileprivate struct Key: Hashable { var column: Int; var text: String }
    }

    /// `row(_:height:minimum:)`, remembering the heights of texts in `memo`.
    func row(_ cells: [Cell?], height: Double? = nil, minimum: Double? = nil, memo: inout HeightMemo) -> Row {
        var padded = cells
        if padded.count < columnCount { padded += Array(repeating: nil, count: columnCount - padded.count) }
        return Row(cells: padded, height: height ?? minimum.map { fit(padded, minimum: $0, memo: &memo) })
    }

    /// Appends one cell spanning the whole width.
    mutating func line(_ text: String, _ style: InspectionFormStyle, minimum: Double = 18) {
        add([Cell(content: .text(text), style: style, span: columnCount)], minimum: minimum)
    }

    /// Appends an empty spacer row.
    mutating func gap(_ height: Double = 8) { add([], height: height) }

    /// Width in Excel units of `span` columns from `col`.
    func width(_ col: Int, span: Int) -> Double {
        columnWidths[col..<min(columnCount, col + span)].reduce(0, +)
    }

    private func fit(_ cells: [Cell?], minimum: Double, memo: inout HeightMemo) -> Double {
        var h = minimum
        for (c, cell) in cells.enumerated() {
            guard let cell, case .text(let s) = cell.content, !s.isEmpty,
                  let size = cell.style.wrapSize ?? wrapped(cell.style) else { continue }
            let key = HeightMemo.Key(column: c, text: s)
            if let known = memo.heights[key] { h = max(h, known); continue }
            let fitted = RowHeight.estimate(text: s, width: width(c, span: cell.span), fontSize: size)
            memo.heights[key] = fitted
            h = max(h, fitted)
        }
        return min(409, h)
    }

    /// Title-block styles that wrap, with their size.
    private func wrapped(_ style: InspectionFormStyle) -> Double? {
        switch style {
        case .title: 15
        case .planLine, .note: 12
        default: nil
        }
    }

    /// Text of a cell, for tests.
    func text(_ row: Int, _ col: Int) -> String? {
        guard row < rows.count, col < rows[row].cells.count, let cell = rows[row].cells[col] else { return nil }
        switch cell.content {
        case .text(let s): return s
        case .number(let n): return String(n)
        case .empty: return ""
        }
    }
}
