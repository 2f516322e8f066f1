import SheetModel

/// Counts cells across the sheets of one file, against `maxCellsPerFile`.
final class CellBudget {
    var used = 0
}

/// Parses one worksheet part into a `Sheet`, streaming: rows and cells with or without `r`,
/// every cell type, formulas with or without a cached value, merged ranges.
final class WorksheetParser: XMLHandler {
    private enum Kind { case number, shared, string, inline, bool, error, date }

    private(set) var sheet: Sheet
    private let sharedStrings: [String]
    private let dateStyles: [Bool]
    private let date1904: Bool
    private let file: String
    private let part: String
    private let limits: ReadLimits
    private let budget: CellBudget

    private var inSheetData = false
    /// Set at the first element the schema places after `mergeCells`: nothing after it
    /// is read, so the rest of the part (data validations, print setup…) is skipped.
    private(set) var isDone = false
    private var row = -1
    private var column = -1
    private var ref = CellRef(row: 0, column: 0)
    private var kind = Kind.number
    private var isDate = false
    private var hasFormula = false
    private var hasValue = false
    private var inValue = false
    private var inInline = false
    private var inPhonetic = false
    private var collecting = false
    private var buffer: [UInt8] = []
    private var cellsInSheet = 0

    init(name: String, state: SheetState, sharedStrings: [String], dateStyles: [Bool], date1904: Bool,
         file: String, part: String, limits: ReadLimits, budget: CellBudget) {
        sheet = Sheet(name: name, state: state)
        self.sharedStrings = sharedStrings
        self.dateStyles = dateStyles
        self.date1904 = date1904
        self.file = file
        self.part = part
        self.limits = limits
        self.budget = budget
        buffer.reserveCapacity(64)
    }

    func start(_ name: XMLName, _ attributes: XMLAttributes) throws(ReadError) {
        let l = name.local
        switch UInt8(bitPattern: l[0]) {
        case 0x63 where l[1] == 0 && inSheetData:  // c
            try startCell(attributes)
        case 0x76 where l[1] == 0:  // v
            inValue = true
            collecting = true
            hasValue = true
            buffer.removeAll(keepingCapacity: true)
        case 0x66 where l[1] == 0:  // f
            hasFormula = true
        case 0x74 where l[1] == 0:  // t (inside is)
            collecting = inInline && !inPhonetic
        case 0x69 where name.is("is"):
            inInline = true
            hasValue = true
            buffer.removeAll(keepingCapacity: true)
        case 0x72 where l[1] == 0x6F && name.is("row"):
            if let r = attributes.value("r").flatMap(Numbers.int) {
                guard r >= 1, r <= CellRef.maxRows else {
                    throw ReadError(.badCellReference, file: file, sheet: sheet.name, detail: "row \(r)")
                }
                row = r - 1
            } else {
                row += 1
            }
            column = -1
        case 0x72 where name.is("rPh"):
            inPhonetic = true
        case 0x73 where name.is("sheetData"):
            inSheetData = true
        case 0x63 where !inSheetData && name.is("conditionalFormatting"),
             0x64 where !inSheetData && name.is("dataValidations"),
             0x68 where !inSheetData && name.is("hyperlinks"),
             0x70 where !inSheetData && (name.is("printOptions") || name.is("pageMargins") || name.is("pageSetup")),
             0x65 where !inSheetData && name.is("extLst"):
            isDone = true
        case 0x6D where name.is("mergeCell"):
            if let r = attributes.string("ref"), let range = CellRange(a1: r) {
                sheet.merged.append(range)
            }
        default:
            break
        }
    }

    private func startCell(_ attributes: XMLAttributes) throws(ReadError) {
        var typeAttr: UnsafePointer<CChar>?
        var styleAttr: UnsafePointer<CChar>?
        var refAttr: UnsafePointer<CChar>?
        var i = 0
        while let n = attributes.pairs[i] {
            let local = XMLName(n).local
            if local[0] != 0, local[1] == 0 {
                switch local[0] {
                case 0x72: refAttr = attributes.pairs[i + 1]
                case 0x74: typeAttr = attributes.pairs[i + 1]
                case 0x73: styleAttr = attributes.pairs[i + 1]
                default: break
                }
            }
            i += 2
        }
        if let refAttr {
            guard let parsed = CellRef.parse(refAttr) else {
                throw ReadError(.badCellReference, file: file, sheet: sheet.name,
                                detail: String(cString: refAttr))
            }
            ref = parsed
            row = parsed.row
            column = parsed.column
        } else {
            column += 1
            if row < 0 { row = 0 }
            guard column < CellRef.maxColumns else {
                throw ReadError(.badCellReference, file: file, sheet: sheet.name, detail: "column \(column + 1)")
            }
            ref = CellRef(row: row, column: column)
        }
        kind = .number
        if let t = typeAttr {
            switch (UInt8(bitPattern: t[0]), UInt8(bitPattern: t[1])) {
            case (0x73, 0): kind = .shared
            case (0x73, _): kind = .string
            case (0x69, _): kind = .inline
            case (0x62, _): kind = .bool
            case (0x65, _): kind = .error
            case (0x64, _): kind = .date
            default: kind = .number
            }
        }
        isDate = false
        if let s = styleAttr, let index = Numbers.int(s), index < dateStyles.count { isDate = dateStyles[index] }
        hasFormula = false
        hasValue = false
        buffer.removeAll(keepingCapacity: true)
    }

    func end(_ name: XMLName) throws(ReadError) {
        let l = name.local
        switch UInt8(bitPattern: l[0]) {
        case 0x63 where l[1] == 0 && inSheetData: try endCell()
        case 0x76 where l[1] == 0: inValue = false; collecting = false
        case 0x74 where l[1] == 0: collecting = false
        case 0x69 where name.is("is"): inInline = false
        case 0x72 where name.is("rPh"): inPhonetic = false
        case 0x73 where name.is("sheetData"): inSheetData = false
        default: break
        }
    }

    func text(_ bytes: UnsafeBufferPointer<UInt8>) {
        if collecting { buffer.append(contentsOf: bytes) }
    }

    private func endCell() throws(ReadError) {
        guard hasValue || hasFormula else { return }
        let value = hasValue ? try decodeValue() : .empty
        if value == .empty && !hasFormula { return }
        cellsInSheet += 1
        budget.used += 1
        guard cellsInSheet <= limits.maxCellsPerSheet, budget.used <= limits.maxCellsPerFile else {
            throw ReadError(.tooManyCells, file: file, sheet: sheet.name, cell: ref,
                            detail: "> \(min(limits.maxCellsPerSheet, limits.maxCellsPerFile))")
        }
        let rows = max(sheet.rowCount, ref.row + 1), columns = max(sheet.columnCount, ref.column + 1)
        guard rows * columns <= limits.maxExtentCells else {
            throw ReadError(.extentTooLarge, file: file, sheet: sheet.name, cell: ref,
                            detail: "\(rows) × \(columns)")
        }
        sheet.set(Cell(value, isFormula: hasFormula), at: ref)
    }

    private func decodeValue() throws(ReadError) -> CellValue {
        try buffer.withBuffer { (b) throws(ReadError) -> CellValue in
            switch kind {
            case .number:
                guard let d = Numbers.double(b) else {
                    return b.isEmpty ? .empty : .text(Text.make(b, escapes: false))
                }
                if isDate, let date = ExcelDate.fromSerial(d, date1904: date1904) { return .date(date) }
                return .number(d)
            case .shared:
                guard let i = Numbers.int(b), i < sharedStrings.count else {
                    throw ReadError(.sharedStringIndex, file: file, sheet: sheet.name, cell: ref,
                                    detail: String(decoding: b.prefix(20), as: UTF8.self)
                                        + " / \(sharedStrings.count)")
                }
                let s = sharedStrings[i]
                return s.isEmpty ? .empty : .text(s)
            case .string, .inline:
                return b.isEmpty ? .empty : .text(Text.make(b, escapes: true))
            case .bool:
                return .bool(b.count == 1 ? b[0] == 0x31 : (b.first == 0x74 || b.first == 0x54))
            case .error:
                return .error(String(decoding: b, as: UTF8.self))
            case .date:
                if let date = ExcelDate.fromISO(b) { return .date(date) }
                return b.isEmpty ? .empty : .text(Text.make(b, escapes: false))
            }
        }
    }
}
