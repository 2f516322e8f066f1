import SheetModel

/// Where a line's accepted score came from.
public enum ScoreSource: String, Sendable, Hashable, CaseIterable {
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

/// One rubric line as scored: its accepted score and what it was made from.
///
/// What every unit's same line shares (code, maximum, kind) sits in one `LineSpec` per
/// rubric line; the three optional numbers are plain doubles with a NaN of their own for
/// "none"; the evidence text and cell, which only the inspection form shows, sit behind one
/// more reference.
public struct ScoredLine: Sendable, Hashable {
    private var spec: LineSpec
    /// The accepted score, in [0, max], 2 decimals.
    public var score: Double
    private var storedClaimed: Double
    private var storedVerified: Double
    private var storedComputed: Double
    /// Where `verified` came from (nil when there are no verified points).
    public var verifiedSource: VerifiedSource? = nil
    public var source: ScoreSource
    /// True when the line names its evidence.
    public var hasEvidence: Bool
    /// The evidence text and the cell, behind one reference (nil when both are empty or
    /// dropped by `dropDetail()`).
    private var detail: Indirect<LineDetail>?

    /// The rubric's code (`4a`).
    public var code: String { spec.code }
    public var max: Double { spec.max }
    public var kind: ItemKind { spec.kind }
    /// Điểm tự chấm, when a valid number.
    public var claimed: Double? {
        get { Self.unbox(storedClaimed) }
        set { storedClaimed = Self.box(newValue) }
    }
    /// Điểm kiểm tra, when a valid number in [0, max].
    public var verified: Double? {
        get { Self.unbox(storedVerified) }
        set { storedVerified = Self.box(newValue) }
    }
    /// Value computed from counts, when they are present.
    public var computed: Double? {
        get { Self.unbox(storedComputed) }
        set { storedComputed = Self.box(newValue) }
    }

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
        self.init(spec: LineSpec.shared(code: code, max: max, kind: kind), claimed: claimed, verified: verified,
                  verifiedSource: verifiedSource, computed: computed, score: score, source: source,
                  hasEvidence: hasEvidence, evidence: evidence, location: location)
    }

    /// A line of a rubric line whose spec is known (what the wire decoder makes).
    init(spec: LineSpec, claimed: Double?, verified: Double?, verifiedSource: VerifiedSource?, computed: Double?,
         score: Double, source: ScoreSource, hasEvidence: Bool, evidence: String, location: SourceLocation?) {
        self.spec = spec
        self.storedClaimed = Self.box(claimed)
        self.storedVerified = Self.box(verified)
        self.storedComputed = Self.box(computed)
        self.verifiedSource = verifiedSource
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

    /// "No number": a NaN with a payload no arithmetic makes (a NaN given is kept as the
    /// standard NaN, so it never reads back as nil).
    private static let none = Double(bitPattern: 0x7FF8_7468_6964_7561)
    private static func box(_ value: Double?) -> Double {
        guard let value else { return none }
        return value.isNaN ? .nan : value
    }
    private static func unbox(_ stored: Double) -> Double? {
        stored.bitPattern == none.bitPattern ? nil : stored
    }

    public static func == (a: ScoredLine, b: ScoredLine) -> Bool {
        a.code == b.code && a.max == b.max && a.kind == b.kind && a.score == b.score
            && a.claimed == b.claimed && a.verified == b.verified && a.computed == b.computed
            && a.verifiedSource == b.verifiedSource && a.source == b.source && a.hasEvidence == b.hasEvidence
            && a.detail == b.detail
    }

    public func hash(into h: inout Hasher) {
        h.combine(code)
        h.combine(score)
        h.combine(claimed)
        h.combine(verified)
        h.combine(computed)
        h.combine(source)
        h.combine(detail)
    }
}
