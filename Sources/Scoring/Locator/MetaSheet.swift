import SheetModel

/// The hidden meta sheet of a thidua template: keys in column A, values in column B.
struct MetaSheet {
    /// Position of the sheet in the grid.
    let sheetIndex: Int
    private let values: [String: (String, SourceLocation)]

    /// The grid's meta sheet (named `SheetLabels.metaSheet`, any case), or nil.
    init?(grid: Grid, file: String) {
        let wanted = SheetLabels.metaSheet.lowercased()
        guard let i = grid.sheets.firstIndex(where: { $0.name.lowercased() == wanted }) else {
            return nil
        }
        let sheet = grid.sheets[i]
        var values: [String: (String, SourceLocation)] = [:]
        for (ref, cell) in zip(sheet.cellRefs, sheet.cellValues) where ref.column == 0 {
            let key = cell.value.displayText.trimmingWhitespace().lowercased()
            guard !key.isEmpty else { continue }
            let valueRef = CellRef(row: ref.row, column: 1)
            let value = sheet[valueRef].value.displayText.trimmingWhitespace()
            values[key] = (value, SourceLocation(file: file, sheet: sheet.name, cell: valueRef))
        }
        self.sheetIndex = i
        self.values = values
    }

    /// The value of a key and where it was read.
    func value(_ key: SheetLabels.MetaKey) -> (String, SourceLocation)? {
        values[key.rawValue]
    }
}
