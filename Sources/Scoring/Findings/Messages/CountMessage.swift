/// Messages about the counts block and the collective's own rating. Count names are
/// the rubric's labels (never its keys), in their short form inside sentences.
public enum CountMessage: Sendable, Hashable, Codable {
    /// A count that is not a number (`countNotWhole`).
    case notANumber(label: String, written: String)
    /// A count that is a number but not a whole number ≥ 0 (`countNotWhole`).
    case notWhole(label: String, value: Double)
    /// A ratio's numerator above its denominator — pledges above staff (`pledgesAboveStaff`).
    case partAboveWhole(part: String, partValue: Int, whole: String, wholeValue: Int)
    /// A share's counts above their whole — excellent + good above staff (`ratedAboveStaff`).
    case sumAboveWhole(parts: [String], sum: Int, whole: String, wholeValue: Int)
    /// The whole of a ratio or share is 0 (`zeroStaff`).
    case zeroWhole(label: String, line: String)
    /// Some but not all counts a line needs are given (`countMissing`); `rating` when the
    /// collective's rating is among the missing.
    case missing(line: String, labels: [String], rating: Bool)
    /// A rating that is none of the levels (`ratingUnreadable`).
    case ratingUnreadable(written: String, levels: [String])
}
