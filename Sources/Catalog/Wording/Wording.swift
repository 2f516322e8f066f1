import Scoring
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
}
