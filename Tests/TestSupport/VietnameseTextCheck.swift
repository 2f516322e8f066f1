import Foundation

/// Finds what must not appear in a Vietnamese sentence a clerk reads (SPEC §5): an English
/// word, a camelCase code, a number with a decimal point. Text between quotation marks is
/// left out first: it is what a unit or a rubric wrote (a value, a label, a sheet name).
public enum VietnameseTextCheck {
    /// Common English words, and the words of our own codes and of library messages.
    public static let englishWords: Set<String> = [
        "the", "and", "of", "is", "are", "not", "with", "for", "from", "this", "that", "cannot", "must",
        "should", "file", "files", "line", "lines", "sheet", "cell", "cells", "value", "values", "points",
        "missing", "error", "errors", "code", "found", "enter", "check", "staff", "pledges", "excellent",
        "good", "fair", "rating", "item", "items", "max", "zip", "xml", "archive", "entry", "entries", "bytes",
        "size", "declared", "inflates", "such", "directory", "permission", "denied", "unknown", "invalid",
        "expected", "key", "rubric", "total", "period", "unit", "units", "tied", "tie", "council", "quota",
        "award", "level", "evidence", "computed", "claimed", "verified", "path", "part", "format", "encoding",
        "open", "save", "send", "read", "write", "none", "yes", "empty", "other", "rank", "than", "only",
        "mapping", "scalar", "token", "character", "stream", "indentation", "numerator", "denominator",
        "threshold", "ratio", "binary", "graded", "required", "optional", "shares", "ratings", "counts",
        "routes", "damaged", "truncated", "failed", "could", "would", "please", "unsupported", "null",
        "true", "false", "nil", "see", "was", "were", "has", "have", "been", "into", "which", "when",
    ]
    /// Names of products and formats, allowed as they are.
    public static let allowed: Set<String> = ["LibreOffice"]

    /// The problems found in `text` (empty when it reads as Vietnamese should).
    public static func problems(in text: String) -> [String] {
        // A file extension (`Rong.zip`, `(.zip, .rar)`) is part of a name, not an English word.
        let bare = unquoted(text).replacingOccurrences(of: #"\.(?:[A-Za-z][A-Za-z0-9]{0,6}|7z)\b"#, with: "",
                                                       options: .regularExpression)
        var out: [String] = []
        for word in bare.split(whereSeparator: { !$0.isLetter && !$0.isNumber && $0 != "_" }) {
            let w = String(word)
            if allowed.contains(w) { continue }
            if englishWords.contains(w.lowercased()) { out.append("English word “\(w)”") }
            if isCamelCase(w) { out.append("camelCase “\(w)”") }
        }
        out += decimalPoints(in: bare).map { "decimal point in “\($0)”" }
        return out
    }

    /// `aboveMax`, `claimMissing`: a lower-case letter followed by an upper-case one.
    static func isCamelCase(_ word: String) -> Bool {
        let scalars = Array(word.unicodeScalars)
        guard scalars.count > 2, scalars.first.map({ CharacterSet.lowercaseLetters.contains($0) }) == true
        else { return false }
        return zip(scalars, scalars.dropFirst()).contains {
            CharacterSet.lowercaseLetters.contains($0.0) && CharacterSet.uppercaseLetters.contains($0.1)
        }
    }

    /// Numbers written with a decimal point (`2.86`, `7.5`); `1.234` (thousands) is allowed.
    static func decimalPoints(in text: String) -> [String] {
        let chars = Array(text)
        var out: [String] = []
        var i = 0
        while i < chars.count {
            if chars[i] == ".", i > 0, chars[i - 1].isNumber, i + 1 < chars.count, chars[i + 1].isNumber {
                var j = i + 1
                while j < chars.count, chars[j].isNumber { j += 1 }
                let thousands = j - i - 1 == 3
                if !thousands {
                    var k = i - 1
                    while k > 0, chars[k - 1].isNumber { k -= 1 }
                    out.append(String(chars[k..<j]))
                }
                i = j
            } else {
                i += 1
            }
        }
        return out
    }

    /// The text without what stands between “ ”, " " or ' ' (quotes written by a unit or rubric).
    static func unquoted(_ text: String) -> String {
        var out = ""
        var closing: Character?
        for c in text {
            if let close = closing {
                if c == close { closing = nil }
                continue
            }
            switch c {
            case "\u{201C}": closing = "\u{201D}"
            case "\"": closing = "\""
            case "'": closing = "'"
            default: out.append(c)
            }
        }
        return out
    }
}
