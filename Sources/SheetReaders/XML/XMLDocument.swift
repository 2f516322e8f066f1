import Glibc

/// The start of an XML document: byte order mark, encoding and XML declaration.
///
/// Parts are UTF-8 in practice; as expat did, UTF-16 (by BOM or by its first bytes),
/// ISO-8859-1 and US-ASCII (by declaration) are accepted and turned into UTF-8 first,
/// and any other declared encoding is refused.
enum XMLDocument {
    /// Where scanning starts and, when the bytes had to be transcoded, the UTF-8 bytes.
    struct Prepared {
        var utf8: [UInt8]?
        var offset: Int
    }

    /// Runs `body` with a scanner over a whole document (transcoded to UTF-8 if need be).
    /// `terminated` promises a readable NUL after `bytes` (as `ZipArchive.withEntry` gives);
    /// otherwise the bytes are copied to add one.
    static func scan<R>(_ bytes: UnsafeBufferPointer<UInt8>, terminated: Bool = false, file: String, part: String,
                        limits: ReadLimits, _ body: (inout XMLScanner) throws(ReadError) -> R) throws(ReadError) -> R {
        let prepared = try prepare(bytes, file: file, part: part)
        if prepared.utf8 != nil || !terminated || bytes.baseAddress == nil {
            var copy = prepared.utf8 ?? Array(bytes)
            let offset = prepared.offset
            copy.append(0)
            return try copy.withBuffer { (b) throws(ReadError) -> R in
                var scanner = XMLScanner(terminated: b.baseAddress!, count: b.count - 1, offset: offset, file: file,
                                         part: part, maxDepth: limits.maxXMLDepth)
                return try body(&scanner)
            }
        }
        var scanner = XMLScanner(terminated: bytes.baseAddress!, count: bytes.count, offset: prepared.offset,
                                 file: file, part: part, maxDepth: limits.maxXMLDepth)
        return try body(&scanner)
    }

    /// Checks the start of a document; `offset` is past a UTF-8 BOM and the XML declaration.
    static func prepare(_ b: UnsafeBufferPointer<UInt8>, file: String, part: String) throws(ReadError) -> Prepared {
        func fail(_ what: String) -> ReadError {
            ReadError(.xmlMalformed, file: file, part: part, detail: what + ", line 1 column 0")
        }
        let n = b.count
        // UTF-16, by BOM or by `<` / `<?` spelt in two bytes.
        var utf16: Bool?  // true = little endian
        if n >= 2, b[0] == 0xFF, b[1] == 0xFE { utf16 = true }
        else if n >= 2, b[0] == 0xFE, b[1] == 0xFF { utf16 = false }
        else if n >= 4, b[0] == 0x3C, b[1] == 0, b[2] != 0 || b[3] != 0 { utf16 = true }
        else if n >= 4, b[0] == 0, b[1] == 0x3C { utf16 = false }
        if let little = utf16 {
            guard let converted = fromUTF16(b, littleEndian: little) else { throw fail("not well-formed (invalid token)") }
            let offset = try converted.withUnsafeBufferPointer { (u) throws(ReadError) -> Int in
                try declaration(u, from: 0, file: file, part: part, utf16: true).end
            }
            return Prepared(utf8: converted, offset: offset)
        }
        let start = n >= 3 && b[0] == 0xEF && b[1] == 0xBB && b[2] == 0xBF ? 3 : 0
        let (end, declared) = try declaration(b, from: start, file: file, part: part, utf16: false)
        if let encoding = declared {
            switch encoding {
            case "utf-8", "": break
            case "iso-8859-1":
                var out: [UInt8] = []
                out.reserveCapacity(n + n / 4)
                for i in end..<n {
                    let c = b[i]
                    if c < 0x80 { out.append(c) } else { out.append(0xC0 | c >> 6); out.append(0x80 | c & 0x3F) }
                }
                return Prepared(utf8: out, offset: 0)
            case "us-ascii":
                for i in end..<n where b[i] >= 0x80 { throw fail("not well-formed (invalid token)") }
            case "utf-16", "utf-16le", "utf-16be":
                throw fail("encoding specified in XML declaration is incorrect")
            default:
                throw fail("unknown encoding")
            }
        }
        return Prepared(utf8: nil, offset: end)
    }

    /// Offset past the XML declaration at `from` (or `from` when there is none) and its
    /// encoding, lower-cased ("" when not declared; nil without a declaration); refuses a
    /// malformed declaration.
    private static func declaration(_ b: UnsafeBufferPointer<UInt8>, from: Int, file: String, part: String,
                                    utf16: Bool) throws(ReadError) -> (end: Int, encoding: String?) {
        let n = b.count
        guard from + 5 < n, b[from] == 0x3C, b[from + 1] == 0x3F, b[from + 2] == 0x78, b[from + 3] == 0x6D,
              b[from + 4] == 0x6C, isSpace(b[from + 5]) else { return (from, nil) }
        // The declarations writers use, recognised whole (what the parse below would find).
        for (text, encoding) in commonDeclarations where from + text.count <= n {
            if text.withUnsafeBufferPointer({ t in memcmp(b.baseAddress! + from, t.baseAddress!, t.count) == 0 }) {
                if utf16, !encoding.isEmpty, !encoding.hasPrefix("utf-16") { break }
                return (from + text.count, encoding)
            }
        }
        var i = from + 5
        var names: [String] = []
        var encoding = ""
        while true {
            while i < n, isSpace(b[i]) { i += 1 }
            guard i + 1 < n else { break }
            if b[i] == 0x3F, b[i + 1] == 0x3E {
                i += 2
                let order = ["version", "encoding", "standalone"]
                guard names.first == "version", names == order.filter(names.contains),
                      Set(names).count == names.count else { break }
                if utf16, !encoding.isEmpty, !encoding.hasPrefix("utf-16") {
                    throw ReadError(.xmlMalformed, file: file, part: part,
                                    detail: "encoding specified in XML declaration is incorrect, line 1 column 0")
                }
                return (i, encoding)
            }
            var k = i
            while k < n, (b[k] | 0x20) >= 0x61 && (b[k] | 0x20) <= 0x7A { k += 1 }
            let name = String(decoding: UnsafeBufferPointer(rebasing: b[i..<k]), as: UTF8.self)
            i = k
            while i < n, isSpace(b[i]) { i += 1 }
            guard i < n, b[i] == 0x3D else { break }
            i += 1
            while i < n, isSpace(b[i]) { i += 1 }
            guard i < n, b[i] == 0x22 || b[i] == 0x27 else { break }
            let quote = b[i]
            var e = i + 1
            while e < n, b[e] != quote, b[e] != 0x3C, b[e] != 0x3F { e += 1 }
            guard e < n, b[e] == quote, e > i + 1 else { break }
            let raw = UnsafeBufferPointer(rebasing: b[(i + 1)..<e])
            let value = String(decoding: raw, as: UTF8.self)
            // XML's VersionNum and EncName characters, as expat checks them.
            func isNameByte(_ c: UInt8) -> Bool {
                (c | 0x20 >= 0x61 && c | 0x20 <= 0x7A) || (c >= 0x30 && c <= 0x39) || c == 0x2E || c == 0x5F || c == 0x2D
            }
            if name == "version", !raw.allSatisfy({ isNameByte($0) || $0 == 0x3A }) { break }
            if name == "encoding" {
                guard let first = raw.first, first | 0x20 >= 0x61, first | 0x20 <= 0x7A, raw.allSatisfy(isNameByte) else { break }
                encoding = value.lowercased()
            }
            if name == "standalone", value != "yes", value != "no" { break }
            names.append(name)
            i = e + 1
            guard i < n, isSpace(b[i]) || b[i] == 0x3F else { break }
        }
        throw ReadError(.xmlMalformed, file: file, part: part,
                        detail: "XML declaration not well-formed, line 1 column 0")
    }

    private static let commonDeclarations: [([UInt8], String)] = [
        (Array(#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"#.utf8), "utf-8"),
        (Array(#"<?xml version="1.0" encoding="UTF-8"?>"#.utf8), "utf-8"),
        (Array(#"<?xml version='1.0' encoding='UTF-8'?>"#.utf8), "utf-8"),
        (Array(#"<?xml version="1.0"?>"#.utf8), ""),
    ]

    private static func isSpace(_ c: UInt8) -> Bool { c == 0x20 || c == 0x09 || c == 0x0A || c == 0x0D }

    /// UTF-16 (with or without BOM) to UTF-8; nil for unpaired surrogates or an odd length.
    static func fromUTF16(_ b: UnsafeBufferPointer<UInt8>, littleEndian: Bool) -> [UInt8]? {
        guard b.count % 2 == 0 else { return nil }
        var out: [UInt8] = []
        out.reserveCapacity(b.count)
        var i = 0
        func unit(_ k: Int) -> UInt32 {
            littleEndian ? UInt32(b[k]) | UInt32(b[k + 1]) << 8 : UInt32(b[k]) << 8 | UInt32(b[k + 1])
        }
        if b.count >= 2, unit(0) == 0xFEFF { i = 2 }
        while i < b.count {
            var v = unit(i)
            i += 2
            if v >= 0xD800 && v <= 0xDBFF {
                guard i < b.count else { return nil }
                let low = unit(i)
                guard low >= 0xDC00 && low <= 0xDFFF else { return nil }
                v = 0x10000 + ((v - 0xD800) << 10) + (low - 0xDC00)
                i += 2
            } else if v >= 0xDC00 && v <= 0xDFFF {
                return nil
            }
            XMLText.appendUTF8(v, to: &out)
        }
        return out
    }
}
