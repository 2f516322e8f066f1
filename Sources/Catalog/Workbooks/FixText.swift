import Scoring

/// The words of the report's findings sheet ("Cần sửa").
public enum FixText: CatalogMessage {
    case title, howItIsGrouped, nothingToFix
    /// A group's title row: the unit or file, its counts and whom to call.
    case group(String, errors: Int, warnings: Int, contact: String?)
    /// Whom to call about a unit: who prepared its sheet, and the phone number.
    case contact(preparer: String?, phone: String?)
    case inspectionForm(path: String)
    case wholeBatch

    public var vi: String {
        switch self {
        case .title: "Danh sách nội dung cần sửa, cần lưu ý"
        case .howItIsGrouped:
            "Mỗi đơn vị một nhóm: lỗi trước, cảnh báo và thông tin sau. Lỗi phải sửa thì đơn vị mới được xếp hạng."
        case .nothingToFix: "Không có nội dung nào cần sửa."
        case .group(let title, let errors, let warnings, let contact):
            title + " — \(Wording.count(errors, .vi)) lỗi, \(Wording.count(warnings, .vi)) cảnh báo"
                + (contact.map { " — " + $0 } ?? "")
        case .contact(let preparer, let phone):
            [preparer.map { "người lập: " + $0 }, phone.map { "điện thoại: " + $0 }].compactMap { $0 }.joined(separator: ", ")
        case .inspectionForm(let path): "Phiếu kiểm tra: " + path
        case .wholeBatch: "Toàn đợt (dành cho Hội đồng)"
        }
    }

    public var en: String {
        switch self {
        case .title: "Findings to fix or note"
        case .howItIsGrouped: "One group per unit: errors first, then warnings and notes. A unit with errors is not ranked until fixed."
        case .nothingToFix: "Nothing to fix."
        case .group(let title, let errors, let warnings, let contact):
            title + " — \(Wording.count(errors, .en)) error(s), \(Wording.count(warnings, .en)) warning(s)"
                + (contact.map { " — " + $0 } ?? "")
        case .contact(let preparer, let phone):
            [preparer.map { "prepared by: " + $0 }, phone.map { "phone: " + $0 }].compactMap { $0 }.joined(separator: ", ")
        case .inspectionForm(let path): "Inspection form: " + path
        case .wholeBatch: "Whole batch (for the council)"
        }
    }
}
