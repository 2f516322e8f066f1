import SheetModel

/// A known label found in a sheet.
struct LabelHit: Sendable {
    var ref: CellRef
    var roles: [LabelRole]
    /// The value written in the label's own cell ("Tên đơn vị: Chi bộ X" → "Chi bộ X").
    var inlineValue: Substring?
}

/// One pass over a sheet: its cells by row, and every known label with its cell.
struct SheetIndex {
    let sheet: Sheet
    /// Non-empty cells in row-major order.
    let cells: [(ref: CellRef, cell: Cell)]
    /// Row number → range in `cells`.
    let rowRanges: [Int: Range<Int>]
    /// Row numbers in order.
    let rows: [Int]
    /// Known labels in row-major order.
    let labels: [LabelHit]
    /// Cell → index in `labels`.
    let labelAt: [CellRef: Int]

    init(_ sheet: Sheet, plan: LocatorPlan) {
        self.sheet = sheet
        var cells: [(ref: CellRef, cell: Cell)] = []
        cells.reserveCapacity(sheet.cellCount)
        for (ref, cell) in sheet.cells where !Self.isBlank(cell.value) { cells.append((ref, cell)) }
        cells.sort { $0.ref < $1.ref }
        var ranges: [Int: Range<Int>] = [:]
        var rows: [Int] = []
        var labels: [LabelHit] = []
        var start = 0
        for i in cells.indices {
            let ref = cells[i].ref
            if i + 1 == cells.count || cells[i + 1].ref.row != ref.row {
                ranges[ref.row] = start..<(i + 1)
                rows.append(ref.row)
                start = i + 1
            }
            guard case .text(let text) = cells[i].cell.value else { continue }
            if let roles = plan.roles(ofLabel: text) {
                labels.append(LabelHit(ref: ref, roles: roles, inlineValue: nil))
            } else if text.utf8.count <= plan.maxLabelBytes * 4,
                      let (label, value) = LabelKey.splitInline(text),
                      let roles = plan.roles(ofLabel: label) {
                labels.append(LabelHit(ref: ref, roles: roles, inlineValue: value))
            }
        }
        self.cells = cells
        self.rowRanges = ranges
        self.rows = rows
        self.labels = labels
        var at: [CellRef: Int] = [:]
        for (i, hit) in labels.enumerated() { at[hit.ref] = i }
        self.labelAt = at
    }

    /// The labels found in row `r`.
    func labels(inRow r: Int) -> [LabelHit] {
        guard rowRanges[r] != nil else { return [] }
        return row(r).compactMap { labelAt[$0.ref].map { labels[$0] } }
    }

    /// `CellValue.isBlank`, without walking long texts that start with a letter.
    static func isBlank(_ value: CellValue) -> Bool {
        switch value {
        case .empty: return true
        case .text(let s):
            guard let first = s.utf8.first else { return true }
            if first > 0x20 && first < 0x80 { return false }
            if first >= 0x80, let scalar = s.unicodeScalars.first, !scalar.properties.isWhitespace {
                return false
            }
            return value.isBlank
        default: return false
        }
    }

    /// The non-empty cells of a row, left to right.
    func row(_ r: Int) -> ArraySlice<(ref: CellRef, cell: Cell)> {
        guard let range = rowRanges[r] else { return [] }
        return cells[range]
    }

    /// The cell at a reference, resolving a merged area to its top-left cell.
    func cell(at ref: CellRef, followMerge: Bool = false) -> (ref: CellRef, cell: Cell) {
        let cell = sheet[ref]
        if followMerge, Self.isBlank(cell.value), !sheet.merged.isEmpty,
           let area = sheet.mergedRange(containing: ref), area.first != ref {
            return (area.first, sheet[area.first])
        }
        return (ref, cell)
    }

    /// The last column of the merged area that starts at or holds `ref` (its own column if none).
    func lastColumn(ofArea ref: CellRef) -> Int {
        guard !sheet.merged.isEmpty, let area = sheet.mergedRange(containing: ref) else {
            return ref.column
        }
        return area.last.column
    }

    /// The last row of the merged area holding `ref` (its own row if none).
    func lastRow(ofArea ref: CellRef) -> Int {
        guard !sheet.merged.isEmpty, let area = sheet.mergedRange(containing: ref) else {
            return ref.row
        }
        return area.last.row
    }

    /// True when no cell of row `r` between columns `from` and `to` holds a value.
    func isEmpty(row r: Int, columns: some Sequence<Int>) -> Bool {
        let row = self.row(r)
        guard !row.isEmpty else { return true }
        for c in columns where !Self.isBlank(sheet[r, c].value) { return false }
        return true
    }
}
