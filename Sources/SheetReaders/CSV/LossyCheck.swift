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

    /// True when text looks like TCVN3 or VNI: two or more of those signs inside words.
    static func looksLegacy(_ text: String) -> Bool {
        var hits = 0
        var previousLetter = false
        for scalar in text.unicodeScalars {
            let v = scalar.value
            if v >= 0xA1, v <= 0xFF, legacy.contains(v), previousLetter {
                hits += 1
                if hits >= 2 { return true }
            }
            previousLetter = scalar.properties.isAlphabetic || legacy.contains(v)
        }
        return false
    }
}
