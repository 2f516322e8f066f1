import SheetModel

/// Counts cells across the sheets of one file, against `maxCellsPerFile`.
final class CellBudget {
    var used = 0
}

/// Reads one worksheet part into a `Sheet` with a pull loop over the scanner: rows and
/// cells with or without `r`, every cell type, formulas with or without a cached value,
/// merged ranges. Cells are appended in file order; nothing after the merged ranges is
/// read (data validations, print setup…). An empty value (`<v/>`) is an empty cell.
struct WorksheetParser {
    private enum Kind { case number, shared, string, inline, bool, error, date }

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
                try parse(&scanner)
            }
        }
    }

    private func parse(_ scanner: inout XMLScanner) throws(ReadError) -> Result {
        var refs: [CellRef] = [], cells: [Cell] = []
        var merged: [CellRange] = []
        var legacy: [CellRef: LegacyFontEncoding] = [:]
        var notes: [ReadNote] = []
        var rows = 0, columns = 0
        var inSheetData = false
        var row = -1, column = -1
        var ref = CellRef(row: 0, column: 0)
        var kind = Kind.number
        var style = 0
        var hasFormula = false, hasValue = false
        var inInline = false, inPhonetic = false, collecting = false
        // A value's text: one piece of the document as it is (the usual case), or pieces
        // and decoded text gathered in `buffer`.
        var piece = 0..<0
        var inBuffer = false
        var buffer: [UInt8] = []
        buffer.reserveCapacity(64)
        var cellsInSheet = 0
        var legacyText: CellRef?

        func clearText() {
            piece = 0..<0
            if inBuffer { buffer.removeAll(keepingCapacity: true); inBuffer = false }
        }

        func finishCell() throws(ReadError) {
            guard hasValue || hasFormula else { return }
            let value: CellValue
            if !hasValue {
                value = .empty
            } else if inBuffer {
                value = try buffer.withBuffer { (b) throws(ReadError) in try decode(b, kind: kind, style: style, ref: ref) }
            } else {
                value = try decode(scanner.bytes(piece.lowerBound, piece.upperBound), kind: kind, style: style, ref: ref)
            }
            if value == .empty && !hasFormula { return }
            cellsInSheet += 1
            budget.used += 1
            guard cellsInSheet <= limits.maxCellsPerSheet, budget.used <= limits.maxCellsPerFile else {
                throw ReadError(.tooManyCells, file: file, sheet: name, cell: ref,
                                detail: "> \(min(limits.maxCellsPerSheet, limits.maxCellsPerFile))")
            }
            rows = max(rows, ref.row + 1)
            columns = max(columns, ref.column + 1)
            guard rows * columns <= limits.maxExtentCells else {
                throw ReadError(.extentTooLarge, file: file, sheet: name, cell: ref, detail: "\(rows) × \(columns)")
            }
            refs.append(ref)
            cells.append(Cell(value, isFormula: hasFormula))
            guard case .text(let text) = value else { return }
            let sharedIndex = kind == .shared ? (inBuffer ? buffer.withUnsafeBufferPointer { Numbers.int($0) }
                                                 : Numbers.int(scanner.bytes(piece.lowerBound, piece.upperBound))) : nil
            if styles.hasLegacyFonts || shared?.hasRunFonts == true {
                var encoding = styles.legacyFont(max(style, 0))
                if let i = sharedIndex, let shared, let runs = shared.runEncoding(i) { encoding = runs }
                if let encoding { legacy[ref] = encoding }
            }
            if legacyText.map({ ref < $0 }) ?? true {
                let looks = sharedIndex.flatMap { shared?.looksLegacy($0) } ?? LossyCheck.looksLegacy(text)
                if looks { legacyText = ref }
            }
            if text.utf8.count > Self.maxCellCharacters, text.utf16.count > Self.maxCellCharacters,
               notes.count < Self.maxLongCellNotes {
                notes.append(ReadNote(.cellTooLong, sheet: name, cell: ref, detail: "\(text.utf16.count)"))
            }
        }

        scan: while true {
            switch try scanner.next() {
            case .start:
                let (length, first) = scanner.localKey
                switch (length, first) {
                case (1, 0x63) where inSheetData:  // c
                    var refAttr: XMLAttribute?, typeAttr: XMLAttribute?, styleAttr: XMLAttribute?
                    for k in 0..<scanner.attributeCount {
                        let a = scanner.attributes[k]
                        guard a.nameEnd - a.localStart == 1 else { continue }
                        switch scanner.base[a.localStart] {
                        case 0x72: refAttr = a
                        case 0x74: typeAttr = a
                        case 0x73: styleAttr = a
                        default: break
                        }
                    }
                    if let refAttr {
                        let parsed = try scanner.withValue(refAttr) { (v) throws(ReadError) -> CellRef? in CellRef.parse(v) }
                        guard let parsed else {
                            throw ReadError(.badCellReference, file: file, sheet: name, detail: try scanner.string(refAttr))
                        }
                        ref = parsed
                        row = parsed.row
                        column = parsed.column
                    } else {
                        column += 1
                        if row < 0 { row = 0 }
                        guard column < CellRef.maxColumns else {
                            throw ReadError(.badCellReference, file: file, sheet: name, detail: "column \(column + 1)")
                        }
                        ref = CellRef(row: row, column: column)
                    }
                    kind = .number
                    if let typeAttr {
                        kind = try scanner.withValue(typeAttr) { (t) throws(ReadError) -> Kind in
                            switch (t.first ?? 0, t.count > 1 ? t[1] : 0) {
                            case (0x73, 0): return .shared
                            case (0x73, _): return .string
                            case (0x69, _): return .inline
                            case (0x62, _): return .bool
                            case (0x65, _): return .error
                            case (0x64, _): return .date
                            default: return .number
                            }
                        }
                    }
                    style = -1
                    if let styleAttr, let index = try scanner.int(styleAttr) { style = index }
                    hasFormula = false
                    hasValue = false
                    clearText()
                case (1, 0x76):  // v
                    collecting = true
                    hasValue = true
                    clearText()
                case (1, 0x66):  // f
                    hasFormula = true
                case (1, 0x74):  // t (inside is)
                    collecting = inInline && !inPhonetic
                case (2, 0x69) where scanner.isNamed("is"):
                    inInline = true
                    hasValue = true
                    clearText()
                case (3, 0x72) where scanner.isNamed("row"):
                    if let a = scanner.attribute("r"), let r = try scanner.int(a) {
                        guard r >= 1, r <= CellRef.maxRows else {
                            throw ReadError(.badCellReference, file: file, sheet: name, detail: "row \(r)")
                        }
                        row = r - 1
                    } else {
                        row += 1
                    }
                    column = -1
                case (3, 0x72) where scanner.isNamed("rPh"):
                    inPhonetic = true
                case (9, 0x73) where scanner.isNamed("sheetData"):
                    inSheetData = true
                case (9, 0x6D) where scanner.isNamed("mergeCell"):
                    if let a = scanner.attribute("ref"),
                       let range = try scanner.withValue(a, { (v) throws(ReadError) in CellRange.parse(v) }) {
                        merged.append(range)
                    }
                default:
                    if !inSheetData, Self.endsReading(scanner) { break scan }
                }
            case .end:
                let (length, first) = scanner.localKey
                switch (length, first) {
                case (1, 0x63) where inSheetData: try finishCell()
                case (1, 0x76): collecting = false
                case (1, 0x74): collecting = false
                case (2, 0x69) where scanner.isNamed("is"): inInline = false
                case (3, 0x72) where scanner.isNamed("rPh"): inPhonetic = false
                case (9, 0x73) where scanner.isNamed("sheetData"): inSheetData = false
                default: break
                }
            case .text:
                guard collecting else { continue }
                if !inBuffer, piece.isEmpty, !scanner.textNeedsDecoding {
                    piece = scanner.textStart..<scanner.textEnd
                } else {
                    if !inBuffer {
                        buffer.append(contentsOf: scanner.bytes(piece.lowerBound, piece.upperBound))
                        inBuffer = true
                    }
                    try scanner.appendText(to: &buffer)
                }
            case .done:
                break scan
            }
        }
        var sheet = Sheet(name: name, state: state, merged: merged, refs: refs, cells: cells)
        sheet.legacyFontCells = legacy
        var legacyNote: ReadNote?
        if let first = legacyText, case .text(let text) = sheet[first].value {
            legacyNote = ReadNote(.legacyFontText, sheet: name, cell: first, detail: text)
        }
        return Result(sheet: sheet, notes: notes, legacyText: legacyNote)
    }

    /// The first elements the schema places after `mergeCells`: nothing after them is read.
    private static func endsReading(_ scanner: borrowing XMLScanner) -> Bool {
        switch scanner.localKey.first {
        case 0x63: return scanner.isNamed("conditionalFormatting")
        case 0x64: return scanner.isNamed("dataValidations")
        case 0x68: return scanner.isNamed("hyperlinks")
        case 0x70: return scanner.isNamed("printOptions") || scanner.isNamed("pageMargins") || scanner.isNamed("pageSetup")
        case 0x65: return scanner.isNamed("extLst")
        default: return false
        }
    }

    private func decode(_ b: UnsafeBufferPointer<UInt8>, kind: Kind, style: Int, ref: CellRef) throws(ReadError) -> CellValue {
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
