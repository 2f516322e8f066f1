/// A strict RFC 4180 parser for checking the writer's CSV (tests only).
enum CSVTestParser {
    /// Rows of fields; `bom` tells whether the bytes started with a UTF-8 BOM.
    static func parse(_ bytes: [UInt8]) -> (bom: Bool, rows: [[String]]) {
        var body = bytes[...]
        let bom = body.starts(with: [0xEF, 0xBB, 0xBF])
        if bom { body = body.dropFirst(3) }
        let text = String(decoding: body, as: UTF8.self)
        var rows: [[String]] = [], row: [String] = [], field = "", quoted = false
        var chars = Array(text.unicodeScalars)[...]
        while let c = chars.popFirst() {
            if quoted {
                if c == "\"" {
                    if chars.first == "\"" { field.unicodeScalars.append("\""); chars = chars.dropFirst() } else { quoted = false }
                } else { field.unicodeScalars.append(c) }
            } else if c == "\"" { quoted = true }
            else if c == "," { row.append(field); field = "" }
            else if c == "\r" && chars.first == "\n" { chars = chars.dropFirst(); row.append(field); rows.append(row); row = []; field = "" }
            else { field.unicodeScalars.append(c) }
        }
        if !field.isEmpty || !row.isEmpty { row.append(field); rows.append(row) }
        return (bom, rows)
    }
}
