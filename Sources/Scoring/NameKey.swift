import Foundation

/// Keys for comparing Vietnamese names the way people mean them (SPEC §3.4).
public enum NameKey {
    /// Tone marks: grave, acute, tilde, hook above, dot below.
    private static let toneMarks: Set<UInt32> = [0x0300, 0x0301, 0x0303, 0x0309, 0x0323]

    /// Matching key: lowercase, decomposed, each tone mark moved to the end of its
    /// syllable, whitespace collapsed — "Hoà Bình" and "Hòa  Bình" give one key.
    /// Keys are for comparing with other keys only (they are not NFC text). Built
    /// by `FastKey`, without Foundation for Vietnamese and other Latin text.
    public static func matching(_ text: some StringProtocol) -> String {
        var view = String.UnicodeScalarView()
        for v in FastKey(text).scalars {
            if let scalar = Unicode.Scalar(v) { view.append(scalar) }
        }
        return String(view)
    }

    /// Folding key for "did you mean": no diacritics at all, đ → d, lowercase,
    /// whitespace collapsed.
    public static func folded(_ text: some StringProtocol) -> String {
        let lowered = String(text).lowercased().replacingOccurrences(of: "đ", with: "d")
        var out = String.UnicodeScalarView()
        var pendingSpace = false
        for scalar in lowered.decomposedStringWithCanonicalMapping.unicodeScalars {
            if scalar.properties.generalCategory == .nonspacingMark { continue }
            if scalar.properties.isWhitespace { pendingSpace = !out.isEmpty; continue }
            if pendingSpace { out.append(" "); pendingSpace = false }
            out.append(scalar)
        }
        return String(out)
    }
}

/// Vietnamese alphabetical order (a ă â b c d đ e ê …), independent of the
/// process locale.
public enum VietnameseOrder {
    private static let locale = Locale(identifier: "vi_VN")

    /// True when `a` sorts before `b` in Vietnamese order.
    public static func precedes(_ a: String, _ b: String) -> Bool {
        a.compare(b, options: [], range: nil, locale: locale) == .orderedAscending
    }

    /// The comparison result in Vietnamese order.
    public static func compare(_ a: String, _ b: String) -> ComparisonResult {
        a.compare(b, options: [], range: nil, locale: locale)
    }
}
