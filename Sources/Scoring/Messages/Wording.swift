import SheetModel

/// How the catalog writes numbers, lists, quotes and places in each language: decimal
/// commas and thousands dots in Vietnamese (7,5; 2,86%; 1.234), points and commas in
/// English (7.5; 2.86%; 1,234), and natural joins ("a, b và c").
public enum Wording {
    /// A score or other decimal, at most two decimals: `7,5` / `7.5`.
    public static func number(_ x: Double, _ language: Language) -> String {
        language == .vi ? CellNumber.textVi(x) : CellNumber.text(x)
    }

    /// A whole number with thousands grouping: `1.234` / `1,234`.
    public static func count(_ n: Int, _ language: Language) -> String {
        let digits = String(n.magnitude)
        var out = ""
        for (i, d) in digits.enumerated() {
            if i > 0, (digits.count - i) % 3 == 0 { out += language == .vi ? "." : "," }
            out.append(d)
        }
        return (n < 0 ? "-" : "") + out
    }

    /// A share as a percentage, at most two decimals: `2,86%` / `2.86%`.
    public static func percent(_ share: Double, _ language: Language) -> String {
        number(share * 100, language) + "%"
    }

    /// "a", "a và b", "a, b và c" (English: "a, b and c").
    public static func list(_ items: [String], _ language: Language) -> String {
        let and = language == .vi ? " và " : " and "
        switch items.count {
        case 0: return ""
        case 1: return items[0]
        default: return items.dropLast().joined(separator: ", ") + and + items[items.count - 1]
        }
    }

    /// "a, b hoặc c" (English: "a, b or c").
    public static func alternatives(_ items: [String], _ language: Language) -> String {
        let or = language == .vi ? " hoặc " : " or "
        switch items.count {
        case 0: return ""
        case 1: return items[0]
        default: return items.dropLast().joined(separator: ", ") + or + items[items.count - 1]
        }
    }

    /// Text written by a unit or a rubric, between curly quotes: “Không”; a long text is
    /// quoted by its first 200 characters and "…" (the cell itself names where the rest is).
    public static func quote(_ text: String) -> String {
        "\u{201C}" + ContentLimits.shortened(text) + "\u{201D}"
    }

    /// Each item quoted, then listed as alternatives: “A”, “B” hoặc “C”.
    public static func quotedChoices(_ items: [String], _ language: Language) -> String {
        alternatives(items.map(quote), language)
    }

    /// Where a finding is, for a person: `D19` in the template's scoring sheet (or in a CSV,
    /// whose one sheet is the file), `D19 (trang Hướng dẫn)` in another sheet, `dòng 4` /
    /// `line 4`, or "". Never the `'Sheet'!A1` syntax: that stays in JSON's `location`.
    public static func place(_ location: SourceLocation?, _ language: Language) -> String {
        guard let location else { return "" }
        if let cell = location.cell {
            guard let sheet = location.sheet, !sheet.isEmpty, sheet != SheetLabels.scoringSheet,
                  sheet != fileStem(location.file) else { return cell }
            return cell + (language == .vi ? " (trang \(sheet))" : " (sheet \(sheet))")
        }
        if let line = location.line { return (language == .vi ? "dòng " : "line ") + String(line) }
        return ""
    }

    /// `XA08 - Xã Ia Le` for `bai-nop/XA08 - Xã Ia Le.csv`: the name a CSV reader gives its sheet.
    static func fileStem(_ file: String) -> String {
        let base = file.split(separator: "/").last.map(String.init) ?? file
        guard let dot = base.lastIndex(of: "."), dot != base.startIndex else { return base }
        return String(base[..<dot])
    }

    /// The first letter in lower case ("Tổng số" → "tổng số"), for a label inside a sentence.
    static func lowercasedFirst(_ text: String) -> String {
        guard let first = text.first else { return text }
        return first.lowercased() + text.dropFirst()
    }
}

/// A list of names that grows with the number of units, cut to a few names and a count
/// of the rest (SPEC §12): "A, B, C và 1.234 đơn vị khác".
public struct NameList: Sendable, Hashable {
    /// Names shown, in order.
    public var shown: [String]
    /// How many more there are.
    public var more: Int

    /// Most names a list shows.
    public static let limit = 5

    /// The first `limit` names of `all` and the count of the others.
    public init(_ all: [String], limit: Int = NameList.limit) {
        shown = Array(all.prefix(limit))
        more = max(0, all.count - limit)
    }

    /// The names separated by semicolons (a unit's name may hold commas and "và"), then the
    /// count of the rest: "A; B; C và 7 đơn vị khác" / "A; B; C and 7 other units".
    public func text(_ language: Language) -> String {
        let names = shown.joined(separator: "; ")
        guard more > 0 else { return names }
        return language == .vi ? "\(names) và \(Wording.count(more, language)) đơn vị khác"
                               : "\(names) and \(Wording.count(more, language)) other unit\(more == 1 ? "" : "s")"
    }
}
