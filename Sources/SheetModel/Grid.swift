/// Whether a sheet shows in the spreadsheet program's tab bar.
public enum SheetState: String, Sendable, Hashable, Codable {
    case visible, hidden, veryHidden
}

/// One sheet's cells, stored sparsely in row-major order (a lone cell at XFD1048576
/// costs one entry): two parallel arrays, so reading a sheet allocates per sheet, not
/// per cell, and walking it in order needs no sort.
public struct Sheet: Sendable {
    /// The sheet's tab name (NFC).
    public var name: String
    public var state: SheetState
    /// Merged areas, as declared by the file.
    public var merged: [CellRange]
    /// References of the stored cells, in row-major order (parallel to `cellValues`).
    public private(set) var cellRefs: [CellRef] = []
    /// The stored cells (a formula without a cached value is stored, with `.empty`).
    public private(set) var cellValues: [Cell] = []
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
    }

    /// A sheet from cells in file order: as if each were `set` in turn (a later cell at
    /// the same reference replaces an earlier one; empty non-formula cells are not stored).
    /// Cells already in row-major order are taken as they are.
    public init(name: String, state: SheetState = .visible, merged: [CellRange] = [],
                refs: [CellRef], cells: [Cell]) {
        precondition(refs.count == cells.count, "refs and cells differ in length")
        self.init(name: name, state: state, merged: merged)
        var ordered = true, hasEmpty = false
        var rows = 0, columns = 0
        for i in refs.indices {
            let ref = refs[i]
            if i > 0, !(refs[i - 1] < ref) { ordered = false }
            if cells[i].value == .empty && !cells[i].isFormula { hasEmpty = true; continue }
            rows = max(rows, ref.row + 1)
            columns = max(columns, ref.column + 1)
        }
        rowCount = rows
        columnCount = columns
        if ordered && !hasEmpty {
            cellRefs = refs
            cellValues = cells
            return
        }
        // Stable order by reference; the last of equal references wins, and an empty
        // non-formula cell removes what came before it, as `set` does.
        let order = refs.indices.sorted { refs[$0] < refs[$1] || (refs[$0] == refs[$1] && $0 < $1) }
        cellRefs.reserveCapacity(refs.count)
        cellValues.reserveCapacity(refs.count)
        var k = 0
        while k < order.count {
            var last = order[k]
            while k + 1 < order.count, refs[order[k + 1]] == refs[last] { k += 1; last = order[k] }
            k += 1
            let cell = cells[last]
            if cell.value == .empty && !cell.isFormula { continue }
            cellRefs.append(refs[last])
            cellValues.append(cell)
        }
    }

    /// The position of `ref` in `cellRefs`, or where it would be inserted.
    @inline(__always)
    private func position(of ref: CellRef) -> (index: Int, found: Bool) {
        var low = 0, high = cellRefs.count
        while low < high {
            let mid = (low &+ high) >> 1
            let m = cellRefs[mid]
            if m.row < ref.row || (m.row == ref.row && m.column < ref.column) {
                low = mid + 1
            } else {
                high = mid
            }
        }
        return (low, low < cellRefs.count && cellRefs[low] == ref)
    }

    /// The index of a stored cell in `cellRefs` / `cellValues`, or nil.
    public func index(of ref: CellRef) -> Int? {
        let (i, found) = position(of: ref)
        return found ? i : nil
    }

    /// The cell at a reference, `.empty` when nothing is there.
    public subscript(ref: CellRef) -> Cell {
        get {
            let (i, found) = position(of: ref)
            return found ? cellValues[i] : .empty
        }
        set { set(newValue, at: ref) }
    }

    /// The cell at zero-based row and column.
    public subscript(row: Int, column: Int) -> Cell {
        self[CellRef(row: row, column: column)]
    }

    /// Stores a cell; an empty non-formula cell removes the entry. Cells set in row-major
    /// order are appended; others are inserted in place.
    public mutating func set(_ cell: Cell, at ref: CellRef) {
        let remove = cell.value == .empty && !cell.isFormula
        if let last = cellRefs.last, !(last < ref) {
            let (i, found) = position(of: ref)
            if found {
                if remove {
                    cellRefs.remove(at: i)
                    cellValues.remove(at: i)
                } else {
                    cellValues[i] = cell
                }
                return
            }
            if remove { return }
            cellRefs.insert(ref, at: i)
            cellValues.insert(cell, at: i)
        } else {
            if remove { return }
            cellRefs.append(ref)
            cellValues.append(cell)
        }
        rowCount = max(rowCount, ref.row + 1)
        columnCount = max(columnCount, ref.column + 1)
    }

    /// Stored cells by reference (built on each call: prefer `cellRefs` / `cellValues`).
    public var cells: [CellRef: Cell] {
        Dictionary(uniqueKeysWithValues: zip(cellRefs, cellValues))
    }

    /// Number of stored cells.
    public var cellCount: Int { cellRefs.count }

    /// Stored cells in row-major order.
    public var sortedCells: [(ref: CellRef, cell: Cell)] {
        cellRefs.indices.map { (cellRefs[$0], cellValues[$0]) }
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
