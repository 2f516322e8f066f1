import Scoring

/// The prompts of the template's inputs (data validation): the title and message shown
/// when a cell is selected, and the alert's title and message on a wrong entry.
public enum TemplatePrompt: CatalogMessage {
    case unitNameTitle, unitNameMessage, unitCodeTitle, unitCodeMessage
    case unitTypeTitle, unitTypeMessage(types: [String]), unitTypeErrorTitle, unitTypeError
    case dateTitle, dateMessage, dateErrorTitle
    /// Dates as `dd/mm/yyyy`.
    case dateError(from: String, to: String)
    case preparerTitle, preparerMessage, phoneTitle, phoneMessage
    case claimedTitle(max: Double), claimedMessage(ItemKind, max: Double), invalidPointsTitle
    case claimedError(line: String, max: Double)
    case verifiedTitle, verifiedMessage(max: Double), verifiedError(line: String, max: Double)
    case evidenceTitle, evidenceMessage, noteTitle, noteMessage
    case countTitle, countMessage, countErrorTitle, countError
    case ratingTitle, ratingMessage, ratingErrorTitle, ratingError
    case nameTitle, nameMessage, positionTitle, positionMessage, achievementsTitle, achievementsMessage
    case partyMemberTitle, partyMemberMessage(yes: String, no: String), invalidTitle, partyMemberError(yes: String, no: String)

    public var vi: String {
        func n(_ x: Double) -> String { Wording.number(x, .vi) }
        switch self {
        case .unitNameTitle: return "Tên đơn vị"
        case .unitNameMessage: return "Ghi đầy đủ tên đơn vị như trong danh sách của cơ quan tổng hợp."
        case .unitCodeTitle: return "Mã đơn vị"
        case .unitCodeMessage: return "Ghi mã đơn vị do cơ quan tổng hợp cấp (nếu có)."
        case .unitTypeTitle: return "Loại đơn vị"
        case .unitTypeMessage(let types): return "Chọn trong danh sách: " + types.joined(separator: "; ") + "."
        case .unitTypeErrorTitle: return "Loại đơn vị không hợp lệ"
        case .unitTypeError: return "Chỉ chọn một loại trong danh sách thả xuống."
        case .dateTitle: return "Ngày lập"
        case .dateMessage: return "Nhập ngày dạng ngày/tháng/năm, ví dụ 05/01/2024."
        case .dateErrorTitle: return "Ngày không hợp lệ"
        case .dateError(let from, let to): return "Nhập một ngày từ \(from) đến \(to), dạng ngày/tháng/năm."
        case .preparerTitle: return "Người lập"
        case .preparerMessage: return "Họ và tên, chức vụ người lập bảng."
        case .phoneTitle: return "Điện thoại"
        case .phoneMessage: return "Số điện thoại liên hệ khi cần làm rõ số liệu."
        case .claimedTitle(let max): return "Điểm tự chấm (tối đa \(n(max)))"
        case .claimedMessage(let kind, let max):
            let hint = switch kind {
            case .binary: "Đạt: ghi \(n(max)); không đạt: ghi 0."
            case .graded: "Ghi điểm từ 0 đến \(n(max))."
            case .ratio: "Ghi điểm từ 0 đến \(n(max)); điểm được tính lại theo phần Số liệu."
            case .threshold: "Đạt: ghi \(n(max)); không đạt: ghi 0. Được đối chiếu với phần Số liệu."
            }
            return hint + " Dùng dấu phẩy hoặc dấu chấm cho số lẻ."
        case .invalidPointsTitle: return "Điểm không hợp lệ"
        case .claimedError(let line, let max): return "Điểm dòng \(line) phải là số từ 0 đến \(n(max))."
        case .verifiedTitle: return "Dành cho Đoàn kiểm tra"
        case .verifiedMessage(let max): return "Đơn vị không ghi vào cột này. Đoàn kiểm tra ghi điểm từ 0 đến \(n(max))."
        case .verifiedError(let line, let max): return "Điểm kiểm tra dòng \(line) phải là số từ 0 đến \(n(max))."
        case .evidenceTitle: return "Minh chứng"
        case .evidenceMessage:
            return "Ghi số, ký hiệu, ngày văn bản hoặc hồ sơ chứng minh. Dòng có điểm mà không có minh chứng sẽ được tính 0 điểm."
        case .noteTitle: return "Ghi chú"
        case .noteMessage: return "Giải trình thêm (nếu có)."
        case .countTitle: return "Số liệu"
        case .countMessage: return "Ghi số nguyên (0, 1, 2, …), không ghi chữ hay dấu chấm phân cách."
        case .countErrorTitle: return "Số liệu không hợp lệ"
        case .countError: return "Chỉ ghi số nguyên từ 0 trở lên."
        case .ratingTitle: return "Tự xếp loại"
        case .ratingMessage: return "Chọn mức xếp loại cuối năm của tập thể trong danh sách."
        case .ratingErrorTitle: return "Xếp loại không hợp lệ"
        case .ratingError: return "Chỉ chọn một mức trong danh sách thả xuống."
        case .nameTitle: return "Họ và tên"
        case .nameMessage: return "Mỗi người một dòng; ghi đầy đủ họ và tên."
        case .positionTitle: return "Chức vụ"
        case .positionMessage: return "Chức vụ, đơn vị công tác."
        case .achievementsTitle: return "Thành tích"
        case .achievementsMessage: return "Tóm tắt thành tích tiêu biểu."
        case .partyMemberTitle: return "Đảng viên"
        case .partyMemberMessage(let yes, let no): return "Chọn \(yes) hoặc \(no)."
        case .invalidTitle: return "Không hợp lệ"
        case .partyMemberError(let yes, let no): return "Chỉ chọn \(yes) hoặc \(no)."
        }
    }

    public var en: String {
        func n(_ x: Double) -> String { Wording.number(x, .en) }
        switch self {
        case .unitNameTitle: return "Unit name"
        case .unitNameMessage: return "The unit's full name, as on the consolidating office's list."
        case .unitCodeTitle: return "Unit code"
        case .unitCodeMessage: return "The code the consolidating office gave the unit (if any)."
        case .unitTypeTitle: return "Unit type"
        case .unitTypeMessage(let types): return "Choose from the list: " + types.joined(separator: "; ") + "."
        case .unitTypeErrorTitle: return "Invalid unit type"
        case .unitTypeError: return "Choose one type from the drop-down list."
        case .dateTitle: return "Date"
        case .dateMessage: return "Enter the date as day/month/year, e.g. 05/01/2024."
        case .dateErrorTitle: return "Invalid date"
        case .dateError(let from, let to): return "Enter a date from \(from) to \(to), as day/month/year."
        case .preparerTitle: return "Prepared by"
        case .preparerMessage: return "Full name and position of who prepared the sheet."
        case .phoneTitle: return "Phone"
        case .phoneMessage: return "A phone number to call when figures need explaining."
        case .claimedTitle(let max): return "Claimed points (max \(n(max)))"
        case .claimedMessage(let kind, let max):
            let hint = switch kind {
            case .binary: "Met: enter \(n(max)); not met: enter 0."
            case .graded: "Enter points from 0 to \(n(max))."
            case .ratio: "Enter points from 0 to \(n(max)); they are computed again from the counts."
            case .threshold: "Met: enter \(n(max)); not met: enter 0. Checked against the counts."
            }
            return hint + " Use a comma or a point for decimals."
        case .invalidPointsTitle: return "Invalid points"
        case .claimedError(let line, let max): return "Points of line \(line) must be a number from 0 to \(n(max))."
        case .verifiedTitle: return "For the inspection team"
        case .verifiedMessage(let max): return "The unit leaves this column blank. The inspection team enters points from 0 to \(n(max))."
        case .verifiedError(let line, let max): return "Verified points of line \(line) must be a number from 0 to \(n(max))."
        case .evidenceTitle: return "Evidence"
        case .evidenceMessage:
            return "The number, reference and date of the document or record proving the points. A line with points and no evidence scores 0."
        case .noteTitle: return "Note"
        case .noteMessage: return "Further explanation (if any)."
        case .countTitle: return "Counts"
        case .countMessage: return "A whole number (0, 1, 2, …), without words or thousands separators."
        case .countErrorTitle: return "Invalid count"
        case .countError: return "Only a whole number from 0 up."
        case .ratingTitle: return "Own rating"
        case .ratingMessage: return "Choose the collective's year-end rating from the list."
        case .ratingErrorTitle: return "Invalid rating"
        case .ratingError: return "Choose one level from the drop-down list."
        case .nameTitle: return "Full name"
        case .nameMessage: return "One person a row; their full name."
        case .positionTitle: return "Position"
        case .positionMessage: return "Position and workplace."
        case .achievementsTitle: return "Achievements"
        case .achievementsMessage: return "A summary of outstanding achievements."
        case .partyMemberTitle: return "Party member"
        case .partyMemberMessage(let yes, let no): return "Choose \(yes) or \(no)."
        case .invalidTitle: return "Invalid"
        case .partyMemberError(let yes, let no): return "Choose only \(yes) or \(no)."
        }
    }
}
