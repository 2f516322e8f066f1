import SheetModel

/// One pass over the records of a BIFF5 / BIFF8 workbook stream: everything the reader
/// takes from an .xls.
///
/// The globals give the version, code page, date system, number formats, fonts and cell
/// formats, the sheets (BOUNDSHEET: name, visibility, offset) and the shared strings
/// (`BIFFSharedStrings`); a FILEPASS record means a password. Each worksheet's records
/// then give its cells (numbers and dates by their cell format, as in XLSX; text from
/// shared strings, labels and rich labels; booleans, errors and formulas' cached results)
/// and merges, counted against `ReadLimits` as they come.
struct BIFFScan {
    struct SheetInfo {
        var name: String
        var state: SheetState
        var isWorksheet: Bool
        var offset: Int
        var cells: [CellRef: Cell] = [:]
        var merged: [CellRange] = []
        /// Text cells whose cell format's font is a TCVN3 or VNI font.
        var legacyFonts: [CellRef: LegacyFontEncoding] = [:]
    }

    private(set) var version = 8
    private(set) var codePage: Int?
    private(set) var date1904 = false
    private(set) var sheets: [SheetInfo] = []
    private(set) var sharedStrings = BIFFSharedStrings()
    private var formats: [Int: String] = [:]
    private var xfFormats: [Int] = []
    /// The legacy encoding of each cell format's font (nil for Unicode fonts).
    private var xfLegacy: [LegacyFontEncoding?] = []
    private var fonts: [LegacyFontEncoding?] = []
    let file: String
    let limits: ReadLimits

    init(_ stream: [UInt8], file: String, limits: ReadLimits) throws(ReadError) {
        self.file = file
        self.limits = limits
        do {
            try scanGlobals(stream)
            guard !sheets.isEmpty else { throw ReadError(.corruptXLS, file: file, detail: "no BOUNDSHEET record") }
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
            case 0x00FC: sharedStrings = try BIFFSharedStrings(d, continues: records.continues(), file: file, limits: limits)
            case 0x041E: formats[d.u16(0)] = try text(d.u16(2), d.from(4), d.from(3).prefix(d.u8(2)), "FORMAT \(d.u16(0))")
            case 0x0031:
                let name = try text(d.u8(14), d.from(15), d.from(15).prefix(d.u8(14)), "FONT \(fonts.count)")
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
                let name = try text(d.u8(6), d.from(7), d.from(7).prefix(d.u8(6)), "BOUNDSHEET \(sheets.count)")
                sheets.append(SheetInfo(name: Text.nfc(name), state: state, isWorksheet: d.u8(5) == 0, offset: Int(d.u32(0))))
            default: break
            }
        }
    }

    /// A name in the globals: a BIFF8 unicode string of `chars` characters at `unicode`, or
    /// BIFF5 `bytes` in the code page.
    private func text(_ chars: Int, _ unicode: ArraySlice<UInt8>, _ bytes: ArraySlice<UInt8>,
                      _ record: @autoclosure () -> String) throws(ReadError) -> String {
        guard version == 8 else { return BIFFText.codePage(bytes, codePage) }
        return try string(chars, unicode, record())
    }

    /// A BIFF8 unicode string, or a `.corruptXLS` naming `what` when it runs past its record.
    func string(_ chars: Int, _ data: ArraySlice<UInt8>, continues: [ArraySlice<UInt8>] = [], _ what: @autoclosure () -> String,
                sheet: String? = nil, cell: CellRef? = nil) throws(ReadError) -> String {
        do {
            return try BIFFText.unicode(chars: chars, data, continues: continues)
        } catch {
            throw ReadError(.corruptXLS, file: file, sheet: sheet, cell: cell, detail: what() + " runs past its record")
        }
    }

    func legacyFont(xf: Int) -> LegacyFontEncoding? { xf < xfLegacy.count ? xfLegacy[xf] : nil }

    /// A number with its cell format: a date where the format shows one (as `Styles`
    /// decides for XLSX) and the serial is a date, else the number.
    func number(_ v: Double, xf: Int) -> CellValue {
        if isDate(xf: xf), let date = ExcelDate.fromSerial(v, date1904: date1904) { return .date(date) }
        return .number(v)
    }

    private func isDate(xf: Int) -> Bool {
        guard xf < xfFormats.count else { return false }
        let id = xfFormats[xf]
        if let code = formats[id] { return Styles.isDateFormat(code) }
        return Styles.isBuiltInDate(id)
    }

    static func rk(_ raw: UInt32) -> Double {
        let value: Double = raw & 0x02 != 0 ? Double(Int32(bitPattern: raw) >> 2)
                                           : Double(bitPattern: UInt64(raw & 0xFFFF_FFFC) << 32)
        return raw & 0x01 != 0 ? value / 100 : value
    }
}
