import SheetModel

/// How a submission's period compares with the plan's.
public enum PeriodCheck: String, Sendable, Hashable, CaseIterable {
    /// The plan's period (its label or another spelling of the same months).
    case matches
    /// Not filled in: counts as the plan's.
    case missing
    /// Another period (another plan's).
    case differs
    /// Text from which no months or years could be read.
    case unreadable

    /// True when the submission counts as being for the plan's period.
    public var isPlanPeriod: Bool { self != .differs }
}

/// Reading the period (Kỳ thi đua) a submission says it is for.
public enum PeriodParser {
    /// Compares a cell with the plan's period: its label, or spellings such as
    /// `6/2023 - 6/2024`, `06/2023–06/2024`, `2023-2024`, `2023-06 đến 2024-06`,
    /// `Tháng 6/2023 đến tháng 6/2024`, `Từ tháng 6 năm 2023 đến tháng 6 năm 2024`.
    public static func check(_ value: CellValue, against plan: Period) -> PeriodCheck {
        let text = value.displayText.trimmingWhitespace()
        if text.isEmpty { return .missing }
        if NameKey.matching(text) == NameKey.matching(plan.label) { return .matches }
        guard let from = month(plan.from), let to = month(plan.to),
              let (start, end) = endpoints(text) else { return .unreadable }
        func same(_ e: (year: Int, month: Int?), _ p: (year: Int, month: Int)) -> Bool {
            e.year == p.year && (e.month == nil || e.month == p.month)
        }
        return same(start, from) && same(end, to) ? .matches : .differs
    }

    /// First and last (year, month?) written in a period text.
    static func endpoints(_ text: String) -> ((year: Int, month: Int?), (year: Int, month: Int?))? {
        let numbers = DateParser.integers(in: text)
        guard let first = numbers.first else { return nil }
        var points: [(year: Int, month: Int?)] = []
        var i = 0
        let yearFirst = first.digits == 4
        while i < numbers.count {
            let n = numbers[i]
            if n.digits == 4 {
                // ISO order (2023-06): a month may follow the year.
                if yearFirst, i + 1 < numbers.count, numbers[i + 1].digits <= 2, (1...12).contains(numbers[i + 1].value) {
                    points.append((n.value, numbers[i + 1].value)); i += 2; continue
                }
                points.append((n.value, nil)); i += 1; continue
            }
            // Day-month-year order: a month (≤ 12) directly before a year.
            if !yearFirst, (1...12).contains(n.value), i + 1 < numbers.count, numbers[i + 1].digits == 4 {
                points.append((numbers[i + 1].value, n.value)); i += 2; continue
            }
            i += 1
        }
        guard let a = points.first, let b = points.last else { return nil }
        return (a, b)
    }

    static func month(_ yyyymm: String) -> (year: Int, month: Int)? {
        let parts = yyyymm.split(separator: "-")
        guard parts.count == 2, let y = Int(parts[0]), let m = Int(parts[1]) else { return nil }
        return (y, m)
    }
}
