/// Stable codes of the findings about the inspection form (SPEC §6.2).
extension FindingCode {
    /// Verified points in the form that are not a number (error).
    public static let formNotANumber = FindingCode("formNotANumber")
    /// `1.234` in the form: decimal or thousands separator (error).
    public static let formAmbiguousNumber = FindingCode("formAmbiguousNumber")
    /// Verified points in the form outside [0, max] (error).
    public static let formOutOfRange = FindingCode("formOutOfRange")
    /// A line code in the form the rubric does not have (warning).
    public static let formLineUnknown = FindingCode("formLineUnknown")
    /// Points in a row without a unit or line code (warning).
    public static let formRowIncomplete = FindingCode("formRowIncomplete")
    /// A unit's line filled in more than one row; the first is used (warning).
    public static let formDuplicateRow = FindingCode("formDuplicateRow")
    /// The form was made for another rubric; nothing is applied (error).
    public static let formOtherRubric = FindingCode("formOtherRubric")
    /// No hidden sheet (a CSV export): rubric and hashes not checked (info).
    public static let formNoMeta = FindingCode("formNoMeta")
    /// A unit in the form has no submission in use; its points are not applied (warning).
    public static let formUnitNotInInbox = FindingCode("formUnitNotInInbox")
    /// The unit's file changed since the form was made; points still apply (warning).
    public static let formFileChanged = FindingCode("formFileChanged")
    /// The unit's file lacks the line, so its points are not applied (warning).
    public static let formLineNotInFile = FindingCode("formLineNotInFile")
    /// On the unit: the form's points replace different ones in its file (info).
    public static let formOverridesFile = FindingCode("formOverridesFile")
}
