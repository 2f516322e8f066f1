/// A calendar date and optional time of day, without a time zone.
///
/// Spreadsheet dates are wall-clock values; keeping them as fields (not `Date`)
/// means no process time zone ever shifts a day.
public struct DateTimeValue: Sendable, Hashable, Codable, Comparable, CustomStringConvertible {
    public var year: Int
    public var month: Int { get { Int(m) } set { m = Int16(clamping: newValue) } }
    public var day: Int { get { Int(d) } set { d = Int16(clamping: newValue) } }
    public var hour: Int { get { Int(h) } set { h = Int16(clamping: newValue) } }
    public var minute: Int { get { Int(mi) } set { mi = Int16(clamping: newValue) } }
    public var second: Int { get { Int(s) } set { s = Int16(clamping: newValue) } }
    // Two bytes each: every cell of every grid holds a `CellValue`, whose largest case this
    // is — 56 bytes with six `Int`s, 24 now (the size of its text case).
    private var m, d, h, mi, s: Int16

    /// Creates a date-time; fields are not range-checked here (beyond ±32,767 for all but
    /// the year, which no caller comes near: they come from calendar arithmetic or checked text).
    public init(year: Int, month: Int, day: Int, hour: Int = 0, minute: Int = 0, second: Int = 0) {
        self.year = year
        m = Int16(clamping: month); d = Int16(clamping: day)
        h = Int16(clamping: hour); mi = Int16(clamping: minute); s = Int16(clamping: second)
    }

    /// True when the value carries no time of day.
    public var isDateOnly: Bool { hour == 0 && minute == 0 && second == 0 }

    /// `YYYY-MM-DD`.
    public var isoDate: String { pad(year, 4) + "-" + pad(month, 2) + "-" + pad(day, 2) }

    /// `YYYY-MM-DDTHH:MM:SS`.
    public var isoDateTime: String {
        isoDate + "T" + pad(hour, 2) + ":" + pad(minute, 2) + ":" + pad(second, 2)
    }

    public var description: String { isDateOnly ? isoDate : isoDateTime }

    public static func < (a: Self, b: Self) -> Bool {
        (a.year, a.month, a.day, a.hour, a.minute, a.second)
            < (b.year, b.month, b.day, b.hour, b.minute, b.second)
    }

    private func pad(_ n: Int, _ width: Int) -> String {
        let s = String(n)
        return s.count >= width ? s : String(repeating: "0", count: width - s.count) + s
    }
}

/// What one cell holds, as a value: errors and emptiness are data, not exceptions.
public enum CellValue: Sendable, Hashable, Codable {
    /// No value (also a formula without a cached result).
    case empty
    /// Text, NFC-normalised by the reader.
    case text(String)
    /// A finite number.
    case number(Double)
    /// TRUE / FALSE.
    case bool(Bool)
    /// A date or date-time (from a date number format, an ISO `d` cell, …).
    case date(DateTimeValue)
    /// A cell error such as `#DIV/0!` or `#N/A`.
    case error(String)

    /// True for `.empty` and for text that is only whitespace.
    public var isBlank: Bool {
        switch self {
        case .empty: return true
        case .text(let s): return s.allSatisfy { $0.isWhitespace }
        default: return false
        }
    }

    /// The text a person would see, roughly: numbers without a trailing `.0`.
    public var displayText: String {
        switch self {
        case .empty: return ""
        case .text(let s): return s
        case .number(let d): return CellValue.format(d)
        case .bool(let b): return b ? "TRUE" : "FALSE"
        case .date(let d): return d.description
        case .error(let e): return e
        }
    }

    /// Formats a number the short way: `7`, `7.5`, `0.25`.
    public static func format(_ d: Double) -> String {
        if d == d.rounded(), abs(d) < 1e15 { return String(Int64(d)) }
        return String(d)
    }
}

/// One cell: its value and whether a formula produced it.
public struct Cell: Sendable, Hashable {
    /// The value (the cached result for a formula; `.empty` when none was cached).
    public var value: CellValue
    /// True when the cell held a formula.
    public var isFormula: Bool

    public init(_ value: CellValue, isFormula: Bool = false) {
        self.value = value
        self.isFormula = isFormula
    }

    /// The empty cell.
    public static let empty = Cell(.empty)
}
