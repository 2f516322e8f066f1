import SheetModel

/// Counts cells across the sheets of one file, against `maxCellsPerFile`.
final class CellBudget {
    var used = 0
}

/// Reads one worksheet part into a `Sheet` with a pull loop over the scanner: rows and
/// cells with or without `r`, every cell type, formulas with or without a cached value,
/// merged ranges. Cells are appended in file order; nothing after the merged ranges is
/// read (data validations, print setup…). An empty value (`<v/>`) is an empty cell.
/// Plain cells (`<c r="B7" s="3" t="s"><v>12</v></c>`) take `XMLScanner.quickCell`.
struct WorksheetParser {
    enum Kind { case number, shared, string, inline, bool, error, date }

    let name: String
    let state: SheetState
    let shared: SharedStrings?
    let styles: Styles
    let date1904: Bool
    let file: String
    let part: String
    let limits: ReadLimits
    let budget: CellBudget

    /// Excel's most characters in a cell; longer text is kept, with a note.
    static let maxCellCharacters = 32_767
    /// Most `cellTooLong` notes per sheet.
    static let maxLongCellNotes = 10

    /// What reading one worksheet gives.
    struct Result {
        var sheet: Sheet
        /// Cells whose text is longer than Excel allows.
        var notes: [ReadNote]
        /// The first cell (row-major) whose text looks typed in a TCVN3 / VNI font.
        var legacyText: ReadNote?
    }

    /// The sheet and its notes.
    func read(_ archive: ZipArchive) throws(ReadError) -> Result {
        try archive.withEntry(part) { (bytes) throws(ReadError) -> Result in
            try XMLDocument.scan(bytes, terminated: true, file: file, part: part, limits: limits) { (scanner) throws(ReadError) in
                var builder = SheetBuilder(parser: self)
                try builder.parse(&scanner)
                return builder.result()
            }
        }
    }
}

extension WorksheetParser {
    func decode(_ b: UnsafeBufferPointer<UInt8>, kind: Kind, style: Int, ref: CellRef) throws(ReadError) -> CellValue {
        if b.isEmpty { return .empty }
        // What the value holds is text of the part: bytes that are no XML characters
        // make the part malformed (numbers and indexes are checked by their parsers).
        func checked() throws(ReadError) {
            guard XMLText.isValid(b) else {
                throw ReadError(.xmlMalformed, file: file, part: part, sheet: name, cell: ref,
                                detail: "not well-formed (invalid token)")
            }
        }
        switch kind {
        case .number:
            guard let d = Numbers.double(b) else { return .text(try text(b, escapes: false, ref: ref)) }
            if styles.isDate(style),
               let date = ExcelDate.fromSerial(d, date1904: date1904) {
                return .date(date)
            }
            return .number(d)
        case .shared:
            let count = shared?.count ?? 0
            guard let i = Numbers.int(b), i < count, let shared else {
                try checked()
                throw ReadError(.sharedStringIndex, file: file, sheet: name, cell: ref,
                                detail: String(decoding: b.prefix(20), as: UTF8.self) + " / \(count)")
            }
            let s = try shared.string(i)
            return s.isEmpty ? .empty : .text(s)
        case .string, .inline:
            return .text(try text(b, escapes: true, ref: ref))
        case .bool:
            try checked()
            return .bool(b.count == 1 ? b[0] == 0x31 : (b.first == 0x74 || b.first == 0x54))
        case .error:
            try checked()
            return .error(String(decoding: b, as: UTF8.self))
        case .date:
            if let date = ExcelDate.fromISO(b) { return .date(date) }
            return .text(try text(b, escapes: false, ref: ref))
        }
    }

    private func text(_ b: UnsafeBufferPointer<UInt8>, escapes: Bool, ref: CellRef) throws(ReadError) -> String {
        guard let s = Text.xml(b, escapes: escapes) else {
            throw ReadError(.xmlMalformed, file: file, part: part, sheet: name, cell: ref,
                            detail: "not well-formed (invalid token)")
        }
        return s
    }
}
