import Glibc

/// Decodes the bytes of a text file per SPEC §3.4: BOM, strict UTF-8, else Windows-1258.
enum TextDecoder {
    /// The decoded text (NFC) and the name of the encoding found.
    static func decode(_ b: UnsafeRawBufferPointer, file: String) throws(ReadError) -> (String, String) {
        if b.count >= 3, b[0] == 0xEF, b[1] == 0xBB, b[2] == 0xBF {
            let s = String(decoding: UnsafeRawBufferPointer(rebasing: b[3...]), as: UTF8.self)
            return (Text.nfc(s), "UTF-8-BOM")
        }
        if b.count >= 2, b[0] == 0xFF, b[1] == 0xFE { return (try utf16(b, littleEndian: true, file: file), "UTF-16LE") }
        if b.count >= 2, b[0] == 0xFE, b[1] == 0xFF { return (try utf16(b, littleEndian: false, file: file), "UTF-16BE") }
        if let s = String(validating: b, as: UTF8.self) { return (Text.nfc(s), "UTF-8") }
        return (Text.nfc(try cp1258(b, file: file)), "windows-1258")
    }

    private static func utf16(_ b: UnsafeRawBufferPointer, littleEndian: Bool, file: String) throws(ReadError) -> String {
        let n = (b.count - 2) / 2
        var units = [UInt16](repeating: 0, count: n)
        for k in 0..<n {
            let lo = b[2 + 2 * k], hi = b[3 + 2 * k]
            units[k] = littleEndian ? UInt16(hi) << 8 | UInt16(lo) : UInt16(lo) << 8 | UInt16(hi)
        }
        guard let s = String(validating: units, as: UTF16.self) else {
            throw ReadError(.textEncoding, file: file, detail: littleEndian ? "UTF-16LE" : "UTF-16BE")
        }
        return Text.nfc(s)
    }

    /// Windows-1258 through glibc iconv (which composes tone marks into NFC letters).
    static func cp1258(_ b: UnsafeRawBufferPointer, file: String) throws(ReadError) -> String {
        let cd = iconv_open("UTF-8", "CP1258")
        guard cd != iconv_t(bitPattern: -1) else {
            throw ReadError(.textEncoding, file: file, detail: "iconv_open CP1258: " + String(cString: strerror(errno)))
        }
        defer { iconv_close(cd) }
        let input = UnsafeMutableRawBufferPointer.allocate(byteCount: max(b.count, 1), alignment: 1)
        defer { input.deallocate() }
        input.copyMemory(from: b)
        let capacity = b.count * 4 + 16
        let output = UnsafeMutablePointer<CChar>.allocate(capacity: capacity)
        defer { output.deallocate() }
        var inPtr: UnsafeMutablePointer<CChar>? = input.baseAddress!.assumingMemoryBound(to: CChar.self)
        var inLeft = b.count
        var outPtr: UnsafeMutablePointer<CChar>? = output
        var outLeft = capacity
        if iconv(cd, &inPtr, &inLeft, &outPtr, &outLeft) == -1 {
            let offset = b.count - inLeft
            throw ReadError(.textEncoding, file: file,
                            detail: "CP1258 byte \(offset): " + String(cString: strerror(errno)))
        }
        let produced = capacity - outLeft
        return output.withMemoryRebound(to: UInt8.self, capacity: produced) {
            String(decoding: UnsafeBufferPointer(start: $0, count: produced), as: UTF8.self)
        }
    }
}
