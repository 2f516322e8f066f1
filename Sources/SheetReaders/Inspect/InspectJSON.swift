import SheetModel

/// The JSON of `thidua inspect --json` (SPEC §9), written by hand for a stable key order.
///
/// `{"file","format","sheets":[{"name","state","rows":[[CELL…]…]}]}`: rows from row 1 and
/// columns from A; each row ends at its last value (trailing empty columns trimmed) and
/// the sheet at its last row holding a value (trailing empty rows trimmed). CELL is `null`,
/// a string, a number, `true`/`false`, `{"date":…}`, `{"datetime":…}` or `{"error":…}`.
/// The reader's `maxExtentCells` bounds the size of the dense rows.
public enum InspectJSON {
    /// The document for a file that was read.
    public static func render(_ result: ReadResult, file: String) -> String {
        var out = "{\"file\":" + quote(file) + ",\"format\":" + quote(result.format.rawValue) + ",\"sheets\":["
        for (k, sheet) in result.grid.sheets.enumerated() {
            if k > 0 { out += "," }
            out += "{\"name\":" + quote(sheet.name) + ",\"state\":" + quote(sheet.state.rawValue) + ",\"rows\":"
            out += rows(sheet)
            out += "}"
        }
        return out + "]}"
    }

    /// The document for a file that could not be read; `message` is the catalog's sentence.
    public static func render(_ error: ReadError, file: String, message: String) -> String {
        "{\"file\":" + quote(file) + ",\"error\":{\"code\":" + quote(error.code.rawValue)
            + ",\"message\":" + quote(message) + "}}"
    }

    /// The dense rows of a sheet as a JSON array.
    static func rows(_ sheet: Sheet) -> String {
        let cells = sheet.sortedCells.filter { $0.cell.value != .empty }
        var out = "["
        var row = 0
        var i = 0
        while i < cells.count {
            let r = cells[i].ref.row
            while row < r { out += row == 0 ? "[]" : ",[]"; row += 1 }
            out += row == 0 ? "[" : ",["
            var column = 0
            while i < cells.count, cells[i].ref.row == r {
                while column < cells[i].ref.column { out += column == 0 ? "null" : ",null"; column += 1 }
                if column > 0 { out += "," }
                out += value(cells[i].cell.value)
                column += 1
                i += 1
            }
            out += "]"
            row += 1
        }
        return out + "]"
    }

    /// One CELL.
    public static func value(_ v: CellValue) -> String {
        switch v {
        case .empty: return "null"
        case .text(let s): return quote(s)
        case .number(let d): return d.isFinite ? CellValue.format(d) : "null"
        case .bool(let b): return b ? "true" : "false"
        case .date(let d):
            return d.isDateOnly ? "{\"date\":\"" + d.isoDate + "\"}" : "{\"datetime\":\"" + d.isoDateTime + "\"}"
        case .error(let e): return "{\"error\":" + quote(e) + "}"
        }
    }

    /// A JSON string literal.
    public static func quote(_ s: String) -> String {
        var out = "\""
        for u in s.unicodeScalars {
            switch u {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case _ where u.value < 0x20:
                let h = String(u.value, radix: 16)
                out += "\\u" + String(repeating: "0", count: 4 - h.count) + h
            default: out.unicodeScalars.append(u)
            }
        }
        return out + "\""
    }
}
