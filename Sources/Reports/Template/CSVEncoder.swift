/// Writes grids as CSV: UTF-8 with a BOM (so Excel shows Vietnamese letters),
/// comma-separated, CRLF line ends, RFC 4180 quoting.
///
/// Formula injection (SPEC §12): a text cell that starts with `=`, `+`, `-`, `@`,
/// tab or carriage return is written with a leading apostrophe (`'=x`), so no
/// spreadsheet program evaluates it; readers drop one leading apostrophe before
/// those characters. Numbers are written as numbers (`7.5`, never `7,5`).
enum CSVEncoder {
    static let bom: [UInt8] = [0xEF, 0xBB, 0xBF]

    /// The CSV bytes of a grid: every row from 0 to its last, every column of the grid.
    static func encode(_ grid: TemplateGrid) -> [UInt8] {
        var out = bom
        for r in 0..<grid.rowCount {
            var fields: [String] = []
            for c in 0..<grid.columnCount {
                fields.append(field(grid[r, c]?.content ?? .empty))
            }
            out += Array(fields.map(quote).joined(separator: ",").utf8)
            out += [0x0D, 0x0A]
        }
        return out
    }

    static func field(_ content: TemplateGrid.Content) -> String {
        switch content {
        case .empty: ""
        case .text(let s): defuse(s)
        case .number(let n): number(n)
        case .date(let d): d.description   // ISO 2024-01-05: unambiguous in every locale
        case .formula(_, _, let csv):
            switch csv {
            case .empty: ""
            case .number(let n): number(n)
            }
        }
    }

    /// `'=SUM(A1)` for text a spreadsheet would evaluate; other text unchanged.
    static func defuse(_ s: String) -> String {
        guard let first = s.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first) else { return s }
        return "'" + s
    }

    /// `5`, `7.5`, `0.25`.
    static func number(_ n: Double) -> String {
        if n == n.rounded(), abs(n) < 1e15 { return String(Int64(n)) }
        return String(n)
    }

    /// RFC 4180: quote fields holding a comma, quote, CR or LF, doubling quotes.
    static func quote(_ s: String) -> String {
        guard s.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" }) else { return s }
        return "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
