import Foundation
@testable import Reports

/// The part names of a ZIP file, read from its central directory (tests only: no
/// inflating). Checks the end-of-central-directory record and every entry's signature.
enum ZipDirectory {
    struct Problem: Error, CustomStringConvertible { var description: String }

    static func names(_ path: String) throws -> [String] {
        let d = try [UInt8](Data(contentsOf: URL(fileURLWithPath: path)))
        func u16(_ i: Int) -> Int { Int(d[i]) | Int(d[i + 1]) << 8 }
        func u32(_ i: Int) -> Int { u16(i) | u16(i + 2) << 16 }
        guard d.count > 22, u32(0) == 0x0403_4B50 else { throw Problem(description: "not a ZIP (no local header)") }
        guard let eocd = stride(from: d.count - 22, through: max(0, d.count - 65_557), by: -1)
            .first(where: { u32($0) == 0x0605_4B50 }) else { throw Problem(description: "no end of central directory") }
        let count = u16(eocd + 10)
        var p = u32(eocd + 16)
        var names: [String] = []
        for _ in 0..<count {
            guard p + 46 <= d.count, u32(p) == 0x0201_4B50 else { throw Problem(description: "bad central directory entry at \(p)") }
            let n = u16(p + 28), extra = u16(p + 30), comment = u16(p + 32)
            names.append(String(decoding: d[(p + 46)..<(p + 46 + n)], as: UTF8.self))
            p += 46 + n + extra + comment
        }
        return names
    }
}

/// Reads the XML parts of a workbook (`xl/workbook.xml` → text). The golden XML
/// comparison plugs in SheetReaders' ZIP reader here once it is merged.
protocol WorkbookPartReader {
    func parts(of path: String) throws -> [String: String]
}
