import SheetModel

/// One pass over the records of a BIFF5 / BIFF8 workbook stream, before libfreexl sees it.
///
/// It checks what libfreexl would allocate (sheets × declared dimensions, shared strings)
/// against `ReadLimits`, finds what libfreexl 1.0.6 does not give (formula results,
/// booleans and errors, merged cells, hidden sheets, rich BIFF5 labels), and decodes the
/// numbers itself so that dates follow the same number formats as in XLSX. Text cells
/// (shared strings, labels) are left to libfreexl: `textCells` says where they are.
struct BIFFScan {
    struct SheetInfo {
        var name: String
        var state: SheetState
        var isWorksheet: Bool
        var offset: Int
        var cells: [CellRef: Cell] = [:]
        var textCells: [CellRef] = []
        var merged: [CellRange] = []
        /// Text cells whose cell format's font is a TCVN3 or VNI font.
        var legacyFonts: [CellRef: LegacyFontEncoding] = [:]
    }

    private(set) var version = 8
    private(set) var codePage: Int?
    private(set) var date1904 = false
    private(set) var sheets: [SheetInfo] = []
    private var formats: [Int: String] = [:]
    private var xfFormats: [Int] = []
    /// The legacy encoding of each cell format's font (nil for Unicode fonts).
    private var xfLegacy: [LegacyFontEncoding?] = []
    private var fonts: [LegacyFontEncoding?] = []
    private let file: String
    private let limits: ReadLimits

    init(_ stream: [UInt8], file: String, limits: ReadLimits) throws(ReadError) {
        self.file = file
        self.limits = limits
        do {
            try scanGlobals(stream)
            var extent = 0, total = 0
            var list = sheets
            for i in list.indices where list[i].isWorksheet {
                total += try scanSheet(stream, &list[i], extent: &extent)
                guard total <= limits.maxCellsPerFile else {
                    throw ReadError(.tooManyCells, file: file, sheet: list[i].name, detail: "> \(limits.maxCellsPerFile)")
                }
            }
            sheets = list
        } catch let damaged as BIFFRecords.Damaged {
            throw ReadError(.corruptXLS, file: file, detail: "record at byte \(damaged.offset) runs past the stream")
        } catch let error as ReadError {
            throw error
        } catch {
            throw ReadError(.corruptXLS, file: file, detail: "\(error)")
        }
    }

    private mutating func scanGlobals(_ stream: [UInt8]) throws {
        var records = BIFFRecords(stream)
        guard let bof = try records.next(), bof.type == 0x0809 else { throw ReadError(.legacyXLS, file: file, detail: "no BOF") }
        switch bof.data.u16(0) {
        case 0x0600: version = 8
        case 0x0500: version = 5
        case let v: throw ReadError(.legacyXLS, file: file, detail: "BIFF version 0x" + String(v, radix: 16))
        }
        while let r = try records.next() {
            let d = r.data
            switch r.type {
            case 0x000A: return  // EOF of the globals
            case 0x002F: throw ReadError(.encrypted, file: file, detail: "FILEPASS")
            case 0x0042: codePage = d.u16(0)
            case 0x0022: date1904 = d.u16(0) == 1
            case 0x00FC:
                guard Int(d.u32(4)) <= limits.maxSharedStrings else {
                    throw ReadError(.tooManySharedStrings, file: file, detail: "\(d.u32(4)) shared strings")
                }
            case 0x041E: formats[d.u16(0)] = version == 8 ? BIFFText.unicode(chars: d.u16(2), d.from(4))
                                                       : BIFFText.codePage(d.from(3).prefix(d.u8(2)), codePage)
            case 0x0031:
                let name = version == 8 ? BIFFText.unicode(chars: d.u8(14), d.from(15))
                                        : BIFFText.codePage(d.from(15).prefix(d.u8(14)), codePage)
                if fonts.count < 65_536 { fonts.append(LegacyFontEncoding(fontName: name)) }
            case 0x00E0:
                guard xfFormats.count < 65_536 else { break }
                xfFormats.append(d.u16(2))
                let font = d.u16(0) >= 4 ? d.u16(0) - 1 : d.u16(0)  // font 4 is never written
                xfLegacy.append(font < fonts.count ? fonts[font] : nil)
            case 0x0085:
                guard sheets.count < limits.maxSheets else {
                    throw ReadError(.tooManySheets, file: file, detail: "> \(limits.maxSheets)")
                }
                let state: SheetState = switch d.u8(4) & 3 { case 0: .visible; case 1: .hidden; default: .veryHidden }
                let name = version == 8 ? BIFFText.unicode(chars: d.u8(6), d.from(7))
                                        : BIFFText.codePage(d.from(7).prefix(d.u8(6)), codePage)
                sheets.append(SheetInfo(name: Text.nfc(name), state: state, isWorksheet: d.u8(5) == 0, offset: Int(d.u32(0))))
            default: break
            }
        }
    }

    private func legacyFont(xf: Int) -> LegacyFontEncoding? { xf < xfLegacy.count ? xfLegacy[xf] : nil }

    /// True when the cell format shows a date (as `Styles` decides for XLSX).
    private func isDate(xf: Int) -> Bool {
        guard xf < xfFormats.count else { return false }
        let id = xfFormats[xf]
        if let code = formats[id] { return Styles.isDateFormat(code) }
        return Styles.isBuiltInDate(id)
    }

    /// libfreexl turns a number with a date format into text by counting days one by one:
    /// a serial far past year 9999 would keep it busy for seconds, so such a file is refused.
    private func mayBeDate(xf: Int) -> Bool {
        guard xf < xfFormats.count else { return false }
        let id = xfFormats[xf]
        if let code = formats[id] { return code.contains { "dDmMyY".contains($0) } }
        return (14...22).contains(id) || (27...58).contains(id)
    }

    private func number(_ v: Double, xf: Int, at ref: CellRef) throws(ReadError) -> CellValue {
        if abs(v) > 10_000_000, mayBeDate(xf: xf) {
            throw ReadError(.corruptXLS, file: file, cell: ref, detail: "date serial \(v)")
        }
        if isDate(xf: xf), let date = ExcelDate.fromSerial(v, date1904: date1904) { return .date(date) }
        return .number(v)
    }

    static func rk(_ raw: UInt32) -> Double {
        let value: Double = raw & 0x02 != 0 ? Double(Int32(bitPattern: raw) >> 2)
                                           : Double(bitPattern: UInt64(raw & 0xFFFF_FFFC) << 32)
        return raw & 0x01 != 0 ? value / 100 : value
    }
}

extension BIFFScan {
    /// Scans one sheet's records; returns how many cells it holds.
    private func scanSheet(_ stream: [UInt8], _ sheet: inout SheetInfo, extent: inout Int) throws -> Int {
        guard sheet.offset >= 0, sheet.offset < stream.count else {
            throw ReadError(.corruptXLS, file: file, sheet: sheet.name, detail: "sheet offset \(sheet.offset)")
        }
        var records = BIFFRecords(stream, at: sheet.offset)
        guard let bof = try records.next(), bof.type == 0x0809 else {
            throw ReadError(.corruptXLS, file: file, sheet: sheet.name, detail: "no BOF at \(sheet.offset)")
        }
        var cells = 0, maxRow = -1, maxColumn = -1, declared = 0
        var pendingString: CellRef?
        func count(_ ref: CellRef, _ n: Int = 1) throws(ReadError) {
            // BIFF8 stores columns in 16 bits: a damaged record can point past Excel's last column.
            guard ref.row < CellRef.maxRows, ref.column + max(n, 1) - 1 < CellRef.maxColumns else {
                throw ReadError(.badCellReference, file: file, sheet: sheet.name,
                                detail: "row \(ref.row + 1), column \(ref.column + max(n, 1))")
            }
            cells += n
            guard cells <= limits.maxCellsPerSheet else {
                throw ReadError(.tooManyCells, file: file, sheet: sheet.name, cell: ref, detail: "> \(limits.maxCellsPerSheet)")
            }
            maxRow = max(maxRow, ref.row)
            maxColumn = max(maxColumn, ref.column)
        }
        while let r = try records.next() {
            let d = r.data
            let ref = CellRef(row: d.u16(0), column: d.u16(2))
            switch r.type {
            case 0x000A: break
            case 0x0200:
                let rows = version == 8 ? Int(d.u32(4)) : d.u16(2)
                let columns = version == 8 ? d.u16(10) : d.u16(6)
                declared = max(declared, rows * columns)
                continue
            case 0x0203: try count(ref); sheet.cells[ref] = Cell(try number(d.f64(6) ?? 0, xf: d.u16(4), at: ref))
            case 0x027E: try count(ref); sheet.cells[ref] = Cell(try number(Self.rk(d.u32(6)), xf: d.u16(4), at: ref))
            case 0x00BD:
                let n = max(0, (d.count - 6) / 6)
                try count(ref, n)
                for k in 0..<n {
                    let at = CellRef(row: ref.row, column: ref.column + k)
                    maxColumn = max(maxColumn, at.column)
                    sheet.cells[at] = Cell(try number(Self.rk(d.u32(6 + 6 * k)), xf: d.u16(4 + 6 * k), at: at))
                }
            case 0x00FD:
                try count(ref)
                sheet.textCells.append(ref)
                sheet.legacyFonts[ref] = legacyFont(xf: d.u16(4))
            case 0x0204 where version == 8:
                try count(ref)
                sheet.textCells.append(ref)
                sheet.legacyFonts[ref] = legacyFont(xf: d.u16(4))
            case 0x0204, 0x00D6:  // BIFF5 labels (code page), rich labels
                try count(ref)
                let text = version == 8 ? BIFFText.unicode(chars: d.u16(6), d.from(8))
                                        : BIFFText.codePage(d.from(8).prefix(d.u16(6)), codePage)
                sheet.cells[ref] = text.isEmpty ? nil : Cell(.text(Text.nfc(text)))
                sheet.legacyFonts[ref] = text.isEmpty ? nil : legacyFont(xf: d.u16(4))
            case 0x0205:
                try count(ref)
                sheet.cells[ref] = Cell(d.u8(7) != 0 ? .error(BIFFText.error(d.u8(6))) : .bool(d.u8(6) != 0))
            case 0x0006:
                try count(ref)
                let special = d.u16(12) == 0xFFFF
                switch special ? d.u8(6) : -1 {
                case 0: sheet.cells[ref] = Cell(.empty, isFormula: true); pendingString = ref
                case 1: sheet.cells[ref] = Cell(.bool(d.u8(8) != 0), isFormula: true)
                case 2: sheet.cells[ref] = Cell(.error(BIFFText.error(d.u8(8))), isFormula: true)
                case 3: sheet.cells[ref] = Cell(.empty, isFormula: true)
                default: sheet.cells[ref] = Cell(try number(d.f64(6) ?? 0, xf: d.u16(4), at: ref), isFormula: true)
                }
                continue
            case 0x0207:
                if let at = pendingString {
                    let text = version == 8 ? BIFFText.unicode(chars: d.u16(0), d.from(2), continues: records.continues())
                                            : BIFFText.codePage(d.from(2).prefix(d.u16(0)), codePage)
                    if !text.isEmpty { sheet.cells[at] = Cell(.text(Text.nfc(text)), isFormula: true) }
                }
            case 0x00E5:
                for k in 0..<min(d.u16(0), (d.count - 2) / 8) {
                    let o = 2 + 8 * k
                    if sheet.merged.count < limits.maxCellsPerSheet {
                        sheet.merged.append(CellRange(first: CellRef(row: d.u16(o), column: d.u16(o + 4)),
                                                      last: CellRef(row: d.u16(o + 2), column: d.u16(o + 6))))
                    }
                }
            default: break
            }
            if r.type == 0x000A { break }
            if r.type != 0x0207, r.type != 0x04BC, r.type != 0x0221, r.type != 0x0236 { pendingString = nil }
        }
        let used = max(declared, (maxRow + 1) * (maxColumn + 1))
        extent += used
        guard used <= limits.maxExtentCells, extent <= limits.maxExtentCells else {
            throw ReadError(.extentTooLarge, file: file, sheet: sheet.name, detail: "\(used) cells declared")
        }
        return cells
    }
}
