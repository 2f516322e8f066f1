/// Whether a sheet shows in the spreadsheet program's tab bar.
public enum SheetState: String, Sendable, Hashable, Codable {
    case visible, hidden, veryHidden
}

/// One sheet's cells, stored sparsely (a lone cell at XFD1048576 costs one entry).
public struct Sheet: Sendable {
    /// The sheet's tab name (NFC).
    public var name: String
    public var state: SheetState
    /// Merged areas, as declared by the file.
    public var merged: [CellRange]
    /// Non-empty cells (a formula without a cached value is stored, with `.empty`).
    public private(set) var cells: [CellRef: Cell]
    /// Text cells whose font declares a legacy Vietnamese encoding (TCVN3, VNI), as the
    /// reader found them; `SheetReader` converts their text to Unicode before returning the
    /// grid (and drops the cells it cannot convert, which then get the look-alike warning).
    public var legacyFontCells: [CellRef: LegacyFontEncoding] = [:]
    /// One past the last used row and column (0 when the sheet is empty).
    public private(set) var rowCount = 0
    public private(set) var columnCount = 0

    public init(name: String, state: SheetState = .visible, merged: [CellRange] = []) {
        self.name = name
        self.state = state
        self.merged = merged
        self.cells = [:]
    }

    /// The cell at a reference, `.empty` when nothing is there.
    public subscript(ref: CellRef) -> Cell {
        get { cells[ref] ?? .empty }
        set { set(newValue, at: ref) }
    }

    /// The cell at zero-based row and column.
    public subscript(row: Int, column: Int) -> Cell {
        self[CellRef(row: row, column: column)]
    }

    /// Stores a cell; an empty non-formula cell removes the entry.
    public mutating func set(_ cell: Cell, at ref: CellRef) {
        if cell.value == .empty && !cell.isFormula {
            cells[ref] = nil
            return
        }
        cells[ref] = cell
        rowCount = max(rowCount, ref.row + 1)
        columnCount = max(columnCount, ref.column + 1)
    }

    /// Number of stored cells.
    public var cellCount: Int { cells.count }

    /// Stored cells in row-major order.
    public var sortedCells: [(ref: CellRef, cell: Cell)] {
        cells.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }
    }

    /// The merged area that contains `ref`, if any.
    public func mergedRange(containing ref: CellRef) -> CellRange? {
        merged.first { $0.contains(ref) }
    }
}

/// What a reader produced from one file: the workbook's sheets, in tab order.
public struct Grid: Sendable {
    public var sheets: [Sheet]
    /// Document properties (`Application`, `AppVersion`, `creator`…) when the file has them.
    public var properties: [String: String]

    public init(sheets: [Sheet], properties: [String: String] = [:]) {
        self.sheets = sheets
        self.properties = properties
    }

    /// The first sheet with this name (exact match).
    public func sheet(named name: String) -> Sheet? { sheets.first { $0.name == name } }
}
