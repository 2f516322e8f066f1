/// The JSON documents of SPEC §9: stable field names, `null` for unknown values.
///
/// Plain Codable structs, filled by `JSONSummary` from scored results; every
/// optional is written as `null` rather than left out, so integrations can rely
/// on each key being present.
public enum JSONModel {
    /// `check --json`: `{"files":[SUB…]}`.
    public struct CheckDocument: Encodable, Sendable {
        public var files: [SubmissionJSON]
        public init(files: [SubmissionJSON]) { self.files = files }
    }

    /// One submission (SUB), also the base of a consolidated submission.
    public struct SubmissionJSON: Encodable, Sendable {
        public var file: String
        public var format: String?
        /// `valid` or `invalid`.
        public var status: String
        public var unit: UnitJSON
        public var period: String?
        public var claimedTotal: Double?
        public var score: Double?
        public var items: [ItemJSON]
        public var counts: CountsJSON
        public var nominees: [NomineeJSON]
        public var issues: [IssueJSON]
        /// Present only in `consolidate --json`.
        public var ranking: RankingJSON?

        enum CodingKeys: String, CodingKey {
            case file, format, status, unit, period, claimedTotal, score, items, counts, nominees, issues
            case rank, eligible, ineligibleReasons, award, tie, contends, superseded
        }

        public func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(file, forKey: .file)
            try c.encodeNullable(format, forKey: .format)
            try c.encode(status, forKey: .status)
            try c.encode(unit, forKey: .unit)
            try c.encodeNullable(period, forKey: .period)
            try c.encodeNullable(claimedTotal, forKey: .claimedTotal)
            try c.encodeNullable(score, forKey: .score)
            try c.encode(items, forKey: .items)
            try c.encode(counts, forKey: .counts)
            try c.encode(nominees, forKey: .nominees)
            try c.encode(issues, forKey: .issues)
            if let ranking {
                try c.encodeNullable(ranking.rank, forKey: .rank)
                try c.encode(ranking.eligible, forKey: .eligible)
                try c.encode(ranking.ineligibleReasons, forKey: .ineligibleReasons)
                try c.encodeNullable(ranking.award, forKey: .award)
                try c.encode(ranking.tie, forKey: .tie)
                try c.encode(ranking.contends, forKey: .contends)
                try c.encode(ranking.superseded, forKey: .superseded)
            }
        }
    }

    /// The ranking fields `consolidate --json` adds to SUB.
    public struct RankingJSON: Sendable {
        public var rank: Int?
        public var eligible: Bool
        public var ineligibleReasons: [String]
        /// `excellent`, `good`, `fair` or nil; nil for a unit tied across a quota boundary.
        public var award: String?
        public var tie: Bool
        /// When `tie`: the level codes the tied units contend for, best first (else `[]`).
        public var contends: [String]
        public var superseded: Bool
    }

    public struct UnitJSON: Encodable, Sendable {
        public var code: String?
        public var name: String?
        public var type: String?

        public func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encodeNullable(code, forKey: .code)
            try c.encodeNullable(name, forKey: .name)
            try c.encodeNullable(type, forKey: .type)
        }
        enum CodingKeys: String, CodingKey { case code, name, type }
    }

    public struct ItemJSON: Encodable, Sendable {
        public var code: String
        public var max: Double
        public var claimed: Double?
        public var verified: Double?
        /// Where `verified` came from: `file` (the unit's own sheet), `form` (the
        /// inspection form), or nil when there are no verified points.
        public var verifiedSource: String? = nil
        public var score: Double?

        public func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(code, forKey: .code)
            try c.encode(max, forKey: .max)
            try c.encodeNullable(claimed, forKey: .claimed)
            try c.encodeNullable(verified, forKey: .verified)
            try c.encodeNullable(verifiedSource, forKey: .verifiedSource)
            try c.encodeNullable(score, forKey: .score)
        }
        enum CodingKeys: String, CodingKey { case code, max, claimed, verified, verifiedSource, score }
    }

    public struct CountsJSON: Encodable, Sendable {
        public var staff: Double?
        public var pledges: Double?
        public var excellent: Double?
        public var good: Double?
        /// Rating code (`excellent`, `good`, `done`, `notDone`) or nil.
        public var rating: String?

        public func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encodeNullable(staff, forKey: .staff)
            try c.encodeNullable(pledges, forKey: .pledges)
            try c.encodeNullable(excellent, forKey: .excellent)
            try c.encodeNullable(good, forKey: .good)
            try c.encodeNullable(rating, forKey: .rating)
        }
        enum CodingKeys: String, CodingKey { case staff, pledges, excellent, good, rating }
    }

    public struct NomineeJSON: Encodable, Sendable {
        public var name: String?
        public var position: String?
        public var partyMember: Bool?
        public var achievements: String?

        public func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encodeNullable(name, forKey: .name)
            try c.encodeNullable(position, forKey: .position)
            try c.encodeNullable(partyMember, forKey: .partyMember)
            try c.encodeNullable(achievements, forKey: .achievements)
        }
        enum CodingKeys: String, CodingKey { case name, position, partyMember, achievements }
    }

    public struct IssueJSON: Encodable, Sendable {
        public var severity: String
        public var code: String
        public var location: String?
        public var value: String?
        public var message: String
        /// Technical detail (a library's or the system's text); null when absent.
        public var detail: String?

        public func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(severity, forKey: .severity)
            try c.encode(code, forKey: .code)
            try c.encodeNullable(location, forKey: .location)
            try c.encodeNullable(value, forKey: .value)
            try c.encode(message, forKey: .message)
            try c.encodeNullable(detail, forKey: .detail)
        }
        enum CodingKeys: String, CodingKey { case severity, code, location, value, message, detail }
    }

    /// `consolidate --json FILE`.
    public struct ConsolidateDocument: Encodable, Sendable {
        public var rubric: RubricJSON
        public var submissions: [SubmissionJSON]
        public var missing: [UnitJSON]
        public var files: [FileJSON]
        /// The inspection form read with `--inspected`; null without one.
        public var inspection: InspectionJSON? = nil

        public func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(rubric, forKey: .rubric)
            try c.encode(submissions, forKey: .submissions)
            try c.encode(missing, forKey: .missing)
            try c.encode(files, forKey: .files)
            try c.encodeNullable(inspection, forKey: .inspection)
        }
        enum CodingKeys: String, CodingKey { case rubric, submissions, missing, files, inspection }
    }

    public struct RubricJSON: Encodable, Sendable {
        public var id: String
        public var total: Double
    }

    /// One file of the inbox, as the audit sheet lists it.
    public struct FileJSON: Encodable, Sendable {
        public var path: String
        public var sha256: String?
        public var format: String?
        /// `used`, `superseded`, `invalid`, `unsupported`, `skipped`.
        public var status: String
        public var reason: String?

        public func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(path, forKey: .path)
            try c.encodeNullable(sha256, forKey: .sha256)
            try c.encodeNullable(format, forKey: .format)
            try c.encode(status, forKey: .status)
            try c.encodeNullable(reason, forKey: .reason)
        }
        enum CodingKeys: String, CodingKey { case path, sha256, format, status, reason }
    }
}

extension KeyedEncodingContainer {
    /// Encodes the value, or an explicit `null` when it is nil.
    mutating func encodeNullable<T: Encodable>(_ value: T?, forKey key: Key) throws {
        if let value { try encode(value, forKey: key) } else { try encodeNil(forKey: key) }
    }
}
