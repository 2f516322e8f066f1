import Scoring

/// `consolidate --json`'s `inspection`: the form read with `--inspected` — its file,
/// hash and format, the rubric id its hidden sheet names (null for a CSV export), how
/// many verified points it gave to how many units, and its issues.
enum InspectionJSON {
    static let members = JSONMembers<InspectionRecord>(sortedByKey: [
        .string("path") { $0.path },
        .string("sha256") { $0.sha256 },
        .string("format") { $0.format },
        .string("rubric") { $0.rubricID },
        .number("applied") { $0.applied },
        .number("units") { $0.units },
        .list("issues", IssueJSON.members) { $0.findings },
    ])
}
