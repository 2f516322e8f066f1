/// The plan's own words a rubric file may leave out: the national heading of Party
/// documents, the four rating levels, the period's label and what units write when they
/// have no evidence. They are data of the seed plan (printed on templates and reports
/// as they are), not sentences of thidua's.
public enum RubricDefaults {
    /// The national heading of Party documents.
    public static let nationalHeading = "ĐẢNG CỘNG SẢN VIỆT NAM"

    /// The four rating levels of Party and civil-service assessment, best first.
    public static let ratings = [
        RatingLevel(code: "excellent", label: "Hoàn thành xuất sắc nhiệm vụ"),
        RatingLevel(code: "good", label: "Hoàn thành tốt nhiệm vụ"),
        RatingLevel(code: "done", label: "Hoàn thành nhiệm vụ"),
        RatingLevel(code: "notDone", label: "Không hoàn thành nhiệm vụ"),
    ]

    /// The period's label when the rubric gives none: "Từ tháng 1 năm 2024 đến tháng 6 năm 2024".
    public static func periodLabel(from: (year: Int, month: Int), to: (year: Int, month: Int)) -> String {
        "Từ tháng \(from.month) năm \(from.year) đến tháng \(to.month) năm \(to.year)"
    }

    /// What units write in the evidence column when they have none, in the seed plan.
    public static let noEvidence = [
        "không", "không có", "chưa có", "chưa", "không có minh chứng", "chưa có minh chứng",
        "không có hồ sơ", "chưa có hồ sơ", "ko", "k", "kc", "-", "--", "x", "0", "n/a", "na", "…", "...",
    ]
}
