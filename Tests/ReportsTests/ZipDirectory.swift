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

extension ReportSheet {
    /// A readable, stable dump of the model for golden files.
    func dump() -> String {
        var out = ["sheet \(name) \(orientation) widths \(columnWidths)"]
        if let h = headerRows { out.append("header rows \(h.lowerBound)...\(h.upperBound) frozen columns \(frozenColumns)") }
        if let a = autofilter { out.append("autofilter \(a.firstRow),\(a.firstCol)...\(a.lastRow),\(a.lastCol)") }
        for a in colorScales { out.append("heat-map \(a.firstRow),\(a.firstCol)...\(a.lastRow),\(a.lastCol)") }
        for c in charts { out.append("chart \(c.kind) '\(c.title)' \(c.categories) \(c.values) at \(c.row),\(c.col)") }
        for (r, row) in rows.enumerated() {
            let cells = row.cells.enumerated().compactMap { c, cell -> String? in
                guard let cell else { return nil }
                let content: String = switch cell.content {
                case .empty: "·"
                case .text(let s): "\"\(s.replacingOccurrences(of: "\n", with: "⏎"))\""
                case .number(let n): String(format: "%.2f", n)
                case .formula(let f, let v): "=\(f)→" + String(format: "%.4f", v)
                }
                return "\(c):\(content)" + (cell.span > 1 ? "⟷\(cell.span)" : "") + " [\(cell.style)]"
            }
            out.append("\(r) h\(row.height.map { String(format: "%.0f", $0) } ?? "-") " + cells.joined(separator: " | "))
        }
        return out.joined(separator: "\n") + "\n"
    }
}
