import Foundation

/// Keys for comparing Vietnamese names the way people mean them (SPEC §3.4).
public enum NameKey {
    /// Tone marks: grave, acute, tilde, hook above, dot below.
    private static let toneMarks: Set<UInt32> = [0x0300, 0x0301, 0x0303, 0x0309, 0x0323]

    /// Matching key: NFC, lowercase, each tone mark moved to the end of its
    /// syllable, whitespace collapsed — "Hoà Bình" and "Hòa  Bình" give one key.
    public static func matching(_ text: some StringProtocol) -> String {
        let decomposed = String(text).lowercased().decomposedStringWithCanonicalMapping
        var out = String.UnicodeScalarView()
        var syllable = String.UnicodeScalarView()
        var tones = String.UnicodeScalarView()
        func flush() {
            out.append(contentsOf: syllable)
            out.append(contentsOf: tones)
            syllable.removeAll(keepingCapacity: true)
            tones.removeAll(keepingCapacity: true)
        }
        var pendingSpace = false
        for scalar in decomposed.unicodeScalars {
            if scalar.properties.isWhitespace {
                flush()
                pendingSpace = !out.isEmpty
                continue
            }
            if pendingSpace { out.append(" "); pendingSpace = false }
            if toneMarks.contains(scalar.value) {
                tones.append(scalar)
            } else if scalar.properties.isAlphabetic || scalar.properties.numericType != nil
                        || scalar.properties.generalCategory == .nonspacingMark {
                syllable.append(scalar)
            } else {
                // punctuation ends a syllable and is kept
                flush()
                out.append(scalar)
            }
        }
        flush()
        return String(out).precomposedStringWithCanonicalMapping
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
