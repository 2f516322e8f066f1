import Foundation

/// A label's matching key as scalars: lowercase, fully decomposed, tone marks moved
/// to the end of their syllable, whitespace collapsed — the same equivalence as
/// `NameKey.matching`, computed without Foundation for Latin text (labels are keyed
/// for every cell of every file, so this is the locator's hot path).
struct FastKey: Hashable, Sendable {
    var scalars: [UInt32]

    static func == (a: FastKey, b: FastKey) -> Bool { a.scalars == b.scalars }

    /// One combine of an FNV-1a hash: cheaper than hashing each scalar.
    func hash(into hasher: inout Hasher) {
        hasher.combine(Self.fnv(scalars[...]))
    }

    /// Tone marks: grave, acute, tilde, hook above, dot below.
    private static func isTone(_ v: UInt32) -> Bool {
        v == 0x0300 || v == 0x0301 || v == 0x0303 || v == 0x0309 || v == 0x0323
    }

    /// Lowercase full decompositions of U+00C0…U+024F and U+1E00…U+1EFF, packed
    /// 16 bits a scalar (first scalar lowest), 0 for none.
    private static let latin: [UInt64] = {
        var table = [UInt64](repeating: 0, count: 0x190 + 0x100)
        for v in Array(0x00C0...0x024F) + Array(0x1E00...0x1EFF) {
            guard let s = Unicode.Scalar(UInt32(v)) else { continue }
            let d = String(Character(s)).lowercased().decomposedStringWithCanonicalMapping
            let parts = d.unicodeScalars.map(\.value)
            guard parts.count <= 4, parts.allSatisfy({ $0 <= 0xFFFF }) else { continue }
            var packed: UInt64 = 0
            for (i, p) in parts.enumerated() { packed |= UInt64(p) << (16 * UInt64(i)) }
            table[slot(UInt32(v))!] = packed
        }
        return table
    }()

    /// Index of a scalar in `latin`.
    @inline(__always) private static func slot(_ v: UInt32) -> Int? {
        if v >= 0xC0 && v <= 0x24F { return Int(v - 0xC0) }
        if v >= 0x1E00 && v <= 0x1EFF { return 0x190 + Int(v - 0x1E00) }
        return nil
    }

    /// The key of a text, or of its decomposition when it holds non-Latin letters.
    init(_ text: some StringProtocol) {
        self.init(Substring(text))
    }

    /// The key of a text (concrete, so the scalar loop is specialised).
    init(_ text: Substring) {
        var out: [UInt32] = []
        Self.key(of: text, into: &out)
        scalars = out
    }

    /// Writes the key of `text` into `out` (replacing its contents; its capacity is reused).
    static func key(of text: Substring, into out: inout [UInt32]) {
        out.removeAll(keepingCapacity: true)
        var text = text
        let fast = text.withUTF8 { make($0, table: true, into: &out) }
        if !fast {
            let d = String(text).lowercased().decomposedStringWithCanonicalMapping
            out.removeAll(keepingCapacity: true)
            var decomposed = Substring(d)
            if !decomposed.withUTF8({ make($0, table: false, into: &out) }) { out.removeAll() }
        }
    }

    /// Appends the key of UTF-8 bytes to `out`; false when `table` is set and a scalar
    /// needs Foundation (then `out` holds a partial key).
    private static func make(_ input: UnsafeBufferPointer<UInt8>, table: Bool, into out: inout [UInt32]) -> Bool {
        out.reserveCapacity(input.count)
        // Tone marks wait in `tones` (at most a few per syllable) until their syllable ends.
        var tones: (UInt32, UInt32, UInt32, UInt32) = (0, 0, 0, 0)
        var toneCount = 0
        var extraTones: [UInt32] = []
        func addTone(_ v: UInt32) {
            switch toneCount {
            case 0: tones.0 = v
            case 1: tones.1 = v
            case 2: tones.2 = v
            case 3: tones.3 = v
            default: extraTones.append(v)
            }
            toneCount += 1
        }
        func flushTones() {
            guard toneCount > 0 else { return }
            out.append(tones.0)
            if toneCount > 1 { out.append(tones.1) }
            if toneCount > 2 { out.append(tones.2) }
            if toneCount > 3 { out.append(tones.3) }
            if toneCount > 4 { out.append(contentsOf: extraTones); extraTones.removeAll(keepingCapacity: true) }
            toneCount = 0
        }
        var pendingSpace = false
        let latin = Self.latin
        var i = 0
        let n = input.count
        while i < n {
            let lead = input[i]
            i += 1
            var v = UInt32(lead)
            if lead >= 0x80 {
                // valid UTF-8 (Swift strings are): 2, 3 or 4 bytes
                let extra = lead >= 0xF0 ? 3 : lead >= 0xE0 ? 2 : 1
                v = UInt32(lead) & (extra == 1 ? 0x1F : extra == 2 ? 0x0F : 0x07)
                for _ in 0..<extra {
                    v = (v << 6) | UInt32((i < n ? input[i] : 0x80) & 0x3F)
                    i += 1
                }
            }
            if v < 0x80 {
                if v == 0x20 || (v >= 0x09 && v <= 0x0D) {
                    flushTones()
                    pendingSpace = !out.isEmpty
                    continue
                }
                if pendingSpace { out.append(0x20); pendingSpace = false }
                let isUpper = v >= 0x41 && v <= 0x5A
                let isAlnum = isUpper || (v >= 0x61 && v <= 0x7A) || (v >= 0x30 && v <= 0x39)
                if !isAlnum { flushTones() }
                out.append(isUpper ? v + 0x20 : v)
                continue
            }
            if table, let index = slot(v), latin[index] != 0 {
                if pendingSpace { out.append(0x20); pendingSpace = false }
                var packed = latin[index]
                while packed != 0 {
                    let p = UInt32(packed & 0xFFFF)
                    if isTone(p) { addTone(p) } else { out.append(p) }
                    packed >>= 16
                }
                continue
            }
            let scalar = Unicode.Scalar(v) ?? "?"
            if scalar.properties.isWhitespace {
                flushTones()
                pendingSpace = !out.isEmpty
                continue
            }
            if pendingSpace { out.append(0x20); pendingSpace = false }
            if isTone(v) {
                addTone(v)
            } else if v >= 0x0300 && v <= 0x036F {
                out.append(v)
            } else if v >= 0x2010 && v <= 0x2027 {
                // dashes, quotes, bullets: punctuation
                flushTones()
                out.append(v)
            } else if table {
                return false
            } else if scalar.properties.isAlphabetic || scalar.properties.numericType != nil
                        || scalar.properties.generalCategory == .nonspacingMark {
                out.append(v)
            } else {
                flushTones()
                out.append(v)
            }
        }
        flushTones()
        return true
    }

    /// The key without a leading enumerator ("1. ", "a) ", "- ") and trailing
    /// colons, asterisks, dots and parenthesised notes.
    func stripped() -> FastKey {
        FastKey(scalars: Array(Self.stripped(scalars[...])))
    }

    /// `stripped()` of a key held in a buffer, as a slice of it (nothing is copied).
    static func stripped(_ key: ArraySlice<UInt32>) -> ArraySlice<UInt32> {
        var s = key
        func trimSpaces() {
            while s.last == 0x20 { s = s.dropLast() }
            while s.first == 0x20 { s = s.dropFirst() }
        }
        trimSpaces()
        while let last = s.last {
            if last == 0x3A || last == 0xFF1A || last == 0x2A || last == 0x2E {
                s = s.dropLast()
            } else if last == 0x29, let open = s.lastIndex(of: 0x28), open != s.startIndex {
                s = s[..<open]
            } else {
                break
            }
            trimSpaces()
        }
        if let first = s.first, first == 0x2D || first == 0x2B || first == 0x2022 || first == 0x2013 {
            s = s.dropFirst()
        } else if let space = s.firstIndex(of: 0x20), space - s.startIndex >= 2,
                  space - s.startIndex <= 5, s[space - 1] == 0x2E || s[space - 1] == 0x29 {
            let token = s[s.startIndex..<(space - 1)]
            let digits = token.allSatisfy { $0 >= 0x30 && $0 <= 0x39 }
            let letter = token.count == 1 && token.first! >= 0x61 && token.first! <= 0x7A
            let roman = token.allSatisfy { $0 == 0x69 || $0 == 0x76 || $0 == 0x78 }
            if digits || letter || roman { s = s[(space + 1)...] }
        }
        trimSpaces()
        return s
    }

    /// FNV-1a of a key's scalars (what `hash(into:)` combines).
    static func fnv(_ scalars: ArraySlice<UInt32>) -> UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for v in scalars { h = (h ^ UInt64(v)) &* 0x100_0000_01b3 }
        return h
    }

    /// The key as a string (for words and prefixes).
    var string: String {
        var view = String.UnicodeScalarView()
        for v in scalars { if let s = Unicode.Scalar(v) { view.append(s) } }
        return String(view)
    }

    private init(scalars: [UInt32]) { self.scalars = scalars }
}
