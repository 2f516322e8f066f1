import SheetWriter

/// One sheet of the report described as data before it is written: rows of typed
/// cells with styles, in order. Sheet builders are pure and tested through this
/// model; `ReportRenderer` writes it row by row (so constant-memory mode works).
struct ReportSheet: Equatable {
    /// What a cell holds.
    enum Content: Equatable {
        case empty
        /// Text, always written as text (never a formula).
        case text(String)
        case number(Double)
        /// A live formula with the value it shows before recalculation.
        case formula(String, cached: Double)
    }

    /// A cell; `span` > 1 merges it with the cells to its right.
    struct Cell: Equatable {
        var content: Content
        var style: ReportStyle
        var span = 1
    }

    /// One row: cells by column (nil = nothing written) and an optional height.
    struct Row: Equatable {
        var cells: [Cell?]
        var height: Double?
    }

    /// A zero-based rectangle.
    struct Area: Equatable {
        var firstRow, firstCol, lastRow, lastCol: Int
    }

    /// A chart placed on this sheet, its data on other sheets.
    struct ChartSpec: Equatable {
        var kind: Chart.Kind
        var title: String
        var categoryAxis: String
        var valueAxis: String
        var categories: String
        var values: String
        var valueMax: Double?
        var row: Int, col: Int
        var xScale: Double, yScale: Double
        /// Value axis number format (`0%`), when not the default.
        var valueFormat: String?
        /// First category on top (bar charts in rank order).
        var reversed = false
    }

    var name: String
    var columnWidths: [Double]
    var rows: [Row] = []
    var orientation = PrintSetup.Orientation.landscape
    /// Rows printed on every page; the panes freeze below the last of them.
    var headerRows: ClosedRange<Int>?
    /// Columns frozen at the left.
    var frozenColumns = 0
    var autofilter: Area?
    /// Heat-map ranges (three-colour scale, low red → high green).
    var colorScales: [Area] = []
    var charts: [ChartSpec] = []
    /// Regions of rows made one block at a time while the sheet is written, each placed
    /// before `rows[at]`, in order.
    var blocks: [RowBlocks] = []

    /// Rows made only when they are written (a block per unit or file), so a table of every
    /// unit is never held whole: `rowCount` rows in all, from `block(0)` … `block(count - 1)`,
    /// written before `rows[at]` (after the rows added before them).
    struct RowBlocks: Equatable {
        var at: Int
        var rowCount: Int
        var count: Int
        var block: @Sendable (Int) -> [Row]

        /// Every row, in order.
        var all: [Row] { (0..<count).flatMap(block) }

        /// Equal when they make the same rows in the same place.
        static func == (a: Self, b: Self) -> Bool { a.at == b.at && a.rowCount == b.rowCount && a.all == b.all }
    }

    init(name: String, columnWidths: [Double]) {
        self.name = name
        self.columnWidths = columnWidths
    }

    var columnCount: Int { columnWidths.count }

    /// Index the next row will get (after the blocks' rows, when there are blocks).
    var nextRow: Int { rowCount }

    /// How many rows the sheet writes, its blocks' included.
    var rowCount: Int { rows.count + blocks.reduce(0) { $0 + $1.rowCount } }

    /// Adds `rowCount` rows made by `count` blocks when the sheet is written, after the rows
    /// added so far; returns the rows they will take, nil when none.
    @discardableResult
    mutating func addBlocks(rowCount: Int, count: Int, _ block: @escaping @Sendable (Int) -> [Row]) -> ClosedRange<Int>? {
        let first = nextRow
        blocks.append(RowBlocks(at: rows.count, rowCount: rowCount, count: count, block: block))
        return rowCount > 0 ? first...(first + rowCount - 1) : nil
    }

    /// The sheet with its blocks made into rows (what tests and golden files look at).
    func materialized() -> ReportSheet {
        guard !blocks.isEmpty else { return self }
        var s = self
        for b in blocks.reversed() { s.rows.insert(contentsOf: b.all, at: b.at) }
        s.blocks = []
        return s
    }

    /// Every row in order, each block's made only when reached: `body(row, index)`.
    func eachRow<E: Error>(_ body: (Row, Int) throws(E) -> Void) throws(E) {
        var r = 0, next = 0
        for b in blocks {
            while next < b.at {
                try body(rows[next], r)
                next += 1
                r += 1
            }
            for k in 0..<b.count {
                for row in b.block(k) {
                    try body(row, r)
                    r += 1
                }
            }
        }
        while next < rows.count {
            try body(rows[next], r)
            next += 1
            r += 1
        }
    }

    /// A row as `add` would append it (padded, its height fitted), for a block to return.
    func row(_ cells: [Cell?], height: Double? = nil, minimum: Double = 18) -> Row {
        var padded = cells
        if padded.count < columnCount { padded += Array(repeating: nil, count: columnCount - padded.count) }
        return Row(cells: padded, height: height ?? fit(padded, minimum: minimum))
    }

    /// Appends a row; its height fits its wrapped cells unless given.
    @discardableResult
    mutating func add(_ cells: [Cell?], height: Double? = nil, minimum: Double = 18) -> Int {
        rows.append(row(cells, height: height, minimum: minimum))
        return nextRow - 1
    }

    /// Appends an empty spacer row.
    mutating func gap(_ height: Double = 8) { rows.append(Row(cells: Array(repeating: nil, count: columnCount), height: height)) }

    /// One cell spanning the whole width.
    @discardableResult
    mutating func line(_ text: String, _ style: ReportStyle, height: Double? = nil) -> Int {
        add([Cell(content: .text(text), style: style, span: columnCount)], height: height,
            minimum: style.format.fontSize.map { $0 * 1.5 } ?? 18)
    }

    /// Width in Excel units of `span` columns from `col`.
    func width(_ col: Int, span: Int) -> Double {
        columnWidths[col..<min(columnCount, col + span)].reduce(0, +)
    }

    /// The height the wrapped texts of a row need.
    private func fit(_ cells: [Cell?], minimum: Double) -> Double {
        var h = minimum
        for (c, cell) in cells.enumerated() {
            guard let cell, case .text(let s) = cell.content, cell.style.wraps else { continue }
            let size = cell.style.fontSize
            h = max(h, RowHeight.estimate(text: s, width: width(c, span: cell.span), fontSize: size))
        }
        return min(409, h)
    }

    /// Text of a cell, for tests (of `rows`: look at `materialized()` when there are blocks).
    func text(_ row: Int, _ col: Int) -> String? {
        guard row < rows.count, col < rows[row].cells.count, let cell = rows[row].cells[col] else { return nil }
        switch cell.content {
        case .text(let s): return s
        case .number(let n): return String(n)
        case .formula(let f, _): return "=" + f
        case .empty: return ""
        }
    }

    /// Number of a cell (numbers and formulas' cached values), for tests (of `rows`, as `text`).
    func number(_ row: Int, _ col: Int) -> Double? {
        guard row < rows.count, col < rows[row].cells.count, let cell = rows[row].cells[col] else { return nil }
        switch cell.content {
        case .number(let n): return n
        case .formula(_, let v): return v
        default: return nil
        }
    }
}

extension ReportSheet.Cell {
    static func text(_ s: String, _ style: ReportStyle = .cell, span: Int = 1) -> Self {
        Self(content: .text(s), style: style, span: span)
    }
    static func number(_ n: Double, _ style: ReportStyle = .points) -> Self { Self(content: .number(n), style: style) }
    static func blank(_ style: ReportStyle = .cell, span: Int = 1) -> Self { Self(content: .empty, style: style, span: span) }
    /// A number, or a blank bordered cell when nil.
    static func number(_ n: Double?, _ style: ReportStyle = .points) -> Self {
        n.map { Self(content: .number($0), style: style) } ?? Self(content: .empty, style: style)
    }
}
