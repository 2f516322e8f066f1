import Glibc

/// The records of a BIFF5 / BIFF8 workbook stream: `type`, then `data` (at most 8,224 bytes),
/// read with bounds checks; a record that runs past the stream ends the walk with an error.
struct BIFFRecords {
    let stream: [UInt8]
    private(set) var offset: Int

    init(_ stream: [UInt8], at offset: Int = 0) {
        self.stream = stream
        self.offset = offset
    }

    /// The next record, nil at the end of the stream.
    mutating func next() throws(BIFFRecords.Damaged) -> (type: UInt16, start: Int, data: ArraySlice<UInt8>)? {
        guard offset + 4 <= stream.count else { return nil }
        let type = UInt16(stream[offset]) | UInt16(stream[offset + 1]) << 8
        let size = Int(UInt16(stream[offset + 2]) | UInt16(stream[offset + 3]) << 8)
        let start = offset
        guard offset + 4 + size <= stream.count else { throw Damaged(offset: offset) }
        offset += 4 + size
        return (type, start, stream[(start + 4)..<(start + 4 + size)])
    }

    /// The data of the CONTINUE records that follow the current one.
    mutating func continues() -> [ArraySlice<UInt8>] {
        var out: [ArraySlice<UInt8>] = []
        while offset + 4 <= stream.count, stream[offset] == 0x3C, stream[offset + 1] == 0 {
            let size = Int(UInt16(stream[offset + 2]) | UInt16(stream[offset + 3]) << 8)
            guard offset + 4 + size <= stream.count else { break }
            out.append(stream[(offset + 4)..<(offset + 4 + size)])
            offset += 4 + size
        }
        return out
    }

    /// A record that runs past the end of the stream.
    struct Damaged: Error { var offset: Int }
}

extension ArraySlice where Element == UInt8 {
    /// Little-endian integers at an offset from the slice's start; 0 past the end.
    func u8(_ i: Int) -> Int { i >= 0 && i < count ? Int(self[startIndex + i]) : 0 }
    func u16(_ i: Int) -> Int { u8(i) | u8(i + 1) << 8 }
    func u32(_ i: Int) -> UInt32 { UInt32(u16(i)) | UInt32(u16(i + 2)) << 16 }

    /// An IEEE double at an offset; nil past the end.
    func f64(_ i: Int) -> Double? {
        guard i >= 0, i + 8 <= count else { return nil }
        var bits: UInt64 = 0
        for k in 0..<8 { bits |= UInt64(self[startIndex + i + k]) << (8 * k) }
        return Double(bitPattern: bits)
    }

    /// The bytes from `i` on.
    func from(_ i: Int) -> ArraySlice<UInt8> { i < count ? self[(startIndex + i)...] : [] }
}

/// Strings as BIFF stores them.
enum BIFFText {
    /// A BIFF8 unicode string of `chars` characters whose option flags are at `data[0]`; the
    /// characters may run on into CONTINUE records, each starting with its own flags byte.
    static func unicode(chars: Int, _ data: ArraySlice<UInt8>,
                        continues: [ArraySlice<UInt8>] = []) throws(BIFFCursor.Short) -> String {
        var cursor = BIFFCursor(data, continues: continues)
        return try cursor.string(count: chars)
    }

    /// 8-bit text in a BIFF5 code page (CODEPAGE record), through glibc iconv, flushed at the
    /// end: the stateful CP1258 converter holds each string's last letter back, waiting for a
    /// tone mark, until it is flushed.
    static func codePage(_ bytes: ArraySlice<UInt8>, _ codePage: Int?) -> String {
        if bytes.allSatisfy({ $0 < 0x80 }) { return String(decoding: bytes, as: UTF8.self) }
        let name: String
        switch codePage ?? 1252 {
        case 367: name = "ASCII"
        case 1200: name = "UTF-16LE"
        case 10000, 0x8000: name = "MACINTOSH"
        case 0x8001: name = "CP1252"
        case let n: name = "CP\(n)"
        }
        let cd = iconv_open("UTF-8", name)
        guard cd != iconv_t(bitPattern: -1) else { return String(decoding: bytes, as: UTF8.self) }
        defer { iconv_close(cd) }
        var input = bytes.map { CChar(bitPattern: $0) }
        let capacity = bytes.count * 4 + 8
        var output = [CChar](repeating: 0, count: capacity)
        let produced: Int = input.withUnsafeMutableBufferPointer { inBuffer in
            output.withUnsafeMutableBufferPointer { outBuffer in
                var inPtr = inBuffer.baseAddress, inLeft = inBuffer.count
                var outPtr = outBuffer.baseAddress, outLeft = capacity
                _ = iconv(cd, &inPtr, &inLeft, &outPtr, &outLeft)  // stops at a bad byte; the rest is dropped
                // CP1258 holds the last letter back, waiting for a tone mark: flush it.
                _ = iconv(cd, nil, nil, &outPtr, &outLeft)
                return capacity - outLeft
            }
        }
        return output[0..<produced].withUnsafeBufferPointer {
            $0.withMemoryRebound(to: UInt8.self) { Text.nfc(String(decoding: $0, as: UTF8.self)) }
        }
    }

    /// The text of a cell error code (BErr).
    static func error(_ code: Int) -> String {
        switch code {
        case 0x00: return "#NULL!"
        case 0x07: return "#DIV/0!"
        case 0x0F: return "#VALUE!"
        case 0x17: return "#REF!"
        case 0x1D: return "#NAME?"
        case 0x24: return "#NUM!"
        case 0x2A: return "#N/A"
        default: return "#GETTING_DATA"
        }
    }
}
