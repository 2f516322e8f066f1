/// Messages about finding the scoring sheet and its table in a file.
public enum LocatorMessage: Sendable, Hashable, Codable {
    /// Which of the template's other sheets a CSV holds.
    public enum SavedSheet: String, Sendable, Hashable, Codable {
        /// The instructions sheet ("Hướng dẫn").
        case instructions
        /// The hidden meta sheet.
        case meta
    }

    /// No items table in the file (`noScoringTable`); `template` is the template's file name.
    case noScoringTable(file: String, template: String)
    /// A CSV saved from the wrong sheet of the template (`wrongSheetSaved`).
    case wrongSheetSaved(saved: SavedSheet, sheetName: String, scoringSheet: String)
    /// The file was made from another plan's template (`otherRubric`).
    case otherPlan(found: String, planNumber: String, template: String)
    /// A row with a code the plan does not know (`unknownItem`); `claimed` when it holds points.
    case unknownItem(written: String, claimed: Bool)
    /// A code written twice; the first row counts (`duplicateItem`).
    case duplicateItem(code: String)
}
