import Foundation

/// Writes a sheet description as CSV: UTF-8 with a BOM (so Excel shows Vietnamese
/// letters), comma-separated, CRLF line ends, RFC 4180 quoting; every row up to the last
/// that holds a cell, every column of the sheet, the same cells as the XLSX sheet.
///
/// Formula injection (SPEC §12): a text cell that starts with `=`, `+`, `-`, `@`, tab or
/// carriage return is written with a leading apostrophe (`'=x`), so no spreadsheet
/// program evaluates it; readers drop one leading apostrophe before those characters.
/// Numbers are written as numbers (`7.5`, never `7,5`), dates as ISO days, and a formula
/// as the plain number it stands for, or nothing.
public enum CSVWriter {
    static let bom: [UInt8] = [0xEF, 0xBB, 0xBF]

    /// The CSV bytes of the sheet's rows (made beforehand: blocks are not CSV's business).
    public static func bytes<Style>(_ sheet: SheetDescription<Style>) -> [UInt8] {
        var out = bom
        let last = sheet.rows.lastIndex { $0.cells.contains { $0 != nil } } ?? -1
        for r in stride(from: 0, through: last, by: 1) {
            var fields: [String] = []
            fields.reserveCapacity(sheet.columnCount)
            for c in 0..<sheet.columnCount { fields.append(field(sheet[r, c]?.content ?? .empty)) }
            out += Array(fields.map(quote).joined(separator: ",").utf8)
            out += [0x0D, 0x0A]
        }
        return out
    }

    /// What the CSV holds for a cell.
    public static func field(_ content: CellContent) -> String {
        switch content {
        case .empty: ""
        case .text(let s): defuse(s)
        case .number(let n): number(n)
        case .date(let d): d.description   // ISO 2024-01-05: unambiguous in every locale
        case .formula(_, _, let plain): plain.map(number) ?? ""
        }
    }

    /// `'=SUM(A1)` for text a spreadsheet would evaluate; other text unchanged.
    public static func defuse(_ s: String) -> String {
        guard let first = s.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first) else { return s }
        return "'" + s
    }

    /// `5`, `7.5`, `0.25`.
    public static func number(_ n: Double) -> String {
        if n == n.rounded(), abs(n) < 1e15 { return String(Int64(n)) }
        return String(n)
    }

    /// RFC 4180: quote fields holding a comma, quote, CR or LF, doubling quotes.
    public static func quote(_ s: String) -> String {
        guard s.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" }) else { return s }
        return "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
