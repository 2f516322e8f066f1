/// Messages about the lines of the items table: claims, verified points, evidence,
/// the written total. `line` is the rubric's line code ("4a").
public enum LineMessage: Sendable, Hashable, Codable {
    /// A code the rubric does not know (`lineUnknown`).
    case unknownCode(written: String)
    /// No line of the table at all (`noLines`).
    case noLines
    /// A rubric line is not in the sheet (`lineMissing`); `criterion` is its text, shortened.
    case missing(line: String, criterion: String)
    /// A line written twice (`lineDuplicated`).
    case duplicated(line: String)
    /// No claimed points (`claimMissing`); `uncomputedFormula` when the cell's formula has no value.
    case claimMissing(line: String, max: Double, uncomputedFormula: Bool)
    /// Claimed points that are not a number (`notANumber`).
    case claimNotANumber(line: String, written: String, max: Double)
    /// Claimed points like "1.234" (`ambiguousNumber`).
    case claimAmbiguous(line: String, written: String)
    /// Claimed points below 0 (`negative`).
    case claimNegative(line: String, claimed: Double, max: Double)
    /// Claimed points above the line's max (`aboveMax`).
    case claimAboveMax(line: String, claimed: Double, max: Double)
    /// Verified points outside [0, max] or not a number (`verifiedOutOfRange`).
    case verifiedOutOfRange(line: String, written: String, max: Double)
    /// A partial claim on a met / not-met line (`partialBinary`).
    case partialBinary(line: String, claimed: Double, max: Double)
    /// The claim differs from the value computed from counts (`computedDiffers`).
    case computedDiffers(line: String, claimed: Double, computed: Double, how: Computation)
    /// The inspection team's points differ from the claim (`verifiedDiffers`).
    case verifiedDiffers(line: String, verified: Double, claimed: Double)
    /// Points with no evidence named (`noEvidence`).
    case noEvidence(line: String, points: Double)
    /// Points whose evidence says there is none, "Không", "chưa có"… (`noEvidence`).
    case evidenceSaysNone(line: String, points: Double, written: String)
    /// The written total differs from the sum of the claims (`totalDiffers`).
    case totalDiffers(written: Double, sum: Double)
    /// A formula cell whose cached value was used (`formulaCached`): its text, and the
    /// number when it is one (shown the reader's way).
    case formulaCached(text: String, number: Double?)
}
