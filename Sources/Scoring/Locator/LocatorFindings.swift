import SheetModel

extension FindingCode {
    /// No items table with the plan's codes was found in the file (error).
    public static let noScoringTable = FindingCode("noScoringTable")
    /// A line whose code is not in the rubric (warning when it claims points, else info).
    public static let unknownItem = FindingCode("unknownItem")
    /// A line code written twice; the first is used (warning).
    public static let duplicateItem = FindingCode("duplicateItem")
    /// A CSV holding the template's instructions or meta sheet, not the scoring sheet (error).
    public static let wrongSheetSaved = FindingCode("wrongSheetSaved")
}

/// The findings the locator makes.
enum LocatorFindings {
    static let templateName = "Mau-tu-cham-diem.xlsx"

    static func noScoringTable(file: String) -> Finding {
        Finding(.error, .noScoringTable, at: SourceLocation(file: file),
                .locator(.noScoringTable(file: file, template: templateName)))
    }

    static func wrongSheetSaved(_ saved: LocatorMessage.SavedSheet, file: String) -> Finding {
        Finding(.error, .wrongSheetSaved, at: SourceLocation(file: file),
                .locator(.wrongSheetSaved(saved: saved, sheetName: SheetLabels.instructionsSheet,
                                          scoringSheet: SheetLabels.scoringSheet)))
    }

    static func otherRubric(found: String, rubric: Rubric, at location: SourceLocation) -> Finding {
        Finding(.error, .otherRubric, at: location, value: found,
                .locator(.otherPlan(found: found, planNumber: rubric.plan.number, template: templateName)))
    }

    static func unknownItem(_ written: String, normalized: String, claimed: Bool,
                            at location: SourceLocation) -> Finding {
        Finding(claimed ? .warning : .info, .unknownItem, at: location, value: written,
                .locator(.unknownItem(written: written, claimed: claimed)))
    }

    static func duplicateItem(_ code: String, at location: SourceLocation) -> Finding {
        Finding(.warning, .duplicateItem, at: location, value: code, .locator(.duplicateItem(code: code)))
    }
}
