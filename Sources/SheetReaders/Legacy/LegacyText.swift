import SheetModel

/// Converts the text of cells whose font declares a legacy Vietnamese encoding (as a reader
/// recorded them in `Sheet.legacyFontCells`) to Unicode, in one place for every format.
enum LegacyText {
    /// Converts every recorded cell of every sheet; one info note per sheet and encoding
    /// (its first cell, and how many cells). Cells that cannot be converted (a character no
    /// Windows-1252 byte gives) keep their text and leave `legacyFontCells`, so the
    /// look-alike check still warns about them.
    static func convert(_ grid: inout Grid) -> [ReadNote] {
        var notes: [ReadNote] = []
        var converter: TCVN3.Converter?
        for s in grid.sheets.indices where !grid.sheets[s].legacyFontCells.isEmpty {
            var sheet = grid.sheets[s]
            grid.sheets[s] = Sheet(name: "")  // keep the cells uniquely referenced while they change
            var first: [LegacyFontEncoding: (ref: CellRef, count: Int)] = [:]
            for (ref, encoding) in sheet.legacyFontCells.sorted(by: { $0.key < $1.key }) {
                let cell = sheet[ref]
                guard case .text(let text) = cell.value else { sheet.legacyFontCells[ref] = nil; continue }
                let converted: String?
                switch encoding {
                case .tcvn3:
                    if converter == nil { converter = TCVN3.Converter() }
                    converted = TCVN3.decode(text, converter: converter!)
                case .vni:
                    converted = VNI.decode(text)
                }
                guard let converted else { sheet.legacyFontCells[ref] = nil; continue }
                if !converted.utf8.elementsEqual(text.utf8) {
                    sheet.set(Cell(.text(converted), isFormula: cell.isFormula), at: ref)
                }
                let seen = first[encoding]
                first[encoding] = (seen?.ref ?? ref, (seen?.count ?? 0) + 1)
            }
            for encoding in [LegacyFontEncoding.tcvn3, .vni] {
                guard let (ref, count) = first[encoding] else { continue }
                notes.append(ReadNote(.legacyFontConverted, sheet: sheet.name, cell: ref,
                                      detail: encoding.rawValue, count: count))
            }
            grid.sheets[s] = sheet
        }
        return notes
    }
}
