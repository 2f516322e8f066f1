/// Messages about the batch: supersession, ties at a quota, nominees above the quota,
/// and why a unit cannot be proposed for an award.
public enum ConsolidationMessage: Sendable, Hashable, Codable {
    /// A newer file of the same unit is used (`superseded`).
    case superseded(newer: String)
    /// A unit's own note: it is tied across a quota boundary (no names).
    case tie(TieNote)
    /// The batch's finding for a tie (`tieAtQuota`): a few of the tied units' names.
    case tieAtQuota(TieNote, names: NameList)
    /// More nominees than the individual quota (`nomineesAboveQuota`).
    case nomineesAboveQuota(count: Int, quota: Int)
    /// Ineligible: superseded by a newer file.
    case ineligibleSuperseded(by: String)
    /// Ineligible: errors to fix.
    case ineligibleErrors(count: Int)
    /// Ineligible: lines scored 0 ("chưa thực hiện đầy đủ các nội dung").
    case ineligibleLines(codes: [String])
    /// Ineligible: another plan's period.
    case ineligiblePeriod(written: String)
}
