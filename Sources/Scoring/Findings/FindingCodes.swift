/// Stable codes of the findings the engine and the consolidation raise.
///
/// The raw value equals the constant's name; reports, JSON and tests rely on it.
extension FindingCode {
    // Lines of the items table
    /// A line's claimed score (điểm tự chấm) is empty (error).
    public static let claimMissing = FindingCode("claimMissing")
    /// A value is not a number (error).
    public static let notANumber = FindingCode("notANumber")
    /// `1.234`: thousands grouping or decimal cannot be told apart (error).
    public static let ambiguousNumber = FindingCode("ambiguousNumber")
    /// A claimed score below 0 (error).
    public static let negative = FindingCode("negative")
    /// A claimed score above the line's max (error).
    public static let aboveMax = FindingCode("aboveMax")
    /// A claim strictly between 0 and max on a met / not-met line (warning).
    public static let partialBinary = FindingCode("partialBinary")
    /// Points claimed with no evidence named: scored 0 (warning).
    public static let noEvidence = FindingCode("noEvidence")
    /// The claim differs from the value computed from counts (warning).
    public static let computedDiffers = FindingCode("computedDiffers")
    /// The sheet's written total differs from the sum of claims (warning).
    public static let totalDiffers = FindingCode("totalDiffers")
    /// Verified points differ from the claim (info).
    public static let verifiedDiffers = FindingCode("verifiedDiffers")
    /// Verified points not a number in [0, max] (error).
    public static let verifiedOutOfRange = FindingCode("verifiedOutOfRange")
    /// A rubric line is not in the sheet (error).
    public static let lineMissing = FindingCode("lineMissing")
    /// A line code appears more than once; the first is used (warning).
    public static let lineDuplicated = FindingCode("lineDuplicated")
    /// A line code the rubric does not know; ignored (warning).
    public static let lineUnknown = FindingCode("lineUnknown")
    /// No line of the table at all (error).
    public static let noLines = FindingCode("noLines")
    /// A cell held a formula; its cached value was used (info).
    public static let formulaCached = FindingCode("formulaCached")

    // Header
    /// Unit name missing (error).
    public static let unitNameMissing = FindingCode("unitNameMissing")
    /// Unit type not one of the rubric's (warning).
    public static let unitTypeUnknown = FindingCode("unitTypeUnknown")
    /// The period is another plan's (warning; not eligible).
    public static let periodMismatch = FindingCode("periodMismatch")
    /// The period cannot be read (warning).
    public static let periodUnreadable = FindingCode("periodUnreadable")
    /// The sheet's date cannot be read (warning).
    public static let dateUnreadable = FindingCode("dateUnreadable")
    /// The template was made for another rubric (error).
    public static let otherRubric = FindingCode("otherRubric")

    // Counts and rating
    /// A count not a whole number ≥ 0 (error).
    public static let countNotWhole = FindingCode("countNotWhole")
    /// A ratio's numerator above its denominator — pledges > staff (error).
    public static let pledgesAboveStaff = FindingCode("pledgesAboveStaff")
    /// A share's counts above their whole — excellent + good > staff (error).
    public static let ratedAboveStaff = FindingCode("ratedAboveStaff")
    /// The denominator of a ratio or share is 0: nothing computed (warning).
    public static let zeroStaff = FindingCode("zeroStaff")
    /// Some but not all counts a line needs are given (warning).
    public static let countMissing = FindingCode("countMissing")
    /// The collective's rating is not one of the levels (warning).
    public static let ratingUnreadable = FindingCode("ratingUnreadable")

    // Nominees
    /// A Party-member cell that is neither yes nor no (warning).
    public static let yesNoUnreadable = FindingCode("yesNoUnreadable")
    /// A nominee row without a name (warning).
    public static let nomineeNameMissing = FindingCode("nomineeNameMissing")

    // Consolidation
    /// The unit is not on the roster (warning, with "did you mean").
    public static let notOnRoster = FindingCode("notOnRoster")
    /// A newer submission of the same unit replaces this one (warning).
    public static let superseded = FindingCode("superseded")
    /// The sheet's unit type differs from the roster's (warning).
    public static let unitTypeDiffers = FindingCode("unitTypeDiffers")
    /// More individual nominees than the quota (warning, for the council).
    public static let nomineesAboveQuota = FindingCode("nomineesAboveQuota")
    /// Units tied across a quota boundary (warning, for the council).
    public static let tieAtQuota = FindingCode("tieAtQuota")

    // Files
    /// The file could not be opened from disk (error).
    public static let fileUnreadable = FindingCode("fileUnreadable")
    /// The reader stopped on the file (crashed, past its time or memory): only this file is lost.
    public static let readerStopped = FindingCode("readerStopped")
}
