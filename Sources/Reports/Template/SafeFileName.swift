import Foundation

/// File names that work on Windows, macOS and Linux while keeping Vietnamese letters.
public enum SafeFileName {
    /// Longest base name kept (characters), well inside Windows' 260-character paths.
    public static let maxLength = 100
    static let reserved: Set<String> = Set(["CON", "PRN", "AUX", "NUL"] + (1...9).flatMap { ["COM\($0)", "LPT\($0)"] })

    /// `CB01 - Chi bộ Ia Hrú` from any text: NFC; `\/:*?"<>|` and control characters
    /// become `_`; spaces collapsed; no leading or trailing dots and spaces; Windows'
    /// reserved names (`CON`, `COM1`, …) prefixed with `_`; at most `maxLength` characters.
    public static func make(_ raw: String, fallback: String = "don-vi") -> String {
        var s = ""
        var lastSpace = false
        for ch in raw.precomposedStringWithCanonicalMapping {
            if ch.isWhitespace {
                if !lastSpace && !s.isEmpty { s.append(" ") }
                lastSpace = true
                continue
            }
            let bad = "\\/:*?\"<>|".contains(ch) || ch.unicodeScalars.contains { $0.value < 0x20 || $0.value == 0x7F }
            s.append(bad ? "_" : ch)
            lastSpace = false
        }
        s = trim(s)
        if s.count > maxLength { s = trim(String(s.prefix(maxLength))) }
        if s.isEmpty { s = fallback }
        let stem = s.split(separator: ".", maxSplits: 1).first.map(String.init) ?? s
        if reserved.contains(stem.trimmingCharacters(in: .whitespaces).uppercased()) { s = "_" + s }
        return s
    }

    private static func trim(_ s: String) -> String {
        var t = Substring(s)
        while let c = t.last, c == "." || c == " " { t = t.dropLast() }
        while let c = t.first, c == "." || c == " " { t = t.dropFirst() }
        return String(t)
    }
}
