import Scoring

/// The report's sheet names. The report writes them in Vietnamese in every language (charts,
/// formulas and the places findings name refer to them), so `vi` is the name and `en` what
/// it means.
public enum ReportSheetName: String, CatalogMessage, CaseIterable {
    case summary, criteria, proposals, fixes, missing, charts, sources

    public var vi: String {
        switch self {
        case .summary: "Tổng hợp"
        case .criteria: "Chi tiết tiêu chí"
        case .proposals: "Đề nghị khen thưởng"
        case .fixes: "Cần sửa"
        case .missing: "Chưa nộp"
        case .charts: "Biểu đồ"
        case .sources: "Nguồn"
        }
    }

    public var en: String {
        switch self {
        case .summary: "Summary"
        case .criteria: "Criteria"
        case .proposals: "Award proposals"
        case .fixes: "To fix"
        case .missing: "Not submitted"
        case .charts: "Charts"
        case .sources: "Sources"
        }
    }
}
