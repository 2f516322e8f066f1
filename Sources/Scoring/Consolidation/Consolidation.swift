/// Why a unit cannot be proposed for an award.
public struct IneligibleReason: Sendable, Hashable {
    /// Stable code: `hasErrors`, `lineNotScored`, `otherPeriod`, `superseded`.
    public var code: String
    public var message: Message
}

/// One status per unit everywhere in the report (SPEC §7).
public enum UnitStatus: String, Sendable, Hashable {
    /// Hợp lệ.
    case valid
    /// Hợp lệ, có cảnh báo.
    case validWithWarnings
    /// Cần sửa.
    case invalid
    /// Bị thay thế: a newer file of the same unit is used.
    case superseded
}

/// One submission in the consolidation: matched, ranked, proposed (or not).
///
/// The roster entry and the tie note (rare) sit behind references of their own.
public struct ConsolidatedUnit: Sendable, Hashable {
    /// What its file gave.
    public var result: UnitResult
    /// The roster entry it matched, when a roster was given.
    public var rosterEntry: RosterEntry? {
        get { storedRosterEntry?.value }
        set { storedRosterEntry = newValue.map(Indirect.init) }
    }
    /// The unit's code (the sheet's, else the roster's).
    public var code: String?
    /// The unit's name in its own spelling (else the roster's, else the file's name).
    public var name: String
    /// Unit type code (the roster's when matched, else the sheet's).
    public var type: String?
    /// Where its award proposal goes.
    public var route: Route?
    /// True when a newer submission of the same unit is used instead.
    public var superseded: Bool
    /// The file that replaces it.
    public var supersededBy: String?
    public var eligible: Bool
    public var ineligibleReasons: [IneligibleReason]
    /// Competition rank (1, 2, 2, 4) among eligible units; nil when not eligible.
    public var rank: Int?
    /// The award level won outright; nil for a unit tied across a quota boundary (the
    /// council decides: see `contends`), so no level ever holds more units than its quota.
    public var award: AwardLevel?
    /// True when tied with others across a quota boundary: the council decides.
    public var tie: Bool
    /// When `tie`: the levels the tied units contend for, best first.
    public var contends: [AwardLevel]
    /// "Đồng hạng — Hội đồng xem xét" with the places to fill, when `tie`.
    public var tieNote: Message? {
        get { storedTieNote?.value }
        set { storedTieNote = newValue.map(Indirect.init) }
    }
    /// The scored findings plus the consolidation's (roster, superseded…).
    public var findings: [Finding]

    private var storedRosterEntry: Indirect<RosterEntry>?
    private var storedTieNote: Indirect<Message>?

    public init(result: UnitResult, rosterEntry: RosterEntry?, code: String?, name: String, type: String?,
                route: Route?, superseded: Bool, supersededBy: String?, eligible: Bool,
                ineligibleReasons: [IneligibleReason], rank: Int?, award: AwardLevel?, tie: Bool,
                contends: [AwardLevel], tieNote: Message?, findings: [Finding]) {
        self.result = result
        self.code = code
        self.name = name
        self.type = type
        self.superseded = superseded
        self.supersededBy = supersededBy
        self.eligible = eligible
        self.ineligibleReasons = ineligibleReasons
        self.rank = rank
        self.award = award
        self.tie = tie
        self.contends = contends
        self.findings = findings
        self.route = route
        self.storedRosterEntry = rosterEntry.map(Indirect.init)
        self.storedTieNote = tieNote.map(Indirect.init)
    }

    /// Accepted total.
    public var score: Double { result.score }
    /// The unit's one status.
    public var status: UnitStatus {
        if superseded { return .superseded }
        if findings.contains(where: { $0.severity == .error }) { return .invalid }
        return findings.contains(where: { $0.severity == .warning }) ? .validWithWarnings : .valid
    }
}

/// Units tied at one rank competing for some places of one level.
public struct TieShare: Sendable, Hashable {
    public var rank: Int
    /// Indexes into `Consolidation.units`.
    public var units: [Int]
    /// How many of them the council must choose for this level.
    public var places: Int
}

/// The proposals for one collective award level.
public struct AwardProposal: Sendable, Hashable {
    public var level: AwardLevel
    /// Units certain of this level, in rank order (indexes into `Consolidation.units`).
    public var units: [Int]
    /// Ties the council must settle for some of this level's places.
    public var ties: [TieShare]
}

/// An individual nominee with the unit that nominates them.
public struct NomineeProposal: Sendable, Hashable {
    public var nominee: ScoredNominee
    /// Index into `Consolidation.units`.
    public var unit: Int
    /// By Party membership; nil when membership is unknown.
    public var route: Route?
}

/// The whole batch: every unit, the proposals, nominees and missing units.
public struct Consolidation: Sendable, Hashable {
    public var rubric: Rubric
    /// Ranked eligible units (rank, then Vietnamese order of names, then file),
    /// then the other active units, then superseded ones (each by name, then file).
    public var units: [ConsolidatedUnit]
    /// One per collective level, best first.
    public var proposals: [AwardProposal]
    /// Every nominee of every active unit, in the order of `units`.
    public var nominees: [NomineeProposal]
    /// More nominees than the individual quota (never cut by the tool).
    public var nomineesAboveQuota: Bool
    /// Roster units with no submission (chưa nộp), in roster order.
    public var missing: [RosterEntry]
    /// Findings about the batch (ties, nominees above quota).
    public var findings: [Finding]

    /// Units whose file is not superseded, in order: a view, so 50,000 units are not copied.
    public var active: LazyFilterSequence<[ConsolidatedUnit]> { units.lazy.filter { !$0.superseded } }
    /// Eligible units in rank order.
    public var ranked: [ConsolidatedUnit] { units.filter { $0.rank != nil } }
}

extension Consolidation {
    /// The files that never became a submission: unreadable, unsupported or empty of a
    /// scoring sheet (the one place that tells them apart from scored files with errors).
    public func unreadFiles(_ files: [FileRecord]) -> [FileRecord] {
        let scored = Set(units.map(\.result.file))
        return files.filter { ($0.status == .invalid || $0.status == .unsupported) && !scored.contains($0.path) }
    }
}
