/// Keys for recognising labels as units retype them: "Tên đơn vị", "TÊN ĐƠN VỊ:",
/// "1. Tên đơn vị (*)" and "Tên  đơn vị" give one key.
///
/// The key is `NameKey.matching` of the label stripped of a leading enumerator
/// ("1.", "a)", "-", "•"), trailing colons, asterisks and parenthesised notes
/// ("(*)", "(1)", "(đơn vị ghi)").
public enum LabelKey {
    /// The matching key of a label (or of any cell text).
    public static func of(_ text: some StringProtocol) -> String {
        let core = strip(Substring(text))
        return core.isEmpty ? "" : NameKey.matching(core)
    }

    /// Splits "Tên đơn vị: Chi bộ X" into the label part and the value part
    /// (both trimmed); nil when the text holds no colon followed by a value.
    public static func splitInline(_ text: String) -> (label: Substring, value: Substring)? {
        guard let colon = text.firstIndex(where: { $0 == ":" || $0 == "：" }) else { return nil }
        let label = text[..<colon]
        let value = trim(text[text.index(after: colon)...])
        guard !value.isEmpty, !trim(label).isEmpty else { return nil }
        return (label, value)
    }

    /// Number of letters (not marks, digits, spaces or punctuation): the same for
    /// every spelling that gives one key, so it can reject a cell without keying it.
    static func letterCount(_ text: some StringProtocol) -> Int {
        var n = 0
        for scalar in text.unicodeScalars where scalar.properties.isAlphabetic {
            if scalar.properties.generalCategory != .nonspacingMark { n += 1 }
        }
        return n
    }

    /// The label without enumerators, colons, asterisks and trailing notes.
    static func strip(_ text: Substring) -> Substring {
        var s = trim(text)
        // trailing ":" "*" "(…)" in any order, repeatedly
        while let last = s.last {
            if last == ":" || last == "：" || last == "*" || last == "." {
                s = trim(s.dropLast())
            } else if last == ")", let open = s.lastIndex(of: "("), open != s.startIndex {
                s = trim(s[..<open])
            } else {
                break
            }
        }
        return trim(dropEnumerator(s))
    }

    /// Drops a leading "1.", "1)", "a)", "II.", "-", "+", "•".
    private static func dropEnumerator(_ s: Substring) -> Substring {
        guard let first = s.first else { return s }
        if first == "-" || first == "+" || first == "•" || first == "–" {
            return s.dropFirst()
        }
        var i = s.startIndex
        var count = 0
        while i < s.endIndex, count < 4, s[i].isLetter || s[i].isNumber {
            i = s.index(after: i); count += 1
        }
        guard count > 0, i < s.endIndex, s[i] == "." || s[i] == ")" else { return s }
        let token = s[s.startIndex..<i]
        let isEnumerator = token.allSatisfy(\.isNumber)
            || (token.count == 1 && token.first!.isLetter)
            || token.allSatisfy { "IVXivx".contains($0) }
        guard isEnumerator else { return s }
        let rest = s[s.index(after: i)...]
        // "4.a" style text is a code, not an enumerated label: require a space after
        guard rest.first?.isWhitespace == true else { return s }
        return rest
    }

    static func trim(_ s: Substring) -> Substring {
        var s = s
        while let f = s.first, f.isWhitespace { s = s.dropFirst() }
        while let l = s.last, l.isWhitespace { s = s.dropLast() }
        return s
    }
}
