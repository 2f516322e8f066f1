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

    /// True when every scalar is below U+0300 or in a block known to be NFC-stable.
    static func isStableNFC(_ s: String) -> Bool {
        for u in s.utf8 where u >= 0x80 {
            return s.unicodeScalars.allSatisfy { v in
                let x = v.value
                return x < 0x300 || (0x1EA0...0x1EF9).contains(x) || (0x2010...0x2027).contains(x)
                    || x == 0x20AB || x == 0x20AC
            }
        }
        return true
    }

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
