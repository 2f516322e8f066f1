import Catalog
import Scoring

/// The audit sheet's ("Nguồn") lines about the inspection form read with `--inspected`:
/// its file, SHA-256 and what it gave, so the report says where verified points came from.
enum InspectionFacts {
    static func rows(_ form: InspectionRecord?, _ t: Words) -> [(String, String, ReportStyle)] {
        guard let form else { return [] }
        return [
            (t(AuditText.inspectionForm), form.path, .cell),
            (t(AuditText.inspectionSHA256), form.sha256, .hash),
            (t(AuditText.verifiedApplied), t(AuditText.applied(lines: form.applied, units: form.units)), .cell),
        ]
    }
}
