import Scoring

/// The words of the workbook sent back to a unit that must fix something (`--return-dir`).
public enum ReturnListText: CatalogMessage {
    case title
    /// The document's title (File › Properties): the unit's name.
    case documentTitle(unit: String)
    /// Whom the list is addressed to.
    case to(unit: String, code: String?)
    case fileReceived(String)
    /// What was found and what follows from it (`outcome`).
    case checked(errors: Int, warnings: Int, outcome: Outcome)
    case pleaseCorrect, nothingToFix

    /// Whether the unit is ranked.
    public enum Outcome: Sendable, Hashable {
        /// Errors keep it out of the ranking.
        case notRankedUntilFixed
        /// No error, but not eligible, for these reasons (already joined).
        case notEligible(String)
        case ranked
    }

    public var vi: String {
        switch self {
        case .title: "Nội dung cần sửa trong bảng tự chấm điểm thi đua"
        case .documentTitle(let unit): "Nội dung cần sửa – " + unit
        case .to(let unit, let code): "Kính gửi: " + unit + (code.map { " (mã \($0))" } ?? "")
        case .fileReceived(let file): "Tệp đã nhận: " + file
        case .checked(let errors, let warnings, let outcome):
            "Kết quả kiểm tra: \(Wording.count(errors, .vi)) lỗi, \(Wording.count(warnings, .vi)) cảnh báo. " + {
                switch outcome {
                case .notRankedUntilFixed: "Đơn vị chưa được xếp hạng cho đến khi sửa hết lỗi."
                case .notEligible(let why): "Đơn vị chưa đủ điều kiện xếp hạng, xét khen thưởng: " + why + "."
                case .ranked: "Đơn vị đã được xếp hạng; đề nghị kiểm tra lại các cảnh báo."
                }
            }()
        case .pleaseCorrect: "Đề nghị đơn vị sửa trên chính tệp đã gửi, đúng ô được chỉ ra dưới đây, rồi gửi lại tệp."
        case .nothingToFix: "Không có nội dung cần sửa."
        }
    }

    public var en: String {
        switch self {
        case .title: "What to fix in the self-scoring sheet"
        case .documentTitle(let unit): "Fixes needed – " + unit
        case .to(let unit, let code): "To: " + unit + (code.map { " (code \($0))" } ?? "")
        case .fileReceived(let file): "File received: " + file
        case .checked(let errors, let warnings, let outcome):
            "Checked: \(Wording.count(errors, .en)) error(s), \(Wording.count(warnings, .en)) warning(s). " + {
                switch outcome {
                case .notRankedUntilFixed: "The unit is not ranked until every error is fixed."
                case .notEligible(let why): "The unit cannot be ranked or proposed: " + why + "."
                case .ranked: "The unit is ranked; please check the warnings."
                }
            }()
        case .pleaseCorrect: "Please correct the file you sent, in the cells shown below, and send it again."
        case .nothingToFix: "Nothing to fix."
        }
    }
}
