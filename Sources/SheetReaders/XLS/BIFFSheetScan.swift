import SheetModel

extension BIFFScan {
    /// Scans one worksheet's records into its cells and merges; returns how many cells it
    /// holds. Every cell is checked against Excel's grid and the cell limit as it comes, and
    /// the sheet's used extent (from its cells) against `maxExtentCells`.
    func scanSheet(_ stream: [UInt8], _ sheet: inout SheetInfo, extent: inout Int) throws -> Int {
        guard sheet.offset >= 0, sheet.offset < stream.count else {
            throw ReadError(.corruptXLS, file: file, sheet: sheet.name, detail: "sheet offset \(sheet.offset)")
        }
        var records = BIFFRecords(stream, at: sheet.offset)
        guard let bof = try records.next(), bof.type == 0x0809 else {
            throw ReadError(.corruptXLS, file: file, sheet: sheet.name, detail: "no BOF at \(sheet.offset)")
        }
        let name = sheet.name
        var cells = 0, maxRow = -1, maxColumn = -1
        var pendingString: CellRef?
        func count(_ ref: CellRef, _ n: Int = 1) throws(ReadError) {
            // BIFF8 stores columns in 16 bits: a damaged record can point past Excel's last column.
            guard ref.row < CellRef.maxRows, ref.column + max(n, 1) - 1 < CellRef.maxColumns else {
                throw ReadError(.badCellReference, file: file, sheet: name,
                                detail: "row \(ref.row + 1), column \(ref.column + max(n, 1))")
            }
            cells += n
            guard cells <= limits.maxCellsPerSheet else {
                throw ReadError(.tooManyCells, file: file, sheet: name, cell: ref, detail: "> \(limits.maxCellsPerSheet)")
            }
            maxRow = max(maxRow, ref.row)
            maxColumn = max(maxColumn, ref.column)
        }
        /// A text cell (NFC text), with its font when that is a legacy one; an empty text is
        /// an empty cell.
        func setLabel(_ text: String, at ref: CellRef, xf: Int) {
            sheet.cells[ref] = text.isEmpty ? nil : Cell(.text(text))
            sheet.legacyFonts[ref] = text.isEmpty ? nil : legacyFont(xf: xf)
        }
        while let r = try records.next() {
            let d = r.data
            let ref = CellRef(row: d.u16(0), column: d.u16(2))
            switch r.type {
            case 0x000A: break
            case 0x0203: try count(ref); sheet.cells[ref] = Cell(number(d.f64(6) ?? 0, xf: d.u16(4)))
            case 0x027E: try count(ref); sheet.cells[ref] = Cell(number(Self.rk(d.u32(6)), xf: d.u16(4)))
            case 0x00BD:
                let n = max(0, (d.count - 6) / 6)
                try count(ref, n)
                for k in 0..<n {
                    let at = CellRef(row: ref.row, column: ref.column + k)
                    maxColumn = max(maxColumn, at.column)
                    sheet.cells[at] = Cell(number(Self.rk(d.u32(6 + 6 * k)), xf: d.u16(4 + 6 * k)))
                }
            case 0x00FD:
                try count(ref)
                guard d.count >= 10 else {
                    throw ReadError(.corruptXLS, file: file, sheet: name, cell: ref, detail: "LABELSST of \(d.count) bytes")
                }
                let index = Int(d.u32(6))
                guard let text = sharedStrings[index] else {
                    throw ReadError(.corruptXLS, file: file, sheet: name, cell: ref,
                                    detail: "shared string \(index) of \(sharedStrings.count)")
                }
                setLabel(text, at: ref, xf: d.u16(4))
            case 0x0204, 0x00D6:  // LABEL, RSTRING (a label with formatting runs after its text)
                try count(ref)
                let text = version == 8 ? try string(d.u16(6), d.from(8), "LABEL", sheet: name, cell: ref)
                                        : BIFFText.codePage(d.from(8).prefix(d.u16(6)), codePage)
                setLabel(Text.nfc(text), at: ref, xf: d.u16(4))
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
                default: sheet.cells[ref] = Cell(number(d.f64(6) ?? 0, xf: d.u16(4)), isFormula: true)
                }
                continue
            case 0x0207:  // STRING: the text result of the formula before it
                if let at = pendingString {
                    let text = version == 8
                        ? try string(d.u16(0), d.from(2), continues: records.continues(), "STRING", sheet: name, cell: at)
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
        let used = (maxRow + 1) * (maxColumn + 1)
        extent += used
        guard used <= limits.maxExtentCells, extent <= limits.maxExtentCells else {
            throw ReadError(.extentTooLarge, file: file, sheet: name, detail: "\(used) cells used")
        }
        return cells
    }
}
