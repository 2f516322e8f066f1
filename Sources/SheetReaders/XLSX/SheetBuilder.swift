import SheetModel

/// The state of reading one worksheet (a struct with methods, so nothing is captured
/// and boxed).
struct SheetBuilder {
    let parser: WorksheetParser
    var refs: [CellRef] = [], cells: [Cell] = []
    var merged: [CellRange] = []
    var legacy: [CellRef: LegacyFontEncoding] = [:]
    var notes: [ReadNote] = []
    var rows = 0, columns = 0
    var inSheetData = false
    var row = -1, column = -1
    var ref = CellRef(row: 0, column: 0)
    var kind = WorksheetParser.Kind.number
    var style = -1
    var hasFormula = false, hasValue = false
    var inInline = false, inPhonetic = false, collecting = false
    /// A value's text: one piece of the document as it is (the usual case), or pieces
    /// and decoded text gathered in `buffer`.
    var piece = 0..<0
    var inBuffer = false
    var buffer: [UInt8] = []
    var cellsInSheet = 0
    var legacyText: CellRef?

    init(parser: WorksheetParser) {
        self.parser = parser
        buffer.reserveCapacity(64)
    }

    mutating func clearText() {
        piece = 0..<0
        if inBuffer { buffer.removeAll(keepingCapacity: true); inBuffer = false }
    }

    /// A `<c>` opens: its reference (or the next column), type and style.
    mutating func beginCell(r: UnsafeBufferPointer<UInt8>?, t: UnsafeBufferPointer<UInt8>?,
                            s: UnsafeBufferPointer<UInt8>?) throws(ReadError) {
        if let r {
            guard let parsed = CellRef.parse(r) else {
                throw ReadError(.badCellReference, file: parser.file, sheet: parser.name,
                                detail: String(decoding: r, as: UTF8.self))
            }
            ref = parsed
            row = parsed.row
            column = parsed.column
        } else {
            column += 1
            if row < 0 { row = 0 }
            guard column < CellRef.maxColumns else {
                throw ReadError(.badCellReference, file: parser.file, sheet: parser.name, detail: "column \(column + 1)")
            }
            ref = CellRef(row: row, column: column)
        }
        kind = .number
        if let t {
            switch (t.first ?? 0, t.count > 1 ? t[1] : 0) {
            case (0x73, 0): kind = .shared
            case (0x73, _): kind = .string
            case (0x69, _): kind = .inline
            case (0x62, _): kind = .bool
            case (0x65, _): kind = .error
            case (0x64, _): kind = .date
            default: kind = .number
            }
        }
        style = -1
        if let s, let index = Numbers.int(s) { style = index }
        hasFormula = false
        hasValue = false
        clearText()
    }

    /// A `<c>` closes: its value is typed and stored (empty cells are not).
    mutating func finishCell(_ scanner: borrowing XMLScanner) throws(ReadError) {
        guard hasValue || hasFormula else { return }
        let value: CellValue
        if !hasValue {
            value = .empty
        } else if inBuffer {
            let (k, s, r) = (kind, style, ref)
            value = try buffer.withBuffer { (b) throws(ReadError) in try parser.decode(b, kind: k, style: s, ref: r) }
        } else {
            value = try parser.decode(scanner.bytes(piece.lowerBound, piece.upperBound), kind: kind, style: style, ref: ref)
        }
        if value == .empty && !hasFormula { return }
        cellsInSheet += 1
        parser.budget.used += 1
        let limits = parser.limits
        guard cellsInSheet <= limits.maxCellsPerSheet, parser.budget.used <= limits.maxCellsPerFile else {
            throw ReadError(.tooManyCells, file: parser.file, sheet: parser.name, cell: ref,
                            detail: "> \(min(limits.maxCellsPerSheet, limits.maxCellsPerFile))")
        }
        rows = max(rows, ref.row + 1)
        columns = max(columns, ref.column + 1)
        guard rows * columns <= limits.maxExtentCells else {
            throw ReadError(.extentTooLarge, file: parser.file, sheet: parser.name, cell: ref, detail: "\(rows) × \(columns)")
        }
        refs.append(ref)
        cells.append(Cell(value, isFormula: hasFormula))
        guard case .text(let text) = value else { return }
        let sharedIndex = kind == .shared ? (inBuffer ? buffer.withUnsafeBufferPointer { Numbers.int($0) }
                                             : Numbers.int(scanner.bytes(piece.lowerBound, piece.upperBound))) : nil
        let shared = parser.shared, styles = parser.styles
        if styles.hasLegacyFonts || shared?.hasRunFonts == true {
            var encoding = styles.legacyFont(max(style, 0))
            if let i = sharedIndex, let shared, let runs = shared.runEncoding(i) { encoding = runs }
            if let encoding { legacy[ref] = encoding }
        }
        if legacyText.map({ ref < $0 }) ?? true {
            let looks = sharedIndex.flatMap { shared?.looksLegacy($0) } ?? LossyCheck.looksLegacy(text)
            if looks { legacyText = ref }
        }
        if text.utf8.count > WorksheetParser.maxCellCharacters, text.utf16.count > WorksheetParser.maxCellCharacters,
           notes.count < WorksheetParser.maxLongCellNotes {
            notes.append(ReadNote(.cellTooLong, sheet: parser.name, cell: ref, detail: "\(text.utf16.count)"))
        }
    }

    /// The text of the current text token, kept as a piece when it is the only one.
    mutating func take(_ scanner: borrowing XMLScanner) throws(ReadError) {
        if !inBuffer, piece.isEmpty, !scanner.textNeedsDecoding {
            piece = scanner.textStart..<scanner.textEnd
        } else {
            if !inBuffer {
                buffer.append(contentsOf: scanner.bytes(piece.lowerBound, piece.upperBound))
                inBuffer = true
            }
            try scanner.appendText(to: &buffer)
        }
    }

    mutating func parse(_ scanner: inout XMLScanner) throws(ReadError) {
        var quick = XMLScanner.QuickCell()
        scan: while true {
            if inSheetData, scanner.quickCell(&quick) {
                try beginCell(r: quick.r.map { scanner.bytes($0.lowerBound, $0.upperBound) },
                              t: quick.t.map { scanner.bytes($0.lowerBound, $0.upperBound) },
                              s: quick.s.map { scanner.bytes($0.lowerBound, $0.upperBound) })
                if let v = quick.value {
                    hasValue = true
                    piece = v
                }
                try finishCell(scanner)
                continue
            }
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
                    let plain = !(refAttr?.needsDecoding ?? false) && !(typeAttr?.needsDecoding ?? false)
                        && !(styleAttr?.needsDecoding ?? false)
                    if plain {
                        try beginCell(r: refAttr.map { scanner.bytes($0.valueStart, $0.valueEnd) },
                                      t: typeAttr.map { scanner.bytes($0.valueStart, $0.valueEnd) },
                                      s: styleAttr.map { scanner.bytes($0.valueStart, $0.valueEnd) })
                    } else {  // values with references or whitespace to normalise: decoded copies
                        let r = try refAttr.map { (a) throws(ReadError) in try scanner.withValue(a) { (v) throws(ReadError) in Array(v) } }
                        let t = try typeAttr.map { (a) throws(ReadError) in try scanner.withValue(a) { (v) throws(ReadError) in Array(v) } }
                        let s = try styleAttr.map { (a) throws(ReadError) in try scanner.withValue(a) { (v) throws(ReadError) in Array(v) } }
                        try Self.withBuffers(r, t, s) { (r, t, s) throws(ReadError) in try beginCell(r: r, t: t, s: s) }
                    }
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
                            throw ReadError(.badCellReference, file: parser.file, sheet: parser.name, detail: "row \(r)")
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
                case (1, 0x63) where inSheetData: try finishCell(scanner)
                case (1, 0x76): collecting = false
                case (1, 0x74): collecting = false
                case (2, 0x69) where scanner.isNamed("is"): inInline = false
                case (3, 0x72) where scanner.isNamed("rPh"): inPhonetic = false
                case (9, 0x73) where scanner.isNamed("sheetData"): inSheetData = false
                default: break
                }
            case .text:
                if collecting { try take(scanner) }
            case .done:
                break scan
            }
        }
    }

    /// Calls `body` with buffers over three optional byte arrays.
    private static func withBuffers(_ a: [UInt8]?, _ b: [UInt8]?, _ c: [UInt8]?,
                                    _ body: (UnsafeBufferPointer<UInt8>?, UnsafeBufferPointer<UInt8>?,
                                             UnsafeBufferPointer<UInt8>?) throws(ReadError) -> Void) throws(ReadError) {
        func with(_ x: [UInt8]?, _ f: (UnsafeBufferPointer<UInt8>?) throws(ReadError) -> Void) throws(ReadError) {
            guard let x else { return try f(nil) }
            try x.withBuffer { (p) throws(ReadError) in try f(p) }
        }
        try with(a) { (pa) throws(ReadError) in
            try with(b) { (pb) throws(ReadError) in
                try with(c) { (pc) throws(ReadError) in try body(pa, pb, pc) }
            }
        }
    }

    /// The sheet, its notes and its first legacy-looking text.
    func result() -> WorksheetParser.Result {
        var sheet = Sheet(name: parser.name, state: parser.state, merged: merged, refs: refs, cells: cells)
        sheet.legacyFontCells = legacy
        var legacyNote: ReadNote?
        if let first = legacyText, case .text(let text) = sheet[first].value {
            legacyNote = ReadNote(.legacyFontText, sheet: parser.name, cell: first, detail: text)
        }
        return WorksheetParser.Result(sheet: sheet, notes: notes, legacyText: legacyNote)
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
}
