import Glibc
import SheetModel

/// Reads any supported spreadsheet file (XLSX, XLSM, ODS, FODS, XLS, CSV, TSV) into a `Grid`.
///
/// The format comes from the bytes; unsupported, encrypted or damaged files throw a
/// `ReadError` whose message tells the clerk what to do.
public enum SheetReader {
    /// Reads a file from disk. The file is never modified.
    public static func read(contentsOf path: String,
                            options: ReadOptions = .standard) throws(ReadError) -> ReadResult {
        let bytes = try load(path, limit: options.limits.maxFileBytes)
        return try bytes.withBytes { (b) throws(ReadError) -> ReadResult in
            try read(bytes: b, name: path, options: options)
        }
    }

    /// Reads bytes already in memory; `name` is used in messages and for the extension check.
    public static func read(data: [UInt8], name: String,
                            options: ReadOptions = .standard) throws(ReadError) -> ReadResult {
        try data.withBytes { (b) throws(ReadError) -> ReadResult in
            try read(bytes: b, name: name, options: options)
        }
    }

    /// Reads raw bytes; see `read(data:name:options:)`.
    public static func read(bytes: UnsafeRawBufferPointer, name: String,
                            options: ReadOptions = .standard) throws(ReadError) -> ReadResult {
        guard bytes.count <= options.limits.maxFileBytes else {
            throw ReadError(.fileTooLarge, file: name, detail: "\(bytes.count) bytes")
        }
        var result: ReadResult
        switch Sniffer.kind(of: bytes) {
        case .empty: throw ReadError(.emptyFile, file: name)
        case .ole2(let encrypted):
            if encrypted { throw ReadError(.encrypted, file: name) }
            let (grid, format, notes) = try XLSReader.read(bytes, file: name, options: options)
            result = ReadResult(grid: grid, format: format, notes: notes)
        case .html: throw ReadError(.htmlAsXLS, file: name)
        case .xml2003: throw ReadError(.xml2003, file: name)
        case .unknown: throw ReadError(.unknownFormat, file: name)
        case .rar, .sevenZip: throw ReadError(.archive, file: name)
        case .zip:
            let archive = try ZipArchive(bytes: bytes, file: name, limits: options.limits)
            let (grid, format, notes): (Grid, FileFormat, [ReadNote])
            switch PackageKind(archive) {
            case .opendocument(let type): (grid, format, notes) = try ODSReader.read(archive, mimetype: type, file: name, options: options)
            case .ooxml: (grid, format, notes) = try XLSXReader.read(archive, file: name, options: options)
            case .numbers: throw ReadError(.numbers, file: name)
            case .files: throw ReadError(.archive, file: name)
            }
            result = ReadResult(grid: grid, format: format, notes: notes)
        case .flatODF:
            let (grid, format, notes) = try ODSReader.readFlat(bytes, file: name, options: options)
            result = ReadResult(grid: grid, format: format, notes: notes)
        case .text:
            let (grid, format, notes) = try CSVReader.read(bytes, name: name, options: options)
            result = ReadResult(grid: grid, format: format, notes: notes)
        }
        let ext = extensionOf(name)
        if !ext.isEmpty, !result.format.usualExtensions.contains(ext) {
            result.notes.insert(ReadNote(.extensionMismatch, detail: ".\(ext) → \(result.format.rawValue)"), at: 0)
        }
        // Cells typed in a legacy font are converted; look-alike text elsewhere is noted. The
        // XLSX reader noted look-alike text as it read its shared strings: sheets that have
        // legacy-font cells are looked at again once those are converted.
        let withFonts = Set(result.grid.sheets.filter { !$0.legacyFontCells.isEmpty }.map(\.name))
        result.notes += LegacyText.convert(&result.grid)
        if result.format == .xlsx || result.format == .xlsm {
            result.notes.removeAll { $0.code == .legacyFontText && withFonts.contains($0.sheet ?? "") }
            result.notes += legacyFontNotes(result.grid, sheets: withFonts)
        } else {
            result.notes += legacyFontNotes(result.grid)
        }
        return result
    }

    /// The format of the bytes as far as sniffing tells (text is reported as csv; a ZIP's
    /// entries tell xlsx, ods and an archive of files apart).
    public static func sniffFormat(_ bytes: UnsafeRawBufferPointer) -> FileFormat {
        switch Sniffer.kind(of: bytes) {
        case .zip:
            guard let archive = try? ZipArchive(bytes: bytes, file: "", limits: .standard) else { return .xlsx }
            switch PackageKind(archive) {
            case .opendocument: return .ods
            case .ooxml: return .xlsx
            case .numbers: return .numbers
            case .files: return .zip
            }
        case .rar: return .rar
        case .sevenZip: return .sevenZip
        case .flatODF: return .fods
        case .text: return .csv
        case .ole2(let encrypted): return encrypted ? .encrypted : .xls
        case .html: return .html
        case .xml2003: return .xml2003
        case .empty, .unknown: return .unknown
        }
    }

    /// One note per sheet for the first cell whose text looks like TCVN3 / VNI (cells whose
    /// font declared the encoding were converted already and are not looked at).
    static func legacyFontNotes(_ grid: Grid, sheets only: Set<String>? = nil) -> [ReadNote] {
        var notes: [ReadNote] = []
        for sheet in grid.sheets where only?.contains(sheet.name) ?? true {
            let converted = sheet.legacyFontCells
            for (i, cell) in sheet.cellValues.enumerated() {
                guard case .text(let s) = cell.value, converted.isEmpty || converted[sheet.cellRefs[i]] == nil,
                      LossyCheck.looksLegacy(s) else { continue }
                notes.append(ReadNote(.legacyFontText, sheet: sheet.name, cell: sheet.cellRefs[i], detail: s))
                break
            }
        }
        return notes
    }

    private static func extensionOf(_ name: String) -> String {
        if name.utf8.allSatisfy({ $0 < 0x80 }) {  // ASCII: the same, on bytes
            let b = Array(name.utf8)
            var end = b.count
            while end > 0, b[end - 1] == 0x2F { end -= 1 }
            var start = end
            while start > 0, b[start - 1] != 0x2F { start -= 1 }
            guard let dot = b[start..<end].lastIndex(of: 0x2E) else { return "" }
            return String(decoding: b[(dot + 1)..<end].map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }, as: UTF8.self)
        }
        let base = name.split(separator: "/").last ?? Substring(name)
        guard let dot = base.lastIndex(of: ".") else { return "" }
        return base[base.index(after: dot)...].lowercased()
    }

    /// Reads a whole file with POSIX calls, refusing it before reading when it is too large.
    private static func load(_ path: String, limit: Int) throws(ReadError) -> [UInt8] {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { throw ReadError(.ioError, file: path, detail: String(cString: strerror(errno))) }
        defer { close(fd) }
        var st = stat()
        guard fstat(fd, &st) == 0 else { throw ReadError(.ioError, file: path, detail: String(cString: strerror(errno))) }
        guard (st.st_mode & S_IFMT) == S_IFREG else { throw ReadError(.ioError, file: path, detail: "not a regular file") }
        let size = Int(st.st_size)
        guard size <= limit else { throw ReadError(.fileTooLarge, file: path, detail: "\(size) bytes") }
        var failure: Int32 = 0
        let bytes = [UInt8](unsafeUninitializedCapacity: size) { buffer, count in
            var done = 0
            while done < size {
                let n = Glibc.read(fd, buffer.baseAddress! + done, size - done)
                if n < 0 { if errno == EINTR { continue }; failure = errno; break }
                if n == 0 { break }
                done += n
            }
            count = done
        }
        if failure != 0 { throw ReadError(.ioError, file: path, detail: String(cString: strerror(failure))) }
        return bytes
    }
}
