import Catalog
import Scoring

/// SUB of SPEC §9: one submission as `check --json` lists it, and as `consolidate --json`
/// lists it with its standing in the ranking.
public enum SubmissionJSON {
    /// What one SUB is written from: a scored file, a unit of a consolidation, or a file
    /// that never became a submission (unreadable, unsupported).
    public struct Source: Sendable {
        let file: String
        let format: String?
        /// The unit's code, name and type.
        let unit: UnitJSON.Source
        /// nil for a file that was not read as a submission.
        let result: UnitResult?
        let findings: [Finding]
        /// What `consolidate` adds; nil in `check`.
        let standing: Standing?

        /// A file `check` scored; `format` from the reader.
        public static func scored(_ r: UnitResult, format: String?) -> Source {
            Source(file: r.file, format: format, unit: (r.unit.code, r.unit.name, r.unit.type), result: r,
                   findings: r.findings, standing: nil)
        }

        /// A unit of a consolidation: its identity, findings and standing are the consolidation's.
        public static func consolidated(_ u: ConsolidatedUnit, format: String?) -> Source {
            Source(file: u.result.file, format: format, unit: (u.code, u.name, u.type), result: u.result,
                   findings: u.findings, standing: .ranked(u))
        }

        /// A file that was not read as a submission (unreadable, unsupported).
        public static func unread(_ record: FileRecord) -> Source { unread(record, ranked: false) }

        /// An unread file; `ranked` when `consolidate` lists it, with the standing of a file
        /// that never became a submission.
        static func unread(_ record: FileRecord, ranked: Bool) -> Source {
            Source(file: record.path, format: record.format, unit: (nil, nil, nil), result: nil,
                   findings: record.findings, standing: ranked ? .unread(record.reason) : nil)
        }

        /// `invalid` for an unread file or one with an error, else `valid`.
        var status: String {
            result == nil || findings.contains { $0.severity == .error } ? "invalid" : "valid"
        }
    }

    /// A consolidated submission's standing.
    enum Standing: Sendable {
        case ranked(ConsolidatedUnit)
        /// A file that never became a submission, and why.
        case unread(Message?)

        var unit: ConsolidatedUnit? {
            if case .ranked(let u) = self { return u }
            return nil
        }
    }

    /// SUB's members for `rubric`; with `ranked`, also what `consolidate` adds.
    static func members(_ rubric: Rubric, ranked: Bool) -> JSONMembers<Source> {
        let counts = CountsJSON.members(rubric)
        let sub: [JSONMember<Source>] = [
            .string("file") { $0.file },
            .string("format") { $0.format },
            .string("status") { $0.status },
            .object("unit", UnitJSON.members) { $0.unit },
            .string("period") { $0.result?.period },
            .number("claimedTotal") { $0.result?.claimedTotal },
            .number("score") { s -> Double? in
                guard let r = s.result, !r.hasErrors else { return nil }
                return r.score
            },
            .list("items", ItemJSON.members) { $0.result?.lines ?? [] },
            .object("counts", counts) { $0.result },
            .list("nominees", NomineeJSON.members) { $0.result?.nominees ?? [] },
            .list("issues", IssueJSON.members) { $0.findings },
        ]
        return JSONMembers(sortedByKey: ranked ? sub + standing : sub)
    }

    /// What `consolidate --json` adds to SUB.
    private static let standing: [JSONMember<Source>] = [
        .number("rank") { $0.standing?.unit?.rank },
        .bool("eligible") { $0.standing?.unit?.eligible ?? false },
        .strings("ineligibleReasons") { s, language in
            switch s.standing {
            case .ranked(let u): u.ineligibleReasons.map { $0.message.text(language) }
            case .unread(let reason): reason.map { [$0.text(language)] } ?? []
            case nil: []
            }
        },
        // `excellent`, `good`, `fair`; null for a unit tied across a quota boundary.
        .string("award") { $0.standing?.unit?.award?.code },
        .bool("tie") { $0.standing?.unit?.tie ?? false },
        // When `tie`: the level codes the tied units contend for, best first.
        .strings("contends") { s, _ in s.standing?.unit?.contends.map(\.code) ?? [] },
        .bool("superseded") { $0.standing?.unit?.superseded ?? false },
    ]
}

/// SUB's `unit` and an element of `missing`: a unit's code, name and type.
enum UnitJSON {
    typealias Source = (code: String?, name: String?, type: String?)

    static let members = JSONMembers<Source>(sortedByKey: [
        .string("code") { $0.code },
        .string("name") { $0.name },
        .string("type") { $0.type },
    ])
}

/// An element of SUB's `items`: one rubric line as scored.
enum ItemJSON {
    static let members = JSONMembers<ScoredLine>(sortedByKey: [
        .string("code") { $0.code },
        .number("max") { $0.max },
        .number("claimed") { $0.claimed },
        .number("verified") { $0.verified },
        // `file` (the unit's own sheet) or `form` (the inspection form); null without
        // verified points.
        .string("verifiedSource") { $0.verifiedSource?.rawValue },
        .number("score") { $0.score },
    ])
}

/// SUB's `counts`: every count key of the rubric, then `rating`; `null` when unknown
/// (every one for a file that was not read).
enum CountsJSON {
    static func members(_ rubric: Rubric) -> JSONMembers<UnitResult?> {
        // The collective's rating code (`excellent`, `good`, `done`, `notDone`).
        let rating: JSONMember<UnitResult?> = .string("rating") { $0?.rating }
        // A count keyed like the rating would collide with it: the key holds the rating.
        let counts: [JSONMember<UnitResult?>] = rubric.counts.map(\.key).filter { $0 != rating.key.name }.map { key in
            .number(key) { r -> Double? in r?.counts[key].map(Double.init) }
        }
        return JSONMembers(sortedByKey: counts + [rating])
    }
}

/// An element of SUB's `nominees`; an empty cell is `null`.
enum NomineeJSON {
    static let members = JSONMembers<ScoredNominee>(sortedByKey: [
        .string("name") { $0.name.nilIfEmpty },
        .string("position") { $0.position.nilIfEmpty },
        .bool("partyMember") { $0.partyMember },
        .string("achievements") { $0.achievements.nilIfEmpty },
    ])
}

/// An element of SUB's and the inspection's `issues`: one finding, its message in the
/// writer's language.
enum IssueJSON {
    static let members = JSONMembers<Finding>(sortedByKey: [
        .string("severity") { $0.severity.rawValue },
        .string("code") { $0.code.rawValue },
        // `file Sheet!A1`, or just the file.
        .string("location") { $0.location?.description },
        .string("value") { $0.value },
        .localized("message") { f, language in f.text(language) },
        // Technical detail (a library's or the system's text).
        .string("detail") { $0.detail },
    ])
}
