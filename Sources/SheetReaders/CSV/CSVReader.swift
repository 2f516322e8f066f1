import SheetModel

/// Reads CSV / TSV text into a one-sheet grid; every field stays `.text` (the locator types it),
/// except that one protective apostrophe before a formula character is dropped (`isDefused`).
enum CSVReader {
    /// Reads decoded bytes; the sheet is named after the file (without its extension).
    static func read(_ bytes: UnsafeRawBufferPointer, name: String,
                     options: ReadOptions) throws(ReadError) -> (Grid, FileFormat, [ReadNote]) {
        let (text, encoding) = try TextDecoder.decode(bytes, file: name)
        var notes: [ReadNote] = []
        if encoding == "windows-1258" { notes.append(ReadNote(.legacyEncoding, detail: encoding)) }
        if let word = LossyCheck.firstLossyWord(text) {
            throw ReadError(.lossyEncoding, file: name, detail: "\"\(word)\"")
        }
        var utf8 = Array(text.utf8)
        defer { utf8 = [] }
        var start = 0
        var delimiter: UInt8?
        // Excel's `sep=;` first line.
        if utf8.count >= 5, utf8[0] | 0x20 == 0x73, utf8[1] | 0x20 == 0x65, utf8[2] | 0x20 == 0x70, utf8[3] == 0x3D {
            delimiter = utf8[4]
            start = 5
            while start < utf8.count, utf8[start] != 0x0A { start += 1 }
            start = min(start + 1, utf8.count)
        }
        let sep = delimiter ?? sniffDelimiter(utf8, from: start)
        var sheet = Sheet(name: Text.nfc(stem(name)))
        let unterminated = try utf8.withBuffer { (b) throws(ReadError) -> Bool in
            try parse(UnsafeBufferPointer(rebasing: b[start...]), delimiter: sep, into: &sheet,
                      file: name, limits: options.limits)
        }
        if unterminated { notes.append(ReadNote(.unterminatedQuote)) }
        let format: FileFormat = sep == 0x09 ? .tsv : .csv
        let properties = ["encoding": encoding, "delimiter": String(UnicodeScalar(sep))]
        return (Grid(sheets: [sheet], properties: properties), format, notes)
    }

    /// The delimiter of the header row: the first line holding `,` `;` or tab (outside quotes);
    /// the most frequent wins, ties going to tab, then `;`, then `,`.
    static func sniffDelimiter(_ b: [UInt8], from start: Int) -> UInt8 {
        var counts = (comma: 0, semicolon: 0, tab: 0)
        var quoted = false
        var i = start
        while i < b.count {
            let c = b[i]
            if c == 0x22 { quoted.toggle() }
            else if !quoted {
                switch c {
                case 0x2C: counts.comma += 1
                case 0x3B: counts.semicolon += 1
                case 0x09: counts.tab += 1
                case 0x0A, 0x0D:
                    if counts.comma + counts.semicolon + counts.tab > 0 { i = b.count }
                default: break
                }
            }
            i += 1
        }
        if counts.tab > 0, counts.tab >= counts.semicolon, counts.tab >= counts.comma { return 0x09 }
        if counts.semicolon > 0, counts.semicolon >= counts.comma { return 0x3B }
        return 0x2C
    }

    /// Parses RFC 4180 fields (quotes doubled inside quoted fields, embedded newlines kept as
    /// `\n`, CRLF / LF / CR line ends). Returns true when a quote was never closed.
    private static func parse(_ b: UnsafeBufferPointer<UInt8>, delimiter: UInt8, into sheet: inout Sheet,
                              file: String, limits: ReadLimits) throws(ReadError) -> Bool {
        var field: [UInt8] = []
        var row = 0, column = 0, cells = 0
        var quoted = false, atFieldStart = true
        func flush() throws(ReadError) {
            if !field.isEmpty {
                let ref = CellRef(row: row, column: column)
                cells += 1
                guard cells <= limits.maxCellsPerSheet else {
                    throw ReadError(.tooManyCells, file: file, cell: ref, detail: "> \(limits.maxCellsPerSheet)")
                }
                guard (max(sheet.rowCount, row + 1)) * max(sheet.columnCount, column + 1) <= limits.maxExtentCells else {
                    throw ReadError(.extentTooLarge, file: file, cell: ref)
                }
                let start = isDefused(field) ? 1 : 0
                sheet.set(Cell(.text(String(decoding: field[start...], as: UTF8.self))), at: ref)
                field.removeAll(keepingCapacity: true)
            }
            atFieldStart = true
        }
        var i = 0
        while i < b.count {
            let c = b[i]
            i += 1
            if quoted {
                if c == 0x22 {
                    if i < b.count, b[i] == 0x22 { field.append(0x22); i += 1 } else { quoted = false }
                } else if c == 0x0D {
                    field.append(0x0A)
                    if i < b.count, b[i] == 0x0A { i += 1 }
                } else {
                    field.append(c)
                }
                continue
            }
            switch c {
            case 0x22 where atFieldStart: quoted = true; atFieldStart = false
            case delimiter:
                try flush()
                column += 1
                guard column < CellRef.maxColumns else {
                    throw ReadError(.badCellReference, file: file, detail: "line \(row + 1)")
                }
            case 0x0A, 0x0D:
                if c == 0x0D, i < b.count, b[i] == 0x0A { i += 1 }
                try flush()
                row += 1
                column = 0
                guard row < CellRef.maxRows else { throw ReadError(.badCellReference, file: file, detail: "line \(row + 1)") }
            default:
                field.append(c)
                atFieldStart = false
            }
        }
        try flush()
        return quoted
    }

    /// `'=SUM(A1)`: text that thidua's CSV writer (and careful users) protected from
    /// being evaluated by prefixing an apostrophe. The apostrophe is dropped before `=`,
    /// `+`, `-`, `@`, tab, CR or LF (a CR inside quotes reads as LF), as spreadsheet
    /// programs do when they show such a cell; other text keeps its apostrophe ("'95").
    static func isDefused(_ field: [UInt8]) -> Bool {
        guard field.count >= 2, field[0] == 0x27 else { return false }
        switch field[1] {
        case 0x3D, 0x2B, 0x2D, 0x40, 0x09, 0x0D, 0x0A: return true
        default: return false
        }
    }

    private static func stem(_ name: String) -> String {
        let base = name.split(separator: "/").last.map(String.init) ?? name
        guard let dot = base.lastIndex(of: "."), dot != base.startIndex else { return base }
        return String(base[..<dot])
    }
}
