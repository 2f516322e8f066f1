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
        guard n.isFinite, n >= 1 else { return nil }
        return DateTimeValue(excelSerial: n.rounded(.down), date1904: false)
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
}
