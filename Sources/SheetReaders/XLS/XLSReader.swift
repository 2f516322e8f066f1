import SheetModel

/// Reads an Excel 95–2003 workbook (`.xls`: an OLE2 compound file holding a BIFF5 or BIFF8
/// `Workbook` stream).
///
/// `CompoundFile` finds the stream, `BIFFScan` walks its records once (bounds, sheets,
/// numbers and dates, text from shared strings, labels and the code page, formula results,
/// booleans, errors, merges, hidden sheets, fonts); this puts the sheets together.
enum XLSReader {
    static func read(_ bytes: UnsafeRawBufferPointer, file: String,
                     options: ReadOptions) throws(ReadError) -> (Grid, FileFormat, [ReadNote]) {
        let container = try CompoundFile(Array(bytes), file: file)
        if container.contains("EncryptedPackage") { throw ReadError(.encrypted, file: file) }
        guard let stream = try container.stream(named: ["Workbook", "Book"]) else {
            throw ReadError(.legacyXLS, file: file, detail: "no Workbook stream")
        }
        let scan = try BIFFScan(stream, file: file, limits: options.limits)
        var notes: [ReadNote] = []
        var sheets: [Sheet] = []
        for info in scan.sheets {
            if options.visibleOnly && info.state != .visible { continue }
            if let n = options.maxSheets, sheets.count >= n { continue }
            var sheet = Sheet(name: info.name, state: info.state, merged: info.merged)
            for (ref, cell) in info.cells { sheet.set(cell, at: ref) }
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
