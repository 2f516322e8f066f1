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
        if let fast = FoldTable.fold(Substring(text)) { return fast }
        return foldedWithFoundation(text)
    }

    /// `folded` the general way, through Foundation (the reference the fast path matches).
    static func foldedWithFoundation(_ text: some StringProtocol) -> String {
        let lowered = String(text).lowercased().replacingOccurrences(of: VietnameseLetters.dWithStrokeText, with: "d")
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

/// `NameKey.folded` for Latin text (U+0000–U+024F, U+1E00–U+1EFF) without Foundation:
/// each scalar's folding, computed once the Foundation way, then joined with the same
/// whitespace rules. Text with any other scalar takes the Foundation path.
private enum FoldTable {
    /// Per scalar: up to three folded scalars packed 21 bits apart (0 = none), or
    /// `space` for whitespace, or `unknown` when the table cannot say.
    private static let space: UInt64 = 1 << 63, unknown: UInt64 = 1 << 62
    private static let table: [UInt64] = {
        var t = [UInt64](repeating: unknown, count: 0x250 + 0x100)
        let latin = FastKey.latin
        for v in Array(1...0x24F) + Array(0x1E00...0x1EFF) {
            guard let scalar = Unicode.Scalar(UInt32(v)) else { continue }
            let slot = v < 0x250 ? v : 0x250 + v - 0x1E00
            if scalar.properties.isWhitespace { t[slot] = space; continue }
            // Letters of U+00C0–U+024F and U+1E00–U+1EFF: FastKey's table already holds their
            // lowercase full decomposition (the same Foundation calls), so only the
            // marks are dropped here; đ folds to d as `folded` replaces it.
            let kept: [Unicode.Scalar]
            if v < 0x80 {
                kept = [v >= 0x41 && v <= 0x5A ? Unicode.Scalar(UInt8(v + 0x20)) : scalar]
            } else if v >= 0xC0, let fastSlot = FastKey.slot(UInt32(v)), latin[fastSlot] != 0 {
                var parts: [Unicode.Scalar] = []
                var packed = latin[fastSlot]
                while packed != 0 {
                    if let s = Unicode.Scalar(UInt32(packed & 0xFFFF)) { parts.append(s == VietnameseLetters.dWithStroke ? "d" : s) }
                    packed >>= 16
                }
                kept = parts.filter { $0.properties.generalCategory != .nonspacingMark }
            } else {
                let lowered = String(Character(scalar)).lowercased().replacingOccurrences(of: VietnameseLetters.dWithStrokeText, with: "d")
                kept = lowered.decomposedStringWithCanonicalMapping.unicodeScalars.filter {
                    $0.properties.generalCategory != .nonspacingMark
                }
            }
            guard kept.count <= 3, !kept.contains(where: { $0.properties.isWhitespace }) else { continue }
            var packed: UInt64 = 0
            for (i, k) in kept.enumerated() { packed |= UInt64(k.value) << (21 * UInt64(i)) }
            t[slot] = packed
        }
        return t
    }()

    static func fold(_ text: Substring) -> String? {
        var text = text
        let table = Self.table
        return text.withUTF8 { b -> String? in
            var out = String.UnicodeScalarView()
            var pendingSpace = false
            var i = 0
            while i < b.count {
                let lead = b[i]
                var v = UInt32(lead)
                var length = 1
                if lead >= 0x80 {
                    length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
                    guard i + length <= b.count else { return nil }
                    v = UInt32(lead) & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
                    for k in 1..<length { v = (v << 6) | UInt32(b[i + k] & 0x3F) }
                }
                i += length
                let slot: Int
                if v < 0x250 { slot = Int(v) } else if v >= 0x1E00 && v <= 0x1EFF { slot = 0x250 + Int(v) - 0x1E00 } else { return nil }
                let entry = table[slot]
                if entry == unknown { return nil }
                if entry == space { pendingSpace = !out.isEmpty; continue }
                var packed = entry
                while packed != 0 {
                    if pendingSpace { out.append(" "); pendingSpace = false }
                    guard let scalar = Unicode.Scalar(UInt32(packed & 0x1F_FFFF)) else { return nil }
                    out.append(scalar)
                    packed >>= 21
                }
            }
            return String(out)
        }
    }
}
