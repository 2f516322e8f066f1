import Scoring

/// The words of the inspection form (phiếu kiểm tra) beyond its column labels
/// (`InspectionFormLabels`, which the form's reader looks for).
public enum FormText: CatalogMessage {
    case title
    /// The document's title (File › Properties): the plan's number.
    case documentTitle(plan: String)
    /// What the team does with the form.
    case howToFill
    case noUnit, headOfTeam, signatureHint
    /// The prompts and alert of the "Điểm kiểm tra" column's validation.
    case verifiedTitle, verifiedPrompt, invalidTitle, invalidMessage

    public var vi: String {
        switch self {
        case .title: "Phiếu kiểm tra kết quả thi đua"
        case .documentTitle(let plan): "Phiếu kiểm tra kết quả thi đua – " + plan
        case .howToFill:
            "Đoàn kiểm tra ghi điểm kiểm tra (từ 0 đến điểm tối đa của dòng, ví dụ 7,5) vào cột \"Điểm kiểm tra\" ở những dòng đã kiểm tra minh chứng, ghi nhận xét vào cột \"Ghi chú\"; dòng chưa kiểm tra để trống. Các cột khác được khóa; có thể lọc, sắp xếp theo đơn vị. Gửi lại tệp này cho Văn phòng để tổng hợp."
        case .noUnit: "Không có đơn vị nào có bài nộp đang được dùng."
        case .headOfTeam: "TRƯỞNG ĐOÀN KIỂM TRA"
        case .signatureHint: "(Ký, ghi rõ họ tên)"
        case .verifiedTitle: "Điểm kiểm tra"
        case .verifiedPrompt:
            "Ghi điểm Đoàn kiểm tra chấm, từ 0 đến điểm tối đa của dòng (cột Điểm tối đa), ví dụ 7,5. Để trống nếu chưa kiểm tra."
        case .invalidTitle: "Điểm kiểm tra không hợp lệ"
        case .invalidMessage: "Điểm kiểm tra phải là số từ 0 đến điểm tối đa của dòng. Ghi lại, ví dụ 7,5."
        }
    }

    public var en: String {
        switch self {
        case .title: "Inspection form"
        case .documentTitle(let plan): "Inspection form – " + plan
        case .howToFill:
            "The inspection team enters verified points (0 to the line's max, e.g. 7.5) in \"Verified\" for each line whose evidence it checked, and remarks in \"Note\"; lines not checked stay blank. Other columns are locked; rows may be filtered and sorted by unit. Send this file back to the office for consolidation."
        case .noUnit: "No unit has a submission in use."
        case .headOfTeam: "HEAD OF THE INSPECTION TEAM"
        case .signatureHint: "(Signature and full name)"
        case .verifiedTitle: "Verified points"
        case .verifiedPrompt:
            "Enter the points the inspection team verified, from 0 to the line's max (the Max column), e.g. 7.5. Leave blank if not checked."
        case .invalidTitle: "Invalid verified points"
        case .invalidMessage: "Verified points must be a number from 0 to the line's max. Enter it again, e.g. 7.5."
        }
    }
}
