import Scoring

extension JSONModel {
    /// `consolidate --json`'s `inspection`: the form read with `--inspected` — its file,
    /// hash and format, the rubric id its hidden sheet names (null for a CSV export),
    /// how many verified points it gave to how many units, and its issues.
    public struct InspectionJSON: Encodable, Sendable {
        public var path: String
        public var sha256: String
        public var format: String?
        public var rubric: String?
        public var applied: Int
        public var units: Int
        public var issues: [IssueJSON]

        /// The JSON of a record, messages in `language`.
        public init(_ r: InspectionRecord, language: Language) {
            path = r.path
            sha256 = r.sha256
            format = r.format
            rubric = r.rubricID
            applied = r.applied
            units = r.units
            issues = r.findings.map { JSONSummary.issue($0, language: language) }
        }

        public func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(path, forKey: .path)
            try c.encode(sha256, forKey: .sha256)
            try c.encodeNullable(format, forKey: .format)
            try c.encodeNullable(rubric, forKey: .rubric)
            try c.encode(applied, forKey: .applied)
            try c.encode(units, forKey: .units)
            try c.encode(issues, forKey: .issues)
        }
        enum CodingKeys: String, CodingKey { case path, sha256, format, rubric, applied, units, issues }
    }
}
