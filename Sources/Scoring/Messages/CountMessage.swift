/// Messages about the counts block and the collective's own rating. Count names are
/// the rubric's labels (never its keys), in their short form inside sentences.
public enum CountMessage: CatalogMessage {
    /// A count that is not a number (`countNotWhole`).
    case notANumber(label: String, written: String)
    /// A count that is a number but not a whole number ≥ 0 (`countNotWhole`).
    case notWhole(label: String, value: Double)
    /// A ratio's numerator above its denominator — pledges above staff (`pledgesAboveStaff`).
    case partAboveWhole(part: String, partValue: Int, whole: String, wholeValue: Int)
    /// A share's counts above their whole — excellent + good above staff (`ratedAboveStaff`).
    case sumAboveWhole(parts: [String], sum: Int, whole: String, wholeValue: Int)
    /// The whole of a ratio or share is 0 (`zeroStaff`).
    case zeroWhole(label: String, line: String)
    /// Some but not all counts a line needs are given (`countMissing`); `rating` when the
    /// collective's rating is among the missing.
    case missing(line: String, labels: [String], rating: Bool)
    /// A rating that is none of the levels (`ratingUnreadable`).
    case ratingUnreadable(written: String, levels: [String])

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
            return "\(part) (\(c(p))) lớn hơn \(Wording.lowercasedFirst(whole)) (\(c(w))). "
                + "Kiểm tra và ghi lại hai số liệu này."
        case .sumAboveWhole(let parts, let sum, let whole, let w):
            let names = parts.enumerated().map { $0 == 0 ? $1 : Wording.lowercasedFirst($1) }
            return "\(names.joined(separator: " cộng ")) là \(c(sum)), lớn hơn \(Wording.lowercasedFirst(whole)) "
                + "(\(c(w))). Kiểm tra và ghi lại các số liệu này."
        case .zeroWhole(let label, let line):
            return "\(label) bằng 0 nên không tính được tiêu chí \(line) từ số liệu; điểm tự chấm được giữ "
                + "nguyên. Ghi đúng tổng số."
        case .missing(let line, let labels, let rating):
            let all = labels.map(Wording.lowercasedFirst) + (rating ? ["xếp loại của tập thể"] : [])
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

/// How a line's value was computed from counts, for `computedDiffers`.
public enum Computation: Sendable, Hashable {
    /// `max × numerator / denominator`, with the counts' short labels.
    case ratio(numerator: String, numeratorValue: Int, denominator: String, denominatorValue: Int,
               max: Double, value: Double)
    /// Every condition of a threshold line, in rubric order.
    case threshold([ThresholdCheck])

    /// "số bản cam kết / tổng số = 25/40; 25/40 × 8 = 5".
    public var vi: String { text(.vi) }
    /// "pledges signed / staff = 25/40; 25/40 × 8 = 5".
    public var en: String { text(.en) }

    func text(_ l: Language) -> String {
        switch self {
        case .ratio(let num, let n, let den, let d, let max, let value):
            let counts = "\(Wording.count(n, l))/\(Wording.count(d, l))"
            return "\(num) / \(den) = \(counts); \(counts) × \(Wording.number(max, l)) = \(Wording.number(value, l))"
        case .threshold(let checks):
            return checks.map { $0.text(l) }.joined(separator: "; ")
        }
    }
}

/// One condition of a threshold line and whether it holds.
public enum ThresholdCheck: Sendable, Hashable {
    /// The collective's rating against the level it must reach (labels).
    case rating(have: String, need: String, met: Bool)
    /// A share: the parts' short labels over the whole's, their values, the bound (0.2 = 20%).
    case share(parts: [String], whole: String, sum: Int, of: Int, atLeast: Double, met: Bool)

    func text(_ l: Language) -> String {
        switch self {
        case .rating(let have, let need, let met):
            let rating = l == .vi ? "xếp loại" : "rating"
            return "\(rating) \(have) \(met ? "≥" : "<") \(need)"
        case .share(let parts, let whole, let sum, let of, let atLeast, let met):
            let top = parts.count == 1 ? parts[0] : "(" + parts.joined(separator: " + ") + ")"
            let share = of == 0 ? 0 : Double(sum) / Double(of)
            return "\(top) / \(whole) = \(Wording.count(sum, l))/\(Wording.count(of, l)) = "
                + "\(Wording.percent(share, l)) \(met ? "≥" : "<") \(Wording.percent(atLeast, l))"
        }
    }
}
