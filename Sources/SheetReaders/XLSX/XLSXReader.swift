import SheetModel

/// Reads an OOXML workbook (transitional or Strict) from a ZIP archive into a grid.
///
/// Notes come in this order: skipped sheets, cells too long, then per sheet the first
/// text that looks typed in a TCVN3 / VNI font.
///
/// Only the parts needed are inflated: the package and workbook relationships, the
/// workbook, shared strings, styles, the chosen sheets and `docProps/app.xml`. Each part
/// is inflated whole and scanned once; shared strings become Strings when a cell uses them.
enum XLSXReader {
    /// Reads the workbook; `format` is refined to xlsm when the workbook is macro-enabled.
    static func read(_ archive: ZipArchive, file: String,
                     options: ReadOptions) throws(ReadError) -> (Grid, FileFormat, [ReadNote]) {
        let limits = options.limits
        let rootRels = try RelationshipsParser.read(of: "", archive: archive, file: file, limits: limits)
        let workbookPath = try locateWorkbook(archive, rootRels: rootRels, file: file)
        let format: FileFormat = isMacroEnabled(archive, workbookPath: workbookPath, file: file) ? .xlsm : .xlsx

        let rels = try RelationshipsParser.read(of: workbookPath, archive: archive, file: file, limits: limits)
        let workbook = try WorkbookPart.read(archive, part: workbookPath, file: file, limits: limits)

        var styles = Styles()
        if let path = rels.first(where: { $0.kind == "styles" && !$0.external })?.path, archive.contains(path) {
            styles = try Styles.read(archive, part: path, file: file, limits: limits)
        }
        var shared: SharedStrings?
        if let path = rels.first(where: { $0.kind == "sharedStrings" && !$0.external })?.path, archive.contains(path) {
            shared = try SharedStrings.read(archive, part: path, file: file, limits: limits)
        }

        var notes: [ReadNote] = []
        var entries = workbook.sheets
        if options.visibleOnly { entries.removeAll { $0.state != .visible } }
        if let n = options.maxSheets, entries.count > n { entries.removeLast(entries.count - n) }
        if entries.count < workbook.sheets.count {
            notes.append(ReadNote(.sheetsSkipped, detail: "\(workbook.sheets.count - entries.count)"))
        }
        let byID = Dictionary(rels.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        let budget = CellBudget()
        var legacyNotes: [ReadNote] = []
        var sheets: [Sheet] = []
        sheets.reserveCapacity(entries.count)
        for entry in entries {
            guard let rel = byID[entry.relationshipID], !rel.external else {
                throw ReadError(.missingPart, file: file, part: workbookPath, sheet: entry.name,
                                detail: "r:id=\"\(entry.relationshipID)\"")
            }
            guard rel.kind == "worksheet" else {  // chart or dialog sheet: no cells
                sheets.append(Sheet(name: entry.name, state: entry.state))
                continue
            }
            let path = rel.path
            guard archive.contains(path) else {
                throw ReadError(.missingPart, file: file, part: path, sheet: entry.name)
            }
            let parser = WorksheetParser(name: entry.name, state: entry.state, shared: shared, styles: styles,
                                         date1904: workbook.date1904, file: file, part: path, limits: limits,
                                         budget: budget)
            let read = try parser.read(archive)
            sheets.append(read.sheet)
            notes += read.notes
            if let note = read.legacyText { legacyNotes.append(note) }
        }
        notes += legacyNotes

        var properties: [String: String] = [:]
        let appPath = rootRels.first { $0.kind == "extended-properties" && !$0.external }?.path ?? "docProps/app.xml"
        if archive.contains(appPath) {
            properties = try AppProperties.read(archive, part: appPath, file: file, limits: limits)
        }
        if workbook.date1904 { properties["date1904"] = "true" }
        return (Grid(sheets: sheets, properties: properties), format, notes)
    }

    /// The workbook part: from the package relationships, else the usual name; an archive
    /// holding an .xlsb or .ods instead gets the matching error.
    private static func locateWorkbook(_ archive: ZipArchive, rootRels: [Relationship],
                                       file: String) throws(ReadError) -> String {
        if let office = rootRels.first(where: { $0.kind == "officeDocument" && !$0.external }),
           archive.contains(office.path) {
            if office.path.lowercased().hasSuffix(".bin") { throw ReadError(.xlsb, file: file, part: office.path) }
            return office.path
        }
        if archive.contains("xl/workbook.xml") { return "xl/workbook.xml" }
        if archive.contains("xl/workbook.bin") { throw ReadError(.xlsb, file: file, part: "xl/workbook.bin") }
        if archive.contains("mimetype"), let m = try? archive.read("mimetype"),
           String(decoding: m, as: UTF8.self).contains("opendocument.spreadsheet") {
            throw ReadError(.ods, file: file)
        }
        throw ReadError(.notAWorkbook, file: file, part: "xl/workbook.xml")
    }

    /// True for a macro-enabled workbook: it carries a VBA project next to the workbook part
    /// (checked in the ZIP index, without inflating `[Content_Types].xml`).
    private static func isMacroEnabled(_ archive: ZipArchive, workbookPath: String, file: String) -> Bool {
        let tail = workbookPath.utf8.suffix(5).map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }
        if tail == Array(".xlsm".utf8) || (workbookPath.utf8.contains { $0 >= 0x80 } && workbookPath.lowercased().hasSuffix(".xlsm")) {
            return true
        }
        return archive.contains(RelationshipsParser.directory(of: workbookPath) + "vbaProject.bin")
    }
}

/// Byte-search helpers.
enum Bytes {
    /// True when `needle` occurs in `haystack`.
    static func contains(_ h: UnsafeRawBufferPointer, _ needle: [UInt8]) -> Bool {
        guard !needle.isEmpty, h.count >= needle.count else { return false }
        let first = needle[0], last = h.count - needle.count
        var i = 0
        while i <= last {
            if h[i] == first {
                var k = 1
                while k < needle.count, h[i + k] == needle[k] { k += 1 }
                if k == needle.count { return true }
            }
            i += 1
        }
        return false
    }

    /// True when `needle` occurs in `haystack`.
    static func contains(_ haystack: [UInt8], _ needle: [UInt8]) -> Bool {
        haystack.withUnsafeBytes { contains($0, needle) }
    }
}
