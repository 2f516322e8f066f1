import Scoring

/// The audit sheet's ("Nguồn") lines about the inspection form read with `--inspected`:
/// its file, SHA-256 and what it gave, so the report says where verified points came from.
enum InspectionFacts {
    static func rows(_ form: InspectionRecord?, _ t: ReportText) -> [(String, String, ReportStyle)] {
        guard let form else { return [] }
        return [
            (t("Phiếu kiểm tra (điểm kiểm tra)", "Inspection form (verified points)"), form.path, .cell),
            (t("SHA-256 của phiếu kiểm tra", "Inspection form SHA-256"), form.sha256, .hash),
            (t("Điểm kiểm tra đã áp dụng", "Verified points applied"),
             t("\(form.applied) dòng của \(form.units) đơn vị", "\(form.applied) line(s) of \(form.units) unit(s)"), .cell),
        ]
    }
}
