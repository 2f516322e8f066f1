import Foundation

/// Text helpers shared by the readers: NFC normalisation with an allocation-free fast path.
enum Text {
    /// NFC form of `s`. Text made only of scalars that are NFC-stable starters (ASCII,
    /// Latin-1, Latin Extended, precomposed Vietnamese, common punctuation) is returned as is;
    /// anything else goes through Foundation's canonical composition.
    static func nfc(_ s: String) -> String {
        if isStableNFC(s) { return s }
        return s.precomposedStringWithCanonicalMapping
    }

    /// True when every scalar is below U+0300, in Latin Extended Additional (U+1E00–U+1EFF,
    /// precomposed Vietnamese), or common punctuation and currency (U+2010–U+2027, ₫, €):
    /// all NFC-stable starters. Checked on the UTF-8 bytes.
    static func isStableNFC(_ s: String) -> Bool {
        var s = s
        return s.withUTF8 { b in
            var i = 0
            let n = b.count
            while i < n {
                let c = b[i]
                if c < 0x80 { i += 1; continue }
                if c < 0xCC { i += 2; continue }  // U+0080–U+02FF
                guard c == 0xE1 || c == 0xE2, i + 2 < n else { return false }
                let c1 = b[i + 1], c2 = b[i + 2]
                if c == 0xE1 {
                    guard c1 == 0xB8 || c1 == 0xB9 || c1 == 0xBA || c1 == 0xBB else { return false }
                } else {
                    let ok = (c1 == 0x80 && c2 >= 0x90 && c2 <= 0xA7) || (c1 == 0x82 && (c2 == 0xAB || c2 == 0xAC))
                    guard ok else { return false }
                }
                i += 3
            }
            return true
        }
    }

    /// A String from the UTF-8 bytes of XML text, with `_xHHHH_` escapes decoded when
    /// `escapes` is true, then NFC-normalised — as `make` does — and checked: nil when the
    /// bytes are not valid UTF-8 or hold a character XML forbids (C0 controls but TAB, LF,
    /// CR; surrogates; U+FFFE, U+FFFF). One table-driven pass classifies the bytes; the
    /// standard library's decoding does the UTF-8 validation, and a repair shows as a
    /// difference between its bytes and ours.
    static func xml(_ b: UnsafeBufferPointer<UInt8>, escapes: Bool = true) -> String? {
        xmlText(b, escapes: escapes)?.string
    }

    /// `xml`, and whether the text looks typed in a TCVN3 / VNI font
    /// (`LossyCheck.looksLegacy`), worked out in the same pass when the bytes are the text's.
    static func xmlText(_ b: UnsafeBufferPointer<UInt8>, escapes: Bool = true) -> (string: String, looksLegacy: Bool)? {
        guard let p = b.baseAddress, !b.isEmpty else { return ("", false) }
        let table = byteClasses
        var stable = true, escape = false
        // Legacy-font signs (Latin-1 letters Vietnamese never uses) right after a letter.
        var legacyHits = 0
        let legacySigns = LossyCheck.legacyTable
        var i = 0
        let n = b.count
        while i < n {
            let k = table[Int(p[i])]
            if k == 0 { i &+= 1; continue }
            switch k {
            case 1:  // C0 control
                let c = p[i]
                if c != 0x09, c != 0x0A, c != 0x0D { return nil }
                i &+= 1
            case 2:  // `_`: an escape starts `_x` and ends `_` six bytes on
                if escapes, i + 6 < n, p[i + 1] == 0x78, p[i + 6] == 0x5F { escape = true }
                i &+= 1
            case 3:  // U+0080–U+02FF
                let c = p[i]
                if c <= 0xC3, i + 1 < n, legacyHits < 2 {
                    let v = Int(c & 0x1F) << 6 | Int(p[i + 1] & 0x3F)
                    if legacySigns[v] {
                        // after a letter: an ASCII letter or any non-ASCII character
                        let before = i > 0 ? p[i - 1] : 0
                        let letter = before >= 0x80 || ((before | 0x20) >= 0x61 && (before | 0x20) <= 0x7A)
                        if letter { legacyHits += 1 }
                    }
                }
                i &+= 2
            case 4: stable = false; i &+= 2  // U+0300–U+07FF
            case 5:  // U+1xxx: precomposed Vietnamese (U+1E00–U+1EFF) is stable
                if i + 1 < n, p[i + 1] < 0xB8 || p[i + 1] > 0xBB { stable = false }
                i &+= 3
            case 6:  // U+2xxx: common punctuation, ₫ and € are stable
                if i + 2 < n {
                    let c1 = p[i + 1], c2 = p[i + 2]
                    if !((c1 == 0x80 && c2 >= 0x90 && c2 <= 0xA7) || (c1 == 0x82 && (c2 == 0xAB || c2 == 0xAC))) {
                        stable = false
                    }
                }
                i &+= 3
            case 7:  // U+Fxxx: U+FFFE and U+FFFF are no XML characters
                if i + 2 < n, p[i + 1] == 0xBF, p[i + 2] >= 0xBE { return nil }
                stable = false
                i &+= 3
            case 8: stable = false; i &+= 3  // other three-byte characters
            case 9: stable = false; i &+= 4  // four-byte characters
            default: i &+= 1  // a stray continuation byte or an invalid lead: validation below
            }
        }
        let s = String(decoding: b, as: UTF8.self)
        // A repair (U+FFFD for an invalid sequence) changes the bytes.
        var copy = s
        let same = copy.withUTF8 { u in u.count == n && memcmp(u.baseAddress!, p, n) == 0 }
        guard same else { return nil }
        if escape || !stable {
            let text = escape ? nfc(decodeEscapes(b)) : s.precomposedStringWithCanonicalMapping
            return (text, LossyCheck.looksLegacy(text))
        }
        return (s, legacyHits >= 2)
    }

    /// The classes `xml` dispatches on, by byte.
    private nonisolated(unsafe) static let byteClasses: UnsafePointer<UInt8> = {
        let t = UnsafeMutablePointer<UInt8>.allocate(capacity: 256)
        for c in 0..<256 {
            switch c {
            case 0..<0x20: t[c] = 1
            case 0x5F: t[c] = 2
            case 0x20..<0x80: t[c] = 0
            case 0xC2..<0xCC: t[c] = 3
            case 0xCC..<0xE0: t[c] = 4
            case 0xE1: t[c] = 5
            case 0xE2: t[c] = 6
            case 0xEF: t[c] = 7
            case 0xE0..<0xF0: t[c] = 8
            case 0xF0..<0xF5: t[c] = 9
            default: t[c] = 10
            }
        }
        return UnsafePointer(t)
    }()

    /// A String from UTF-8 bytes (invalid sequences repaired), with `_xHHHH_` escapes decoded
    /// when `escapes` is true, then NFC-normalised.
    static func make(_ bytes: UnsafeBufferPointer<UInt8>, escapes: Bool) -> String {
        if escapes, hasEscape(bytes) { return nfc(decodeEscapes(bytes)) }
        return nfc(String(decoding: bytes, as: UTF8.self))
    }

    private static func hasEscape(_ b: UnsafeBufferPointer<UInt8>) -> Bool {
        guard b.count >= 7 else { return false }
        for i in 0..<(b.count - 6) where b[i] == 0x5F && b[i + 1] == 0x78 && b[i + 6] == 0x5F {
            return true
        }
        return false
    }

    private static func hex(_ b: UnsafeBufferPointer<UInt8>, _ i: Int) -> UInt16? {
        var v: UInt16 = 0
        for k in i..<(i + 4) {
            let c = b[k]
            let d: UInt8
            switch c {
            case 0x30...0x39: d = c - 0x30
            case 0x41...0x46: d = c - 0x41 + 10
            case 0x61...0x66: d = c - 0x61 + 10
            default: return nil
            }
            v = v << 4 | UInt16(d)
        }
        return v
    }

    /// Decodes OOXML's `_xHHHH_` escapes (UTF-16 code units; `_x005F_` is `_`).
    static func decodeEscapes(_ b: UnsafeBufferPointer<UInt8>) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(b.count)
        var units: [UInt16] = []
        func flushUnits() {
            guard !units.isEmpty else { return }
            out.append(contentsOf: String(decoding: units, as: UTF16.self).utf8)
            units.removeAll(keepingCapacity: true)
        }
        var i = 0
        while i < b.count {
            if b[i] == 0x5F, i + 6 < b.count, b[i + 1] == 0x78, b[i + 6] == 0x5F, let u = hex(b, i + 2) {
                units.append(u)
                i += 7
                continue
            }
            flushUnits()
            out.append(b[i])
            i += 1
        }
        flushUnits()
        return String(decoding: out, as: UTF8.self)
    }
}

extension Array where Element == UInt8 {
    /// `withUnsafeBytes` that keeps a typed `ReadError`.
    func withBytes<R>(_ body: (UnsafeRawBufferPointer) throws(ReadError) -> R) throws(ReadError) -> R {
        let result: Result<R, ReadError> = withUnsafeBytes { b in Result { () throws(ReadError) -> R in try body(b) } }
        return try result.get()
    }

    /// `withUnsafeBufferPointer` that keeps a typed `ReadError`.
    func withBuffer<R>(_ body: (UnsafeBufferPointer<UInt8>) throws(ReadError) -> R) throws(ReadError) -> R {
        let result: Result<R, ReadError> = withUnsafeBufferPointer { b in Result { () throws(ReadError) -> R in try body(b) } }
        return try result.get()
    }
}
