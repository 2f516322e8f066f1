import SheetModel

/// Recognises a one-sheet file (a CSV) that holds one of the template's other sheets:
/// Excel and LibreOffice save only the open sheet as CSV, so a unit that saves while
/// the instructions (or the meta sheet) are open sends those instead of its scores.
enum TemplateSheetSniffer {
    /// The template sheet a single-sheet grid holds, or nil.
    static func otherSheet(_ grid: Grid) -> LocatorMessage.SavedSheet? {
        guard grid.sheets.count == 1, let sheet = grid.sheets.first else { return nil }
        let title = LabelKey.of(SheetLabels.instructionsTitle)
        let metaKeys = Set(SheetLabels.MetaKey.allCases.map(\.rawValue))
        var metaHits = 0
        for (ref, cell) in sheet.cells {
            guard case .text(let text) = cell.value, text.utf8.count <= 200 else { continue }
            if LabelKey.of(text) == title { return .instructions }
            if ref.column == 0, metaKeys.contains(text.trimmingWhitespace().lowercased()) { metaHits += 1 }
        }
        return metaHits >= 2 ? .meta : nil
    }
}
