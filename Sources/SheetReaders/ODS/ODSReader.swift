import SheetModel

/// Reads OpenDocument spreadsheets: `.ods` (a ZIP package: `styles.xml`, `content.xml`,
/// `meta.xml`) and flat `.fods` (one XML document holding the same parts), with the
/// project's ZIP (libzip) and XML (expat) stack, into the same grid as every other reader.
enum ODSReader {
    /// The mimetypes read as spreadsheets (a document and a template).
    static let spreadsheetTypes: Set<String> = [
        "application/vnd.oasis.opendocument.spreadsheet",
        "application/vnd.oasis.opendocument.spreadsheet-template",
    ]

    /// The `mimetype` entry of an OpenDocument package, nil when there is none.
    static func mimetype(_ archive: ZipArchive) -> String? {
        guard archive.contains("mimetype"), let bytes = try? archive.read("mimetype"), bytes.count < 256 else { return nil }
        return String(decoding: bytes, as: UTF8.self).trimmingSpaces
    }

    /// Reads an .ods package whose `mimetype` is `type`.
    static func read(_ archive: ZipArchive, mimetype type: String, file: String,
                     options: ReadOptions) throws(ReadError) -> (Grid, FileFormat, [ReadNote]) {
        guard spreadsheetTypes.contains(type) else { throw ReadError(.ods, file: file, part: "mimetype", detail: type) }
        if archive.contains("META-INF/manifest.xml"),
           Bytes.contains(try archive.read("META-INF/manifest.xml"), Array("encryption-data".utf8)) {
            throw ReadError(.encrypted, file: file, part: "META-INF/manifest.xml")
        }
        guard archive.contains("content.xml") else { throw ReadError(.missingPart, file: file, part: "content.xml") }
        let styles = ODFStyles()
        let document = ODFDocument(styles: styles, file: file, part: "content.xml", options: options)
        for part in ["styles.xml", "content.xml", "meta.xml"] where archive.contains(part) {
            document.part = part
            try XMLStream.parse(archive, part: part, handler: document, file: file, limits: options.limits)
            try document.finish()
        }
        guard document.sawSpreadsheet else { throw ReadError(.ods, file: file, part: "content.xml") }
        return document.result(format: .ods)
    }

    /// Reads a flat OpenDocument file.
    static func readFlat(_ bytes: UnsafeRawBufferPointer, file: String,
                         options: ReadOptions) throws(ReadError) -> (Grid, FileFormat, [ReadNote]) {
        let document = ODFDocument(styles: ODFStyles(), file: file, part: "", options: options)
        let stream = try XMLStream(handler: document, file: file, part: "", limits: options.limits)
        var offset = 0
        while offset < bytes.count, !stream.done {
            let end = min(bytes.count, offset + (1 << 16))
            try stream.feed(UnsafeRawBufferPointer(rebasing: bytes[offset..<end]))
            offset = end
        }
        try stream.finish()
        try document.finish()
        if let type = document.declaredMimetype, !spreadsheetTypes.contains(type) {
            throw ReadError(.ods, file: file, detail: type)
        }
        guard document.sawSpreadsheet else { throw ReadError(.ods, file: file, detail: "office:document") }
        return document.result(format: .fods)
    }
}

/// Routes the events of one OpenDocument part (or of a whole flat document) to the style
/// table, the table reader and the metadata.
final class ODFDocument: XMLHandler {
    private enum Section { case other, styles, body, meta }
    private let styles: ODFStyles
    private let tables: ODFTableReader
    private let options: ReadOptions
    private var section = Section.other
    private var sectionDepth = 0
    private var depth = 0
    private var inGenerator = false
    private var generator: [UInt8] = []
    /// The part being parsed (for messages).
    var part: String
    /// `office:mimetype` of a flat document's root, when present.
    private(set) var declaredMimetype: String?
    /// True once an `office:spreadsheet` body was seen.
    private(set) var sawSpreadsheet = false

    init(styles: ODFStyles, file: String, part: String, options: ReadOptions) {
        self.styles = styles
        self.part = part
        self.options = options
        tables = ODFTableReader(styles: styles, file: file, part: part, options: options)
    }

    func start(_ name: XMLName, _ attributes: XMLAttributes) throws(ReadError) {
        depth += 1
        if depth == 1 {
            declaredMimetype = attributes.string("mimetype") ?? declaredMimetype
            return
        }
        if depth == 2 {
            sectionDepth = depth
            if name.is("font-face-decls") || name.is("styles") || name.is("automatic-styles") || name.is("master-styles") {
                section = .styles
            } else if name.is("body") {
                section = .body
            } else if name.is("meta") {
                section = .meta
            } else {
                section = .other
            }
            return
        }
        switch section {
        case .styles: _ = styles.start(name, attributes)
        case .body:
            if depth == 3, name.is("spreadsheet") { sawSpreadsheet = true }
            if sawSpreadsheet { try tables.start(name, attributes) }
        case .meta: inGenerator = name.is("generator")
        case .other: break
        }
    }

    func end(_ name: XMLName) throws(ReadError) {
        defer { depth -= 1 }
        if depth == sectionDepth { section = .other; return }
        switch section {
        case .styles: styles.end(name)
        case .body: if sawSpreadsheet, depth >= 3 { try tables.end(name) }
        case .meta: inGenerator = false
        case .other: break
        }
    }

    func text(_ bytes: UnsafeBufferPointer<UInt8>) {
        switch section {
        case .body: tables.text(bytes)
        case .meta: if inGenerator, generator.count < 1024 { generator.append(contentsOf: bytes) }
        default: break
        }
    }

    /// Throws a limit that character data passed.
    func finish() throws(ReadError) {
        try tables.finish()
        depth = 0
        section = .other
    }

    /// The grid, with `Application` from `meta:generator` ("LibreOffice/7.4.7.2").
    func result(format: FileFormat) -> (Grid, FileFormat, [ReadNote]) {
        var properties: [String: String] = [:]
        let generator = String(decoding: generator, as: UTF8.self)
        if let app = generator.split(separator: "$").first, !app.isEmpty { properties["Application"] = String(app) }
        var notes: [ReadNote] = []
        if tables.sheets.count < tables.tablesSeen {
            notes.append(ReadNote(.sheetsSkipped, detail: "\(tables.tablesSeen - tables.sheets.count)"))
        }
        return (Grid(sheets: tables.sheets, properties: properties), format, notes)
    }
}

extension String {
    /// The string without leading and trailing ASCII white space.
    var trimmingSpaces: String {
        var s = Substring(self)
        while let c = s.first, c == " " || c == "\n" || c == "\r" || c == "\t" { s.removeFirst() }
        while let c = s.last, c == " " || c == "\n" || c == "\r" || c == "\t" { s.removeLast() }
        return String(s)
    }
}
