import CFreeXL
import SheetModel

/// Reads an Excel 95–2003 workbook (`.xls`: an OLE2 compound file holding a BIFF5 or BIFF8
/// `Workbook` stream).
///
/// Two steps: `BIFFScan` walks the records first (bounds, formula results, booleans, errors,
/// merges, hidden sheets, numbers and dates, fonts, BIFF5 text in its code page), then
/// libfreexl decodes the BIFF8 text — shared strings split over CONTINUE records — and the
/// BIFF8 sheet names.
enum XLSReader {
    static func read(_ bytes: UnsafeRawBufferPointer, file: String,
                     options: ReadOptions) throws(ReadError) -> (Grid, FileFormat, [ReadNote]) {
        let container = try CompoundFile(Array(bytes), file: file)
        if container.contains("EncryptedPackage") { throw ReadError(.encrypted, file: file) }
        guard let stream = try container.stream(named: ["Workbook", "Book"]) else {
            throw ReadError(.legacyXLS, file: file, detail: "no Workbook stream")
        }
        let scan = try BIFFScan(stream, file: file, limits: options.limits)
        let book = try FreeXLBook(bytes: bytes, file: file)
        guard book.info(FREEXL_BIFF_PASSWORD) != UInt32(FREEXL_BIFF_OBFUSCATED) else {
            throw ReadError(.encrypted, file: file)
        }
        guard let count = book.info(FREEXL_BIFF_SHEET_COUNT), Int(count) == scan.sheets.count else {
            throw ReadError(.corruptXLS, file: file, detail: "sheet count: libfreexl \(book.info(FREEXL_BIFF_SHEET_COUNT) ?? 0), records \(scan.sheets.count)")
        }
        var notes: [ReadNote] = []
        var sheets: [Sheet] = []
        for (index, info) in scan.sheets.enumerated() {
            if options.visibleOnly && info.state != .visible { continue }
            if let n = options.maxSheets, sheets.count >= n { continue }
            let name = scan.version == 8 ? book.sheetName(index).map(Text.nfc) ?? info.name : info.name
            var sheet = Sheet(name: name, state: info.state, merged: info.merged)
            guard info.isWorksheet else { sheets.append(sheet); continue }
            for (ref, cell) in info.cells { sheet.set(cell, at: ref) }
            if !info.textCells.isEmpty {
                try book.select(index)
                for ref in info.textCells {
                    if let text = book.text(row: ref.row, column: ref.column), !text.isEmpty {
                        sheet.set(Cell(.text(Text.nfc(text))), at: ref)
                    }
                }
            }
            for (ref, encoding) in info.legacyFonts where !sheet[ref].value.isBlank { sheet.legacyFontCells[ref] = encoding }
            sheets.append(sheet)
        }
        if sheets.count < scan.sheets.count {
            notes.append(ReadNote(.sheetsSkipped, detail: "\(scan.sheets.count - sheets.count)"))
        }
        var properties = ["BIFF": "\(scan.version)"]
        if scan.date1904 { properties["date1904"] = "true" }
        if let page = scan.codePage, scan.version == 5 { properties["codePage"] = "\(page)" }
        return (Grid(sheets: sheets, properties: properties), .xls, notes)
    }
}
