import SheetModel

/// Where a line's accepted score came from.
public enum ScoreSource: String, Sendable, Hashable {
    /// Điểm kiểm tra.
    case verified
    /// Computed from counts (ratio, threshold).
    case computed
    /// Điểm tự chấm, as written.
    case claimed
    /// Points claimed without evidence: scored 0.
    case noEvidence
    /// Nothing usable: scored 0.
    case none
}

/// One rubric line as scored.
public struct ScoredLine: Sendable, Hashable {
    /// The rubric's code (`4a`).
    public var code: String
    public var max: Double
    public var kind: ItemKind
    /// Điểm tự chấm, when a valid number.
    public var claimed: Double?
    /// Điểm kiểm tra, when a valid number in [0, max].
    public var verified: Double?
    /// Where `verified` came from (nil when there are no verified points).
    public var verifiedSource: VerifiedSource? = nil
    /// Value computed from counts, when they are present.
    public var computed: Double?
    /// The accepted score, in [0, max], 2 decimals.
    public var score: Double
    public var source: ScoreSource
    /// True when the line names its evidence.
    public var hasEvidence: Bool
    /// The evidence text as written ("" when none).
    public var evidence: String
    /// The line's cell (the claim's, else the code's), nil when the line is missing.
    public var location: SourceLocation?
}

/// The unit a submission says it is.
public struct ScoredUnit: Sendable, Hashable {
    /// Mã đơn vị, trimmed; nil when empty.
    public var code: String?
    /// Tên đơn vị, trimmed, in the unit's spelling; nil when empty.
    public var name: String?
    /// The rubric's unit type code (`party`), when readable.
    public var type: String?
}

/// An individual nominee, typed.
public struct ScoredNominee: Sendable, Hashable {
    public var name: String
    public var position: String
    /// nil when not given or unreadable.
    public var partyMember: Bool?
    public var achievements: String
    /// The name's cell.
    public var location: SourceLocation?
}

/// The validity of one scored submission.
public enum SubmissionStatus: String, Sendable, Hashable {
    /// Hợp lệ.
    case valid
    /// Hợp lệ, có cảnh báo.
    case validWithWarnings
    /// Cần sửa: has errors.
    case invalid
}

/// A submission checked and scored against a rubric.
public struct ScoredSubmission: Sendable, Hashable {
    public var submission: Submission
    public var unit: ScoredUnit
    /// The period as written (nil when empty) and how it compares with the plan's.
    public var period: String?
    public var periodCheck: PeriodCheck
    /// Ngày lập, when readable.
    public var date: DateTimeValue?
    /// One per rubric line, in rubric order.
    public var lines: [ScoredLine]
    /// Sum of the valid claims (2 decimals); nil when no claim is a number.
    public var claimedTotal: Double?
    /// Sum of accepted scores (2 decimals), in [0, total].
    public var score: Double
    /// Counts read as whole numbers, by rubric key; absent keys are unknown.
    public var counts: [String: Int]
    /// The collective's rating code, when readable.
    public var rating: String?
    public var nominees: [ScoredNominee]
    /// The submission's own findings (from locating) followed by the engine's.
    public var findings: [Finding]

    /// The scored line with a code (compared by `ItemCode.normalize`).
    public func line(_ code: String) -> ScoredLine? {
        let key = ItemCode.normalize(code)
        return lines.first { ItemCode.normalize($0.code) == key }
    }

    /// True when some finding is an error: the submission cannot be ranked.
    public var hasErrors: Bool { findings.contains { $0.severity == .error } }
    /// True when some finding is a warning.
    public var hasWarnings: Bool { findings.contains { $0.severity == .warning } }
    /// Valid, valid with warnings, or invalid.
    public var status: SubmissionStatus {
        hasErrors ? .invalid : hasWarnings ? .validWithWarnings : .valid
    }
}
