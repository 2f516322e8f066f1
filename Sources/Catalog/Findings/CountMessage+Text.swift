import Scoring

/// The counts block's messages in Vietnamese and English.
extension CountMessage: CatalogMessage {
    public var vi: String {
        func c(_ n: Int) -> String { Wording.count(n, .vi) }
        switch self {
        case .notANumber(let label, let written):
            return "\(label): \(Wording.quote(written)) không phải là số. Ghi số người bằng chữ số (số nguyên, "
                + "từ 0 trở lên), không kèm chữ hay dấu phân cách hàng nghìn."
        case .notWhole(let label, let value):
            return "\(label): \(Wording.number(value, .vi)) không phải số nguyên không âm. "
                + "Ghi số người (số nguyên, từ 0 trở lên)."
        case .partAboveWhole(let part, let p, let whole, let w):
            return "\(part) (\(c(p))) lớn hơn \(FirstLetter.lowercased(whole)) (\(c(w))). "
                + "Kiểm tra và ghi lại hai số liệu này."
        case .sumAboveWhole(let parts, let sum, let whole, let w):
            let names = parts.enumerated().map { $0 == 0 ? $1 : FirstLetter.lowercased($1) }
            return "\(names.joined(separator: " cộng ")) là \(c(sum)), lớn hơn \(FirstLetter.lowercased(whole)) "
                + "(\(c(w))). Kiểm tra và ghi lại các số liệu này."
        case .zeroWhole(let label, let line):
            return "\(label) bằng 0 nên không tính được tiêu chí \(line) từ số liệu; điểm tự chấm được giữ "
                + "nguyên. Ghi đúng tổng số."
        case .missing(let line, let labels, let rating):
            let all = labels.map(FirstLetter.lowercased) + (rating ? ["xếp loại của tập thể"] : [])
            return "Tiêu chí \(line) được tính từ số liệu nhưng còn thiếu \(Wording.list(all, .vi)). "
                + "Ghi đủ số liệu; khi còn thiếu, điểm tự chấm được giữ nguyên."
        case .ratingUnreadable(let written, let levels):
            return "Không đọc được xếp loại \(Wording.quote(written)). Chọn một trong các mức: "
                + "\(Wording.quotedChoices(levels, .vi))."
        }
    }

    public var en: String {
        func c(_ n: Int) -> String { Wording.count(n, .en) }
        switch self {
        case .notANumber(let label, let written):
            return "\(label): \(Wording.quote(written)) is not a number. Enter the number of people in digits "
                + "(a whole number ≥ 0), without words or thousands separators."
        case .notWhole(let label, let value):
            return "\(label): \(Wording.number(value, .en)) is not a whole number ≥ 0. Enter the number of people."
        case .partAboveWhole(let part, let p, let whole, let w):
            return "\(part) (\(c(p))) is more than \(whole) (\(c(w))). Check and correct both counts."
        case .sumAboveWhole(let parts, let sum, let whole, let w):
            return "\(parts.joined(separator: " + ")) = \(c(sum)), more than \(whole) (\(c(w))). "
                + "Check and correct these counts."
        case .zeroWhole(let label, let line):
            return "\(label) is 0, so line \(line) cannot be computed from counts; the claimed points stand. "
                + "Enter the right total."
        case .missing(let line, let labels, let rating):
            let all = labels + (rating ? ["the collective's rating"] : [])
            return "Line \(line) is computed from counts but \(Wording.list(all, .en)) "
                + "\(all.count == 1 ? "is" : "are") missing. Fill them in; until then the claimed points stand."
        case .ratingUnreadable(let written, let levels):
            return "The rating \(Wording.quote(written)) cannot be read. Choose one of: "
                + "\(Wording.quotedChoices(levels, .en))."
        }
    }
}
