import Glibc

/// Keys for recognising labels as units retype them: "Tên đơn vị", "TÊN ĐƠN VỊ:",
/// "1. Tên đơn vị (*)" and "Tên  đơn vị" give one key.
///
/// The key compares like `NameKey.matching` (case, tone-mark placement, Unicode
/// normalisation and spacing do not matter) of the label stripped of a leading
/// enumerator ("1.", "a)", "-", "•") and of trailing colons, asterisks and
/// parenthesised notes ("(*)", "(1)", "(đơn vị ghi)").
public enum LabelKey {
    /// The matching key of a label (or of any cell text).
    public static func of(_ text: some StringProtocol) -> String {
        FastKey(text).stripped().string
    }

    /// Splits "Tên đơn vị: Chi bộ X" into the label part and the value part
    /// (the value trimmed); nil when the text holds no colon followed by a value.
    public static func splitInline(_ text: String) -> (label: Substring, value: Substring)? {
        var copy = text
        let offset = copy.withUTF8 { b -> Int? in
            guard let base = b.baseAddress, let hit = memchr(base, 0x3A, b.count) else { return nil }
            return UnsafeRawPointer(hit) - UnsafeRawPointer(base)
        }
        guard let offset else { return nil }
        let colon = text.utf8.index(text.utf8.startIndex, offsetBy: offset)
        let label = text[..<colon]
        let value = trim(text[text.utf8.index(after: colon)...])  // `:` is one byte
        guard !value.isEmpty, !trim(label).isEmpty else { return nil }
        return (label, value)
    }

    static func trim(_ s: Substring) -> Substring {
        if let quick = s.trimmedQuickly { return quick }
        var s = s
        while let f = s.first, f.isWhitespace { s = s.dropFirst() }
        while let l = s.last, l.isWhitespace { s = s.dropLast() }
        return s
    }
}
