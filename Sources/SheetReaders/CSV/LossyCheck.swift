/// Detects text whose letters were replaced by `?` (Excel's lossy ANSI CSV export) and text
/// typed in the legacy TCVN3 / VNI font encodings.
enum LossyCheck {
    /// The first word with a `?` between two letters, ignoring URL-like words (`/`, `=`, `&`).
    static func firstLossyWord(_ text: String) -> String? {
        guard text.utf8.contains(0x3F) else { return nil }
        var word: [Unicode.Scalar] = []
        var suspicious = false
        for scalar in text.unicodeScalars {
            if scalar.properties.isWhitespace || scalar == "," || scalar == ";" || scalar == "\"" {
                if suspicious, let w = finish(word) { return w }
                word.removeAll(keepingCapacity: true)
                suspicious = false
                continue
            }
            if word.count >= 2, word[word.count - 1] == "?", word[word.count - 2].properties.isAlphabetic,
               scalar.properties.isAlphabetic {
                suspicious = true
            }
            word.append(scalar)
        }
        return suspicious ? finish(word) : nil
    }

    private static func finish(_ word: [Unicode.Scalar]) -> String? {
        if word.contains(where: { $0 == "/" || $0 == "=" || $0 == "&" }) { return nil }
        var s = String.UnicodeScalarView()
        s.append(contentsOf: word)
        return String(s)
    }

    /// Latin-1 letters and signs that Vietnamese never uses but TCVN3 / VNI text shows.
    private static let legacy: Set<UInt32> = Set(
        [0xA1, 0xA2, 0xA3, 0xA4, 0xA5, 0xA6, 0xA7, 0xA8, 0xA9, 0xAB, 0xAC, 0xAE, 0xB1, 0xB2, 0xB3,
         0xB5, 0xB6, 0xB8, 0xB9, 0xBA, 0xBB, 0xBC, 0xBD, 0xBE, 0xC6, 0xC7, 0xCB, 0xCE, 0xCF, 0xD0,
         0xD1, 0xD6, 0xD7, 0xD8, 0xDB, 0xDC, 0xDE, 0xDF, 0xE4, 0xE5, 0xE6, 0xE7, 0xEB, 0xEE, 0xEF,
         0xF0, 0xF1, 0xF6, 0xF7, 0xF8, 0xFB, 0xFC, 0xFE, 0xFF])

    /// `legacy` as a table over U+0000–U+00FF.
    static let legacyTable: [Bool] = (0..<256).map { legacy.contains(UInt32($0)) }

    /// True when text looks like TCVN3 or VNI: two or more of those signs right after a
    /// letter (an ASCII letter, another such sign or any non-ASCII character). Works on the
    /// UTF-8 bytes; text without a U+0080–U+00FF character is skipped at once.
    static func looksLegacy(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { b in
            var hits = 0
            var previousLetter = false
            var i = 0
            while i < b.count {
                let c = b[i]
                if c < 0x80 {
                    previousLetter = (c | 0x20) >= 0x61 && (c | 0x20) <= 0x7A
                    i += 1
                    continue
                }
                if (c == 0xC2 || c == 0xC3), i + 1 < b.count {
                    let v = Int(c & 0x1F) << 6 | Int(b[i + 1] & 0x3F)
                    if legacyTable[v], previousLetter {
                        hits += 1
                        if hits >= 2 { return true }
                    }
                    i += 2
                } else {
                    i += 1
                    while i < b.count, b[i] & 0xC0 == 0x80 { i += 1 }
                }
                previousLetter = true
            }
            return false
        }
    }
}
