import Scoring

/// How a line was computed from counts, in words and numbers.
extension Computation {
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

/// One condition of a threshold line in words and numbers.
extension ThresholdCheck {
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
