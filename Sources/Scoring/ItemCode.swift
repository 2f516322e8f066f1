/// Item codes as units write them: "4a", "4.a", "4 a", "4A", "04a" are one code.
public enum ItemCode {
    /// Lowercased, without spaces, dots, dashes, parentheses or leading zeros: `4a`.
    public static func normalize(_ raw: some StringProtocol) -> String {
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
}
