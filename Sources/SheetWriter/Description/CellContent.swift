/// What a cell of a workbook description holds.
public enum CellContent: Sendable, Hashable {
    /// No value: only the cell's format is written.
    case empty
    /// Text, written as text: never a formula, whatever it starts with (`=`, `+`, `-`, `@`).
    case text(String)
    /// A number (finite).
    case number(Double)
    /// A calendar day; the cell's style gives it a date number format.
    case date(CalendarDate)
    /// A live formula (the leading `=` optional) with the value it shows until the
    /// spreadsheet recalculates it, which is what programs that do not recalculate read;
    /// `plain` is the number a copy without formulas (CSV) holds in its place (nil: nothing).
    case formula(String, cached: Worksheet.FormulaResult, plain: Double? = nil)
}

/// A zero-based rectangle of cells, first and last row and column included.
public struct CellArea: Sendable, Hashable {
    public var firstRow: Int
    public var firstCol: Int
    public var lastRow: Int
    public var lastCol: Int

    /// The rectangle from (`firstRow`, `firstCol`) to (`lastRow`, `lastCol`).
    public init(firstRow: Int, firstCol: Int, lastRow: Int, lastCol: Int) {
        self.firstRow = firstRow
        self.firstCol = firstCol
        self.lastRow = lastRow
        self.lastCol = lastCol
    }

    /// One cell.
    public init(row: Int, col: Int) { self.init(firstRow: row, firstCol: col, lastRow: row, lastCol: col) }

    /// The same columns, down to `lastRow` at most; nil when it starts below it.
    @usableFromInline
    func clipped(toRow lastRow: Int) -> CellArea? {
        guard firstRow <= lastRow else { return nil }
        var a = self
        a.lastRow = min(a.lastRow, lastRow)
        return a
    }
}

/// Where a sheet's panes are frozen: the rows above `row` and the columns left of `column`.
public struct FrozenPanes: Sendable, Hashable {
    public var row: Int
    public var column: Int

    /// Frozen above `row` and left of `column`.
    public init(row: Int, column: Int) {
        self.row = row
        self.column = column
    }
}

/// Whether grid lines show on screen and on paper (libxlsxwriter's default: screen only).
public struct Gridlines: Sendable, Hashable {
    public var screen: Bool
    public var print: Bool

    /// On screen, not on paper, unless told otherwise.
    public init(screen: Bool = true, print: Bool = false) {
        self.screen = screen
        self.print = print
    }
}
