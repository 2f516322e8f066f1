/// Item codes as units write them: "4a", "4.a", "4 a", "4A", "04a" are one code.
public enum ItemCode {
    /// Lowercased, without spaces, dots, dashes, parentheses or leading zeros: `4a`.
    public static func normalize(_ raw: some StringProtocol) -> String {
        if let ascii = normalizeASCII(Substring(raw)) { return ascii }
        return normalizeCharacters(raw)
    }

    /// `normalize` character by character (any text; the reference the ASCII path matches).
    static func normalizeCharacters(_ raw: some StringProtocol) -> String {
        var out = ""
        for ch in raw.lowercased() {
            if ch.isWhitespace || ".-_/()[]:".contains(ch) { continue }
            out.append(ch)
        }
        // "04a" → "4a"; "0" stays "0"
        while out.count > 1, out.first == "0", out.dropFirst().first?.isNumber == true {
            out.removeFirst()
        }
        return out
    }

    /// `normalize` for ASCII text, on bytes (the same result); nil for other text.
    private static func normalizeASCII(_ raw: Substring) -> String? {
        var raw = raw
        return raw.withUTF8 { b -> String? in
            guard b.count <= 64 else { return nil }
            var out: [UInt8] = []
            out.reserveCapacity(b.count)
            for c in b {
                guard c < 0x80 else { return nil }
                switch c {
                case 0x09...0x0D, 0x20: continue  // whitespace
                case 0x2E, 0x2D, 0x5F, 0x2F, 0x28, 0x29, 0x5B, 0x5D, 0x3A: continue  // . - _ / ( ) [ ] :
                case 0x41...0x5A: out.append(c | 0x20)
                default: out.append(c)
                }
            }
            // "04a" → "4a"; "0" stays "0"
            var start = 0
            while out.count - start > 1, out[start] == 0x30, out[start + 1] &- 0x30 < 10 { start += 1 }
            return String(decoding: out[start...], as: UTF8.self)
        }
    }
}
