import Scoring

/// The header block's and the nominees' messages in Vietnamese and English.
extension HeaderMessage: CatalogMessage {
    public var vi: String {
        func q(_ s: String) -> String { Wording.quote(s) }
        switch self {
        case .unitNameMissing(let label):
            return "Chưa ghi tên đơn vị. Ghi tên đơn vị vào ô \(q(label))."
        case .unitTypeUnknown(let written, let types):
            return "Loại đơn vị \(q(written)) không có trong danh mục. Chọn một trong các loại: "
                + "\(Wording.quotedChoices(types, .vi))."
        case .periodMismatch(let written, let plan):
            return "Kỳ thi đua \(q(written)) không phải kỳ của kế hoạch (\(FirstLetter.lowercased(plan))); "
                + "đơn vị không được xét khen thưởng. Kiểm tra lại có dùng đúng mẫu của kế hoạch này không; "
                + "nếu đúng, sửa kỳ thi đua."
        case .periodUnreadable(let written, let plan):
            return "Không đọc được kỳ thi đua \(q(written)). Ghi \(q(plan))."
        case .dateUnreadable(let written):
            return "Không đọc được ngày lập \(q(written)). Ghi ngày theo dạng ngày/tháng/năm, ví dụ 05/01/2024."
        case .nomineeNameMissing:
            return "Dòng đề nghị khen thưởng cá nhân chưa có họ và tên. Ghi họ tên hoặc xóa dòng."
        case .partyMemberUnclear(let name, let written, let yes, let no):
            return "Cột Đảng viên của \(name): \(q(written)) không rõ. Ghi \(q(yes)) hoặc \(q(no))."
        }
    }

    public var en: String {
        func q(_ s: String) -> String { Wording.quote(s) }
        switch self {
        case .unitNameMissing(let label):
            return "The unit's name is missing. Enter it in the \(q(label)) (unit name) cell."
        case .unitTypeUnknown(let written, let types):
            return "Unit type \(q(written)) is not one of the plan's. Choose one of: \(Wording.quotedChoices(types, .en))."
        case .periodMismatch(let written, let plan):
            return "Period \(q(written)) is not the plan's (\(plan)); the unit cannot be proposed for an award. "
                + "Check the template is this plan's; if so, correct the period."
        case .periodUnreadable(let written, let plan):
            return "The period \(q(written)) cannot be read. Write \(q(plan))."
        case .dateUnreadable(let written):
            return "The date \(q(written)) cannot be read. Write it as day/month/year, e.g. 05/01/2024."
        case .nomineeNameMissing:
            return "A nominee row has no name. Enter the name or delete the row."
        case .partyMemberUnclear(let name, let written, let yes, let no):
            return "Party member for \(name): \(q(written)) is unclear. Write \(q(yes)) (yes) or \(q(no)) (no)."
        }
    }
}
