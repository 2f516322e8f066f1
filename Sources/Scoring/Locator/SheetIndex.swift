import SheetModel

/// A known label found in a sheet.
struct LabelHit: Sendable {
    var ref: CellRef
    var roles: [LabelRole]
    /// The value written in the label's own cell ("Tên đơn vị: Chi bộ X" → "Chi bộ X").
    var inlineValue: Substring?
}

/// One pass over a sheet: its cells by row, and every known label with its cell.
///
/// The sheet's cells are already in row-major order, so nothing is sorted; rows and
/// labels are found by binary search, and each text is keyed in one reused buffer.
struct SheetIndex {
    let sheet: Sheet
    /// Non-empty cells in row-major order.
    let cells: [(ref: CellRef, cell: Cell)]
    /// Row numbers in order.
    let rows: [Int]
    /// Where each row of `rows` starts in `cells` (one more entry: the end).
    private let rowStarts: [Int]
    /// Known labels in row-major order.
    let labels: [LabelHit]
    /// Cell → index in `labels`.
    let labelAt: LabelPositions

    init(_ sheet: Sheet, plan: LocatorPlan) {
        self.sheet = sheet
        var cells: [(ref: CellRef, cell: Cell)] = []
        cells.reserveCapacity(sheet.cellCount)
        var rows: [Int] = [], rowStarts: [Int] = []
        var labels: [LabelHit] = []
        var key: [UInt32] = []
        key.reserveCapacity(plan.maxLabelBytes)
        let refs = sheet.cellRefs, values = sheet.cellValues
        for i in refs.indices where !Self.isBlank(values[i].value) {
            let ref = refs[i]
            if rows.last != ref.row {
                rows.append(ref.row)
                rowStarts.append(cells.count)
            }
            cells.append((ref, values[i]))
            guard case .text(let text) = values[i].value else { continue }
            if let roles = plan.roles(ofLabel: Substring(text), buffer: &key) {
                labels.append(LabelHit(ref: ref, roles: roles, inlineValue: nil))
            } else if text.utf8.count <= plan.maxLabelBytes * 4,
                      let (label, value) = LabelKey.splitInline(text),
                      let roles = plan.roles(ofLabel: label, buffer: &key) {
                labels.append(LabelHit(ref: ref, roles: roles, inlineValue: value))
            }
        }
        rowStarts.append(cells.count)
        self.cells = cells
        self.rows = rows
        self.rowStarts = rowStarts
        self.labels = labels
        self.labelAt = LabelPositions(refs: labels.map(\.ref))
    }

    /// The position of row `r` in `rows`, or nil.
    private func rowIndex(_ r: Int) -> Int? {
        var low = 0, high = rows.count
        while low < high {
            let mid = (low + high) >> 1
            if rows[mid] < r { low = mid + 1 } else { high = mid }
        }
        return low < rows.count && rows[low] == r ? low : nil
    }

    /// The labels found in row `r`.
    func labels(inRow r: Int) -> ArraySlice<LabelHit> {
        let first = labelAt.firstIndex(inRow: r)
        var end = first
        while end < labels.count, labels[end].ref.row == r { end += 1 }
        return labels[first..<end]
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
        guard let k = rowIndex(r) else { return [] }
        return cells[rowStarts[k]..<rowStarts[k + 1]]
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

/// Where each label is: cell → index in `SheetIndex.labels`, by binary search over the
/// labels' row-major references.
struct LabelPositions {
    let refs: [CellRef]

    /// The index of the label at `ref`, or nil.
    subscript(ref: CellRef) -> Int? {
        let i = lowerBound(ref)
        return i < refs.count && refs[i] == ref ? i : nil
    }

    /// The index of the first label in row `r` (or where it would be).
    func firstIndex(inRow r: Int) -> Int { lowerBound(CellRef(row: r, column: 0)) }

    private func lowerBound(_ ref: CellRef) -> Int {
        var low = 0, high = refs.count
        while low < high {
            let mid = (low + high) >> 1
            if refs[mid] < ref { low = mid + 1 } else { high = mid }
        }
        return low
    }
}
