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
    // Eight-byte fields first, then the optionals and the one-byte ones, the evidence and cell
    // behind a reference: 88 bytes a line (176 with those inline and in the old order).
    /// The rubric's code (`4a`).
    public var code: String
    public var max: Double
    /// The accepted score, in [0, max], 2 decimals.
    public var score: Double
    /// Điểm tự chấm, when a valid number.
    public var claimed: Double?
    /// Điểm kiểm tra, when a valid number in [0, max].
    public var verified: Double?
    /// Value computed from counts, when they are present.
    public var computed: Double?
    public var kind: ItemKind
    /// Where `verified` came from (nil when there are no verified points).
    public var verifiedSource: VerifiedSource? = nil
    public var source: ScoreSource
    /// True when the line names its evidence.
    public var hasEvidence: Bool
    /// The evidence text and the cell, behind one reference (nil when both are empty): a
    /// line is then about half its size, and once scored neither is needed unless an
    /// inspection form is written (`dropDetail()`).
    private var detail: Indirect<LineDetail>?
    /// The evidence text as written ("" when none, or dropped by `dropDetail()`).
    public var evidence: String {
        get { detail?.value.evidence ?? "" }
        set { setDetail(LineDetail(evidence: newValue, location: location)) }
    }
    /// The line's cell (the claim's, else the code's), nil when the line is missing (or
    /// dropped by `dropDetail()`).
    public var location: SourceLocation? {
        get { detail?.value.location }
        set { setDetail(LineDetail(evidence: evidence, location: newValue)) }
    }

    private struct LineDetail: Hashable, Sendable {
        var evidence: String
        var location: SourceLocation?
    }

    public init(code: String, max: Double, kind: ItemKind, claimed: Double?, verified: Double?,
                verifiedSource: VerifiedSource? = nil, computed: Double?, score: Double, source: ScoreSource,
                hasEvidence: Bool, evidence: String, location: SourceLocation?) {
        self.code = code
        self.max = max
        self.kind = kind
        self.claimed = claimed
        self.verified = verified
        self.verifiedSource = verifiedSource
        self.computed = computed
        self.score = score
        self.source = source
        self.hasEvidence = hasEvidence
        setDetail(LineDetail(evidence: evidence, location: location))
    }

    /// Forgets the evidence text and the cell (the report, JSON and return lists use neither).
    public mutating func dropDetail() { detail = nil }

    private mutating func setDetail(_ d: LineDetail) {
        detail = d.evidence.isEmpty && d.location == nil ? nil : Indirect(d)
    }
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
    /// What was read (once compacted, only its file and header entries are used).
    public var submission: Submission {
        get { storedSubmission.value }
        _modify { yield &storedSubmission.value }
    }
    /// Behind a reference: 50,000 results are copied between arrays more than once.
    private var storedSubmission: Indirect<Submission>
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

    public init(submission: Submission, unit: ScoredUnit, period: String?, periodCheck: PeriodCheck,
                date: DateTimeValue?, lines: [ScoredLine], claimedTotal: Double?, score: Double,
                counts: [String: Int], rating: String?, nominees: [ScoredNominee], findings: [Finding]) {
        self.storedSubmission = Indirect(submission)
        self.unit = unit
        self.period = period
        self.periodCheck = periodCheck
        self.date = date
        self.lines = lines
        self.claimedTotal = claimedTotal
        self.score = score
        self.counts = counts
        self.rating = rating
        self.nominees = nominees
        self.findings = findings
    }

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
