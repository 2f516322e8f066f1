/// Decoding of XML character data and attribute values: the five predefined entities,
/// decimal and hexadecimal character references (refused when they name no XML
/// character), CR/LF normalisation, and for attributes whitespace normalisation.
enum XMLText {
    /// Why a value could not be decoded.
    struct Problem: Error {
        var message: String
    }

    /// Appends the decoded `raw` bytes to `out`. CR LF and lone CR become LF; in an
    /// attribute (`attribute`), TAB, LF and CR (after that) become a space. References
    /// are decoded after normalisation, so `&#13;` stays a CR.
    static func decode(_ raw: UnsafeBufferPointer<UInt8>, attribute: Bool,
                       into out: inout [UInt8]) throws(Problem) {
        var i = 0
        let n = raw.count
        while i < n {
            let c = raw[i]
            switch c {
            case 0x0D:
                out.append(attribute ? 0x20 : 0x0A)
                i += (i + 1 < n && raw[i + 1] == 0x0A) ? 2 : 1
            case 0x09, 0x0A:
                out.append(attribute ? 0x20 : c)
                i += 1
            case 0x26:
                i = try reference(raw, at: i, into: &out)
            default:
                out.append(c)
                i += 1
            }
        }
    }

    /// The first problem with a reference in `raw`, or nil when every `&` starts a valid one.
    static func checkReferences(_ raw: UnsafeBufferPointer<UInt8>) -> Problem? {
        var scratch: [UInt8] = []
        var i = 0
        while i < raw.count {
            if raw[i] == 0x26 {
                do {
                    scratch.removeAll(keepingCapacity: true)
                    i = try reference(raw, at: i, into: &scratch)
                } catch {
                    return error
                }
            } else {
                i += 1
            }
        }
        return nil
    }

    /// CR LF and lone CR become LF (CDATA sections).
    static func normalizeLineEnds(_ raw: UnsafeBufferPointer<UInt8>, into out: inout [UInt8]) {
        var i = 0
        while i < raw.count {
            if raw[i] == 0x0D {
                out.append(0x0A)
                i += (i + 1 < raw.count && raw[i + 1] == 0x0A) ? 2 : 1
            } else {
                out.append(raw[i])
                i += 1
            }
        }
    }

    /// Decodes the reference starting with `&` at `i`; returns the offset after its `;`.
    private static func reference(_ raw: UnsafeBufferPointer<UInt8>, at i: Int,
                                  into out: inout [UInt8]) throws(Problem) -> Int {
        var j = i + 1
        while j < raw.count, raw[j] != 0x3B { j += 1 }
        guard j < raw.count, raw[j] == 0x3B, j > i + 1 else {
            throw Problem(message: "not well-formed (invalid token)")
        }
        let body = UnsafeBufferPointer(rebasing: raw[(i + 1)..<j])
        if body[0] == 0x23 {
            guard let scalar = characterReference(body), isXMLChar(scalar) else {
                throw Problem(message: "reference to invalid character number")
            }
            appendUTF8(scalar, to: &out)
            return j + 1
        }
        switch (body.count, body[0]) {
        case (2, 0x6C) where body[1] == 0x74: out.append(0x3C)  // lt
        case (2, 0x67) where body[1] == 0x74: out.append(0x3E)  // gt
        case (3, 0x61) where body[1] == 0x6D && body[2] == 0x70: out.append(0x26)  // amp
        case (4, 0x61) where body[1] == 0x70 && body[2] == 0x6F && body[3] == 0x73: out.append(0x27)  // apos
        case (4, 0x71) where body[1] == 0x75 && body[2] == 0x6F && body[3] == 0x74: out.append(0x22)  // quot
        default: throw Problem(message: "undefined entity")
        }
        return j + 1
    }

    /// `#65` or `#x41` → the code point; nil when malformed or too large.
    private static func characterReference(_ body: UnsafeBufferPointer<UInt8>) -> UInt32? {
        var v: UInt32 = 0
        if body.count > 1, body[1] == 0x78 {
            guard body.count > 2 else { return nil }
            for k in 2..<body.count {
                let c = body[k]
                let d: UInt32
                switch c {
                case 0x30...0x39: d = UInt32(c - 0x30)
                case 0x41...0x46: d = UInt32(c - 0x41 + 10)
                case 0x61...0x66: d = UInt32(c - 0x61 + 10)
                default: return nil
                }
                v = v << 4 | d
                if v > 0x10FFFF { return nil }
            }
            return v
        }
        guard body.count > 1 else { return nil }
        for k in 1..<body.count {
            let c = body[k]
            guard c &- 0x30 < 10 else { return nil }
            v = v * 10 + UInt32(c - 0x30)
            if v > 0x10FFFF { return nil }
        }
        return v
    }

    /// XML 1.0's Char production.
    static func isXMLChar(_ v: UInt32) -> Bool {
        switch v {
        case 0x09, 0x0A, 0x0D, 0x20...0xD7FF, 0xE000...0xFFFD, 0x10000...0x10FFFF: return true
        default: return false
        }
    }

    static func appendUTF8(_ v: UInt32, to out: inout [UInt8]) {
        switch v {
        case ..<0x80: out.append(UInt8(v))
        case ..<0x800:
            out.append(UInt8(0xC0 | v >> 6)); out.append(UInt8(0x80 | v & 0x3F))
        case ..<0x10000:
            out.append(UInt8(0xE0 | v >> 12)); out.append(UInt8(0x80 | v >> 6 & 0x3F)); out.append(UInt8(0x80 | v & 0x3F))
        default:
            out.append(UInt8(0xF0 | v >> 18)); out.append(UInt8(0x80 | v >> 12 & 0x3F))
            out.append(UInt8(0x80 | v >> 6 & 0x3F)); out.append(UInt8(0x80 | v & 0x3F))
        }
    }

    /// True when `b` is valid UTF-8 of XML characters only (no C0 controls but TAB, LF, CR;
    /// no surrogates, U+FFFE or U+FFFF) — what expat checked in every text it delivered.
    static func isValid(_ b: UnsafeBufferPointer<UInt8>) -> Bool {
        var i = 0
        let n = b.count
        while i < n {
            let c = b[i]
            if c < 0x80 {
                if c < 0x20, c != 0x09, c != 0x0A, c != 0x0D { return false }
                i += 1
                continue
            }
            if c < 0xC2 { return false }
            if c < 0xE0 {
                guard i + 1 < n, b[i + 1] & 0xC0 == 0x80 else { return false }
                i += 2
                continue
            }
            if c < 0xF0 {
                guard i + 2 < n, b[i + 1] & 0xC0 == 0x80, b[i + 2] & 0xC0 == 0x80 else { return false }
                let v = UInt32(c & 0x0F) << 12 | UInt32(b[i + 1] & 0x3F) << 6 | UInt32(b[i + 2] & 0x3F)
                if v < 0x800 || (v >= 0xD800 && v <= 0xDFFF) || v == 0xFFFE || v == 0xFFFF { return false }
                i += 3
                continue
            }
            guard c < 0xF5, i + 3 < n, b[i + 1] & 0xC0 == 0x80, b[i + 2] & 0xC0 == 0x80, b[i + 3] & 0xC0 == 0x80
            else { return false }
            let v = UInt32(c & 0x07) << 18 | UInt32(b[i + 1] & 0x3F) << 12 | UInt32(b[i + 2] & 0x3F) << 6
                | UInt32(b[i + 3] & 0x3F)
            if v < 0x10000 || v > 0x10FFFF { return false }
            i += 4
        }
        return true
    }
}
