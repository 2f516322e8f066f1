import SheetModel

/// Reading the sheet's date (Ngày lập).
public enum DateParser {
    /// A date from a cell: a date cell, an Excel serial number (1900 system),
    /// or text `05/01/2024`, `5-1-2024`, `5.1.2024` (day first), `2024-01-05`,
    /// or `ngày 05 tháng 01 năm 2024`. Nil when empty or unreadable.
    public static func date(_ value: CellValue) -> DateTimeValue? {
        switch value {
        case .date(let d): return valid(d.year, d.month, d.day)
        case .number(let n): return serial(n)
        case .text(let s): return date(text: s)
        default: return nil
        }
    }

    /// An Excel 1900-system serial (1 = 1900-01-01; Excel's phantom 1900-02-29 is 60).
    public static func serial(_ n: Double) -> DateTimeValue? {
        guard n.isFinite, n >= 1, n < 2_958_466 else { return nil }
        var days = Int(n.rounded(.down))
        if days >= 60 { days -= 1 }  // skip the 29 February 1900 that never was
        // days since 1899-12-31
        return civil(fromDays: days + daysFromCivil(1899, 12, 31))
    }

    /// A date written as text; nil when it is not one.
    public static func date(text raw: String) -> DateTimeValue? {
        let numbers = integers(in: raw)
        guard numbers.count == 3 else { return nil }
        let (a, b, c) = (numbers[0], numbers[1], numbers[2])
        if a.digits == 4 { return valid(a.value, b.value, c.value) }          // 2024-01-05
        guard c.digits == 4 || c.digits == 2 else { return nil }
        return valid(c.digits == 2 ? 2000 + c.value : c.value, b.value, a.value)  // 05/01/2024
    }

    /// Integers in text, with their digit counts, in order.
    static func integers(in text: String) -> [(value: Int, digits: Int)] {
        var out: [(Int, Int)] = [], current = "", count = 0
        for ch in text {
            if ch.isASCII, ch.isNumber {
                current.append(ch); count += 1
            } else if !current.isEmpty {
                out.append((Int(current) ?? -1, count)); current = ""; count = 0
            }
        }
        if !current.isEmpty { out.append((Int(current) ?? -1, count)) }
        return out
    }

    static func valid(_ y: Int, _ m: Int, _ d: Int) -> DateTimeValue? {
        guard (1900...9999).contains(y), (1...12).contains(m), d >= 1, d <= daysInMonth(y, m) else { return nil }
        return DateTimeValue(year: y, month: m, day: d)
    }

    static func daysInMonth(_ y: Int, _ m: Int) -> Int {
        switch m {
        case 2: return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// Days since 1970-01-01 (Howard Hinnant's algorithm).
    static func daysFromCivil(_ y0: Int, _ m: Int, _ d: Int) -> Int {
        let y = m <= 2 ? y0 - 1 : y0
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146097 + doe - 719468
    }

    static func civil(fromDays z0: Int) -> DateTimeValue {
        let z = z0 + 719468
        let era = (z >= 0 ? z : z - 146096) / 146097
        let doe = z - era * 146097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        return DateTimeValue(year: yoe + era * 400 + (m <= 2 ? 1 : 0), month: m, day: d)
    }
}
