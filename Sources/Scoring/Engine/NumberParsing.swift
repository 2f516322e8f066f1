import SheetModel

/// A number read from a cell, or why it could not be read.
public enum ParsedNumber: Sendable, Hashable {
    /// The cell was empty (or only spaces).
    case empty
    case value(Double)
    /// Text, a date, TRUE/FALSE or a cell error where a number belongs (the value shown).
    case notANumber(String)
    /// Thousands grouping or decimal separator cannot be told apart (`1.234`).
    case ambiguous(String)

    /// The number, when read.
    public var value: Double? { if case .value(let d) = self { return d }; return nil }
}

/// A whole count (staff, pledges…) read from a cell.
public enum ParsedCount: Sendable, Hashable {
    case empty
    case value(Int)
    case notANumber(String)
    case ambiguous(String)
    /// A number, but negative or with a fraction.
    case notWhole(Double)

    /// The count, when read.
    public var value: Int? { if case .value(let n) = self { return n }; return nil }
}

/// Typing of cell values the way Vietnamese offices write them (SPEC §3.4).
public enum FieldParser {
    /// A number from a cell: numbers as they are, text with a decimal comma or point.
    public static func number(_ value: CellValue) -> ParsedNumber {
        switch value {
        case .empty: return .empty
        case .number(let d): return d.isFinite ? .value(d) : .notANumber(value.displayText)
        case .text(let s): return number(text: s)
        case .bool, .date, .error: return .notANumber(value.displayText)
        }
    }

    /// A number from text: `7,5` and `7.5` are 7.5; `1.234` is ambiguous; `1,234`
    /// is 1.234 (a lone comma is a decimal comma); anything else is not a number.
    public static func number(text raw: String) -> ParsedNumber {
        let s = raw.trimmingWhitespace().replacingNoBreakSpaces()
        if s.isEmpty { return .empty }
        var body = Substring(s)
        var negative = false
        if let f = body.first, f == "-" || f == "+" || f == "−" {
            negative = f != "+"
            body = body.dropFirst().drop { $0 == " " }
        }
        guard !body.isEmpty, body.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == "." || $0 == ",") }),
              body.contains(where: \.isNumber) else { return .notANumber(raw) }
        let dots = body.filter { $0 == "." }.count, commas = body.filter { $0 == "," }.count
        if dots + commas > 1 { return .ambiguous(raw) }
        var normalized = String(body)
        if commas == 1 {
            normalized = normalized.replacingCharacter(",", with: ".")
        } else if dots == 1 {
            let parts = normalized.split(separator: ".", omittingEmptySubsequences: false)
            let whole = parts[0], fraction = parts[1]
            // "1.234" could be one thousand two hundred thirty-four (vi grouping).
            if fraction.count == 3, !whole.isEmpty, whole.count <= 3, whole != "0" {
                return .ambiguous(raw)
            }
        }
        if normalized.hasPrefix(".") { normalized = "0" + normalized }
        if normalized.hasSuffix(".") { normalized += "0" }
        guard let d = Double(normalized), d.isFinite else { return .notANumber(raw) }
        return .value(negative ? -d : d)
    }

    /// A whole count ≥ 0.
    public static func count(_ value: CellValue) -> ParsedCount {
        switch number(value) {
        case .empty: return .empty
        case .notANumber(let s): return .notANumber(s)
        case .ambiguous(let s): return .ambiguous(s)
        case .value(let d):
            guard d >= 0, d == d.rounded(), d < 1e12 else { return .notWhole(d) }
            return .value(Int(d))
        }
    }

    /// Yes / no: có, không, x, yes, no, true, false, 1, 0 (any case, with or
    /// without diacritics); nil when empty or unreadable (see `yesNoReadable`).
    public static func yesNo(_ value: CellValue) -> Bool? {
        switch value {
        case .bool(let b): return b
        case .number(let d): return d == 1 ? true : d == 0 ? false : nil
        case .text(let s):
            let key = NameKey.folded(s.trimmingWhitespace())
            if yesWords.contains(key) { return true }
            if noWords.contains(key) { return false }
            return nil
        default: return nil
        }
    }

    /// True when a yes/no cell is empty or holds a readable answer.
    public static func yesNoReadable(_ value: CellValue) -> Bool {
        value.isBlank || yesNo(value) != nil
    }

    private static let yesWords: Set<String> = ["co", "x", "yes", "y", "true", "1", "dung", "v", "dang vien"]
    private static let noWords: Set<String> = ["khong", "k", "no", "n", "false", "0", "sai"]
}

extension String {
    func replacingNoBreakSpaces() -> String {
        String(String.UnicodeScalarView(unicodeScalars.map { $0 == "\u{00A0}" || $0 == "\u{202F}" ? " " : $0 }))
    }

    func replacingCharacter(_ old: Character, with new: Character) -> String {
        String(map { $0 == old ? new : $0 })
    }
}
