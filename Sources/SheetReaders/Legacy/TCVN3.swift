import Glibc

/// TCVN3 (the "ABC" fonts `.VnTime`, `.VnArial`…): one byte per letter. Text typed in these
/// fonts is stored as the Windows-1252 characters of those bytes ("NguyÔn ThÞ Hßa"); the
/// bytes are recovered and decoded by glibc iconv's `TCVN5712-1`, whose table matches the
/// TCVN3 letters.
enum TCVN3 {
    /// Converts text typed in a TCVN3 font to Unicode (NFC); nil when the text holds a
    /// character that no Windows-1252 byte gives (it was not typed in that font).
    static func decode(_ text: String, converter: Converter) -> String? {
        guard let bytes = Windows1252.bytes(text) else { return nil }
        return converter.convert(bytes).map(Text.nfc)
    }

    /// One iconv descriptor for a run of conversions on one thread.
    final class Converter {
        private let cd: iconv_t?

        init() {
            let cd = iconv_open("UTF-8", "TCVN5712-1")
            self.cd = cd == iconv_t(bitPattern: -1) ? nil : cd
        }

        deinit { if let cd { iconv_close(cd) } }

        /// The UTF-8 text of TCVN3 bytes, nil when iconv is missing or refuses them.
        func convert(_ bytes: [UInt8]) -> String? {
            guard let cd else { return nil }
            _ = iconv(cd, nil, nil, nil, nil)  // reset the shift state left by the last call
            var input = bytes.map { CChar(bitPattern: $0) }
            let capacity = bytes.count * 4 + 16
            var output = [CChar](repeating: 0, count: capacity)
            let produced: Int? = input.withUnsafeMutableBufferPointer { inBuffer in
                output.withUnsafeMutableBufferPointer { outBuffer in
                    var inPtr = inBuffer.baseAddress
                    var inLeft = inBuffer.count
                    var outPtr = outBuffer.baseAddress
                    var outLeft = capacity
                    if iconv(cd, &inPtr, &inLeft, &outPtr, &outLeft) == -1 { return nil }
                    if iconv(cd, nil, nil, &outPtr, &outLeft) == -1 { return nil }  // flush a pending letter
                    return capacity - outLeft
                }
            }
            guard let produced else { return nil }
            return output[0..<produced].withUnsafeBufferPointer {
                $0.withMemoryRebound(to: UInt8.self) { String(decoding: $0, as: UTF8.self) }
            }
        }
    }
}

/// The Windows-1252 code page, from characters back to bytes.
enum Windows1252 {
    /// U+0080–U+009F positions that Windows-1252 assigns to other characters.
    private static let high: [UInt32: UInt8] = [
        0x20AC: 0x80, 0x201A: 0x82, 0x0192: 0x83, 0x201E: 0x84, 0x2026: 0x85, 0x2020: 0x86,
        0x2021: 0x87, 0x02C6: 0x88, 0x2030: 0x89, 0x0160: 0x8A, 0x2039: 0x8B, 0x0152: 0x8C,
        0x017D: 0x8E, 0x2018: 0x91, 0x2019: 0x92, 0x201C: 0x93, 0x201D: 0x94, 0x2022: 0x95,
        0x2013: 0x96, 0x2014: 0x97, 0x02DC: 0x98, 0x2122: 0x99, 0x0161: 0x9A, 0x203A: 0x9B,
        0x0153: 0x9C, 0x017E: 0x9E, 0x0178: 0x9F,
    ]

    /// The bytes of `text`, nil when a character has no Windows-1252 byte. The five
    /// positions Windows-1252 leaves undefined (0x81, 0x8D, 0x8F, 0x90, 0x9D) come back as
    /// the C1 controls U+0081… as Windows passes them through.
    static func bytes(_ text: String) -> [UInt8]? {
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            let v = scalar.value
            if v < 0x80 || (v >= 0xA0 && v <= 0xFF) || [0x81, 0x8D, 0x8F, 0x90, 0x9D].contains(v) {
                out.append(UInt8(v))
            } else if let b = high[v] {
                out.append(b)
            } else {
                return nil
            }
        }
        return out
    }
}
