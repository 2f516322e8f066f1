import SheetModel
import Testing
@testable import SheetReaders

/// Mutations inside the XML of real workbooks (re-zipped, stored): what no writer does
/// changes nothing; damage ends in a typed error or a grid, never a crash or a hang.
@Suite struct XMLMutationTests {
    static let seeds = ["producers/xlsxwriter.xlsx", "producers/libreoffice.xlsx", "producers/openpyxl.xlsx",
                        "producers/gnumeric.xlsx", "quirks/shared-strings.xlsx", "quirks/namespace-prefix.xlsx",
                        "quirks/xml-syntax.xlsx", "quirks/formulas-merged-hidden.xlsx"]

    /// The entries of a workbook, inflated.
    static func entries(_ name: String) throws -> [(String, [UInt8])] {
        let bytes = try #require(FileManagerBytes.load(Fixtures.path(name)))
        let archive = try bytes.withUnsafeBytes { try ZipArchive(bytes: $0, file: name, limits: .standard) }
        return try archive.entryNames.map { entry in (entry, try archive.read(entry)) }
    }

    /// What a reader made of a workbook, comparable: every sheet's name, state, merges, cells.
    static func outcome(_ entries: [(String, [UInt8])]) -> String {
        do {
            let result = try SheetReader.read(data: StoredZip.make(entries), name: "m.xlsx")
            return result.grid.sheets.map { s in
                "\(s.name)|\(s.state)|\(s.merged)|" + s.sortedCells.map { "\($0.ref.a1)=\($0.cell)" }.joined(separator: ";")
            }.joined(separator: "\n")
        } catch {
            #expect(error.file == "m.xlsx")
            return "error:" + error.code.rawValue
        }
    }

    /// Rewrites that keep a document's meaning: the grid must not change.
    static let harmless: [(String, @Sendable ([UInt8]) -> [UInt8])] = [
        ("a comment after each end tag", { insert($0, after: "/>", "<!-- x - y -->") }),
        ("a processing instruction after each end tag", { insert($0, after: "/>", "<?thidua giữ?>") }),
        ("whitespace inside tags", { replace($0, "\"/>", "\" \n\t/>") }),
        ("single quotes", { singleQuotes($0) }),
        ("CRLF after empty elements", { replace($0, "/><", "/>\r\n<", onlyInRoot: true) }),
    ]

    @Test(arguments: seeds)
    func harmlessRewritesReadTheSame(_ name: String) throws {
        let original = try Self.entries(name)
        let expected = Self.outcome(original)
        #expect(!expected.hasPrefix("error:"))
        for (what, rewrite) in Self.harmless {
            let changed = original.map { entry in
                entry.0.hasSuffix(".xml") || entry.0.hasSuffix(".rels") ? (entry.0, rewrite(entry.1)) : entry
            }
            #expect(Self.outcome(changed) == expected, "\(name): \(what)")
        }
    }

    @Test(arguments: seeds)
    func damagedXMLEndsInAnErrorOrAGrid(_ name: String) throws {
        let original = try Self.entries(name)
        var rng = MutationTests.XorShift(state: 0x2545_F491_4F6C_DD1D ^ UInt64(name.utf8.count))
        var refused = 0
        for round in 0..<240 {
            var entries = original
            let xmlParts = entries.indices.filter { entries[$0].0.hasSuffix(".xml") || entries[$0].0.hasSuffix(".rels") }
            let k = xmlParts[Int.random(in: 0..<xmlParts.count, using: &rng)]
            var xml = entries[k].1
            guard !xml.isEmpty else { continue }
            let at = Int.random(in: 0..<xml.count, using: &rng)
            switch round % 6 {
            case 0: xml[at] ^= UInt8(1 << Int.random(in: 0..<8, using: &rng))
            case 1: xml.removeLast(xml.count - at)
            case 2: xml.insert(contentsOf: Array(["<", "&", "&#0;", "&bogus;", "]]>", "<!DOCTYPE x>", "\u{1}", "\"", "</x>",
                                                  "<![CDATA[", "<!--", "<?", "\u{FF}"][round % 13].utf8), at: at)
            case 3: xml.removeSubrange(at..<min(xml.count, at + 1 + Int.random(in: 0..<40, using: &rng)))
            case 4: xml.insert(contentsOf: Array(repeating: Array("<a>".utf8), count: 70).flatMap { $0 }, at: at)
            default: xml[at] = UInt8.random(in: 0...255, using: &rng)
            }
            entries[k].1 = xml
            if Self.outcome(entries).hasPrefix("error:") { refused += 1 }
        }
        #expect(refused > 60, "\(name): only \(refused) of 240 damaged files were refused")
    }

    // MARK: Rewrites

    static func insert(_ b: [UInt8], after marker: String, _ text: String) -> [UInt8] {
        replace(b, marker, marker + text, onlyInRoot: true)
    }

    /// Replaces every `old` by `new`; `onlyInRoot` leaves the prologue alone.
    static func replace(_ b: [UInt8], _ old: String, _ new: String, onlyInRoot: Bool = false) -> [UInt8] {
        let o = Array(old.utf8), n = Array(new.utf8)
        var out: [UInt8] = []
        var i = 0
        let start = onlyInRoot ? rootStart(b) : 0
        while i < b.count {
            if i >= start, i + o.count <= b.count, Array(b[i..<(i + o.count)]) == o {
                out += n
                i += o.count
            } else {
                out.append(b[i])
                i += 1
            }
        }
        return out
    }

    /// Offset of the root element's start tag.
    static func rootStart(_ b: [UInt8]) -> Int {
        var i = 0
        while i + 1 < b.count {
            if b[i] == 0x3C, b[i + 1] != 0x3F, b[i + 1] != 0x21 { return i }
            i += 1
        }
        return 0
    }

    /// `x="v"` → `x='v'` inside tags, when `v` has no `'`.
    static func singleQuotes(_ b: [UInt8]) -> [UInt8] {
        var out = b
        var inTag = false, i = rootStart(b)
        while i < out.count {
            let c = out[i]
            if c == 0x3C { inTag = true } else if c == 0x3E { inTag = false }
            if inTag, c == 0x3D, i + 1 < out.count, out[i + 1] == 0x22,
               let close = out[(i + 2)...].firstIndex(of: 0x22), !out[(i + 2)..<close].contains(0x27) {
                out[i + 1] = 0x27
                out[close] = 0x27
                i = close
            }
            i += 1
        }
        return out
    }
}

/// A ZIP of stored entries, written by hand for tests (CRC-32 included).
enum StoredZip {
    static func make(_ entries: [(String, [UInt8])]) -> [UInt8] {
        var out: [UInt8] = [], central: [UInt8] = []
        func u16(_ v: Int, _ to: inout [UInt8]) { to += [UInt8(v & 0xFF), UInt8(v >> 8 & 0xFF)] }
        func u32(_ v: UInt32, _ to: inout [UInt8]) { for k in 0..<4 { to.append(UInt8(v >> (8 * UInt32(k)) & 0xFF)) } }
        for (name, data) in entries {
            let n = Array(name.utf8), crc = crc32(data), offset = UInt32(out.count)
            u32(0x0403_4B50, &out); u16(20, &out); u16(0, &out); u16(0, &out); u16(0, &out); u16(0, &out)
            u32(crc, &out); u32(UInt32(data.count), &out); u32(UInt32(data.count), &out)
            u16(n.count, &out); u16(0, &out); out += n; out += data
            u32(0x0201_4B50, &central); u16(20, &central); u16(20, &central); u16(0, &central); u16(0, &central)
            u16(0, &central); u16(0, &central); u32(crc, &central); u32(UInt32(data.count), &central)
            u32(UInt32(data.count), &central); u16(n.count, &central); u16(0, &central); u16(0, &central)
            u16(0, &central); u16(0, &central); u32(0, &central); u32(offset, &central); central += n
        }
        let at = UInt32(out.count)
        out += central
        u32(0x0605_4B50, &out); u16(0, &out); u16(0, &out); u16(entries.count, &out); u16(entries.count, &out)
        u32(UInt32(central.count), &out); u32(at, &out); u16(0, &out)
        return out
    }

    static func crc32(_ data: [UInt8]) -> UInt32 {
        var crc: UInt32 = 0xFFFF_FFFF
        for b in data {
            crc ^= UInt32(b)
            for _ in 0..<8 { crc = crc & 1 == 1 ? (crc >> 1) ^ 0xEDB8_8320 : crc >> 1 }
        }
        return ~crc
    }
}
