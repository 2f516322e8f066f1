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
        let text = isNFC(raw) ? raw : raw.precomposedStringWithCanonicalMapping
        var s = ""
        s.reserveCapacity(text.utf8.count)
        var lastSpace = false
        for ch in text {
            if ch.isWhitespace {
                if !lastSpace && !s.isEmpty { s.append(" ") }
                lastSpace = true
                continue
            }
            s.append(isForbidden(ch) ? "_" : ch)
            lastSpace = false
        }
        s = trim(s)
        // Bytes never undercount characters: count them only when the name may be too long.
        if s.utf8.count > maxLength && s.count > maxLength { s = trim(String(s.prefix(maxLength))) }
        if s.isEmpty { s = fallback }
        if isReserved(s) { s = "_" + s }
        return s
    }

    /// `\/:*?"<>|` and control characters: not allowed in a Windows file name.
    private static func isForbidden(_ ch: Character) -> Bool {
        if let a = ch.asciiValue {
            switch a {
            case 0..<0x20, 0x7F, UInt8(ascii: "\\"), UInt8(ascii: "/"), UInt8(ascii: ":"), UInt8(ascii: "*"),
                 UInt8(ascii: "?"), UInt8(ascii: "\""), UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "|"):
                return true
            default:
                return false
            }
        }
        return ch.unicodeScalars.contains { $0.value < 0x20 || $0.value == 0x7F }
    }

    /// `CON`, `com1.txt`…: the part before the first dot, trimmed, is one of Windows' device names.
    private static func isReserved(_ s: String) -> Bool {
        let stem = s.split(separator: ".", maxSplits: 1).first.map(String.init) ?? s
        // Every reserved name is 3 or 4 ASCII letters and digits: most names are ruled out by length.
        guard stem.utf8.count <= 8 else { return false }
        return reserved.contains(stem.trimmingCharacters(in: .whitespaces).uppercased())
    }

    /// True when NFC leaves the text as it is, decided without normalizing: every scalar is
    /// below U+0300 (no combining marks, no singletons) or a precomposed letter of Latin
    /// Extended Additional (U+1E00–U+1EFF, where Vietnamese letters such as "ộ" live), neither
    /// of which NFC changes or composes with a neighbour. Anything else is normalized.
    static func isNFC(_ s: String) -> Bool {
        s.unicodeScalars.allSatisfy { $0.value < 0x300 || (0x1E00...0x1EFF).contains($0.value) }
    }

    private static func trim(_ s: String) -> String {
        var t = Substring(s)
        while let c = t.last, c == "." || c == " " { t = t.dropLast() }
        while let c = t.first, c == "." || c == " " { t = t.dropFirst() }
        return String(t)
    }
}
