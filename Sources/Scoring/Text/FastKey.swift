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
    static let latin: [UInt64] = {
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

    /// `latin` split in two, as pointers read without bounds checks (indexes come from
    /// `slot`): the scalars that are no tone marks, and the tone marks, each packed in order.
    nonisolated(unsafe) static let latinTable: UnsafePointer<UInt64> = split(tones: false)
    nonisolated(unsafe) static let latinToneTable: UnsafePointer<UInt64> = split(tones: true)

    private static func split(tones: Bool) -> UnsafePointer<UInt64> {
        let table = latin
        let p = UnsafeMutablePointer<UInt64>.allocate(capacity: table.count)
        for (i, entry) in table.enumerated() {
            var packed = entry, kept: UInt64 = 0, shift: UInt64 = 0
            while packed != 0 {
                let v = UInt32(packed & 0xFFFF)
                if isTone(v) == tones { kept |= UInt64(v) << shift; shift += 16 }
                packed >>= 16
            }
            p[i] = kept
        }
        return UnsafePointer(p)
    }

    /// Index of a scalar in `latin`.
    @inline(__always) static func slot(_ v: UInt32) -> Int? {
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
        let count = Self.key(of: text, into: &out)
        scalars = Array(out[..<count])
    }

    /// Writes the key of `text` at the start of `out` and returns its length; `out` only
    /// grows, so callers reuse it from text to text (read `out[..<length]`).
    static func key(of text: Substring, into out: inout [UInt32]) -> Int {
        var text = text
        if let n = text.withUTF8({ write($0, table: true, into: &out) }) { return n }
        let d = String(text).lowercased().decomposedStringWithCanonicalMapping
        var decomposed = Substring(d)
        return decomposed.withUTF8 { write($0, table: false, into: &out) } ?? 0
    }

    /// `make` into `out`, grown for the worst case first (a scalar of input gives at most
    /// four of output, plus a space).
    private static func write(_ input: UnsafeBufferPointer<UInt8>, table: Bool, into out: inout [UInt32]) -> Int? {
        let room = input.count * 2 + 4
        if out.count < room { out.append(contentsOf: repeatElement(0, count: room - out.count)) }
        return out.withUnsafeMutableBufferPointer { make(input, table: table, into: $0.baseAddress!) }
    }

    /// Writes the key of UTF-8 bytes at `out` and returns how many scalars; nil when
    /// `table` is set and a scalar needs Foundation. (No nested functions: captured
    /// locals would be boxed and access-checked on every use.)
    private static func make(_ input: UnsafeBufferPointer<UInt8>, table: Bool,
                             into out: UnsafeMutablePointer<UInt32>) -> Int? {
        var w = 0
        // Tone marks wait, in order, until their syllable ends.
        var tones = ToneBuffer()
        var pendingSpace = false
        let latin = Self.latinTable, latinTones = Self.latinToneTable
        var i = 0
        let n = input.count
        while i < n {
            let lead = input[i]
            i &+= 1
            var v = UInt32(lead)
            var flush = false, toneOnly = false
            if lead < 0x80 {
                if v == 0x20 || (v >= 0x09 && v <= 0x0D) {
                    tones.flush(into: out, at: &w)
                    pendingSpace = w > 0
                    continue
                }
                if pendingSpace { out[w] = 0x20; w &+= 1; pendingSpace = false }
                let isUpper = v >= 0x41 && v <= 0x5A
                let isAlnum = isUpper || (v >= 0x61 && v <= 0x7A) || (v >= 0x30 && v <= 0x39)
                if !isAlnum { tones.flush(into: out, at: &w) }
                out[w] = isUpper ? v + 0x20 : v
                w &+= 1
                continue
            }
            // valid UTF-8 (Swift strings are): 2, 3 or 4 bytes
            let more = lead >= 0xF0 ? 3 : lead >= 0xE0 ? 2 : 1
            v = UInt32(lead) & (more == 1 ? 0x1F : more == 2 ? 0x0F : 0x07)
            for _ in 0..<more {
                v = (v << 6) | UInt32((i < n ? input[i] : 0x80) & 0x3F)
                i &+= 1
            }
            if table, let index = slot(v), latin[index] | latinTones[index] != 0 {
                if pendingSpace { out[w] = 0x20; w &+= 1; pendingSpace = false }
                var bases = latin[index], marks = latinTones[index]
                while bases != 0 { out[w] = UInt32(bases & 0xFFFF); w &+= 1; bases >>= 16 }
                while marks != 0 { tones.append(UInt32(marks & 0xFFFF)); marks >>= 16 }
                continue
            }
            if v >= 0x2010 && v <= 0x2027 {  // dashes, quotes, bullets: punctuation (no whitespace)
                if pendingSpace { out[w] = 0x20; w &+= 1; pendingSpace = false }
                tones.flush(into: out, at: &w)
                out[w] = v; w &+= 1
                continue
            }
            let scalar = Unicode.Scalar(v) ?? "?"
            if scalar.properties.isWhitespace {
                tones.flush(into: out, at: &w)
                pendingSpace = w > 0
                continue
            }
            if pendingSpace { out[w] = 0x20; w &+= 1; pendingSpace = false }
            if isTone(v) {
                toneOnly = true
            } else if v >= 0x0300 && v <= 0x036F {
                // another combining mark: kept in place
            } else if v >= 0x2010 && v <= 0x2027 {
                flush = true  // dashes, quotes, bullets: punctuation
            } else if table {
                return nil
            } else if scalar.properties.isAlphabetic || scalar.properties.numericType != nil
                        || scalar.properties.generalCategory == .nonspacingMark {
                // a letter, digit or mark of another script
            } else {
                flush = true
            }
            if toneOnly { tones.append(v); continue }
            if flush { tones.flush(into: out, at: &w) }
            out[w] = v
            w &+= 1
        }
        tones.flush(into: out, at: &w)
        return w
    }

    /// Tone marks held until their syllable ends: four inline, more in an array.
    private struct ToneBuffer {
        var inline: (UInt32, UInt32, UInt32, UInt32) = (0, 0, 0, 0)
        var count = 0
        var more: [UInt32] = []

        var isEmpty: Bool { count == 0 }

        @inline(__always) mutating func append(_ v: UInt32) {
            switch count {
            case 0: inline.0 = v
            case 1: inline.1 = v
            case 2: inline.2 = v
            case 3: inline.3 = v
            default: more.append(v)
            }
            count &+= 1
        }

        @inline(__always) mutating func flush(into out: UnsafeMutablePointer<UInt32>, at w: inout Int) {
            guard count > 0 else { return }
            out[w] = inline.0; w &+= 1
            if count > 1 { out[w] = inline.1; w &+= 1 }
            if count > 2 { out[w] = inline.2; w &+= 1 }
            if count > 3 { out[w] = inline.3; w &+= 1 }
            if count > 4 {
                for t in more { out[w] = t; w &+= 1 }
                more.removeAll(keepingCapacity: true)
            }
            count = 0
        }
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
