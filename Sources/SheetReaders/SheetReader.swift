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
        result.notes += LegacyText.convert(&result.grid)
        result.notes += legacyFontNotes(result.grid)
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
    static func legacyFontNotes(_ grid: Grid) -> [ReadNote] {
        var notes: [ReadNote] = []
        for sheet in grid.sheets {
            var first: (ref: CellRef, text: String)?
            let converted = sheet.legacyFontCells
            for (ref, cell) in sheet.cells {
                guard case .text(let s) = cell.value, first.map({ ref < $0.ref }) ?? true,
                      converted.isEmpty || converted[ref] == nil,
                      LossyCheck.looksLegacy(s) else { continue }
                first = (ref, s)
            }
            if let first { notes.append(ReadNote(.legacyFontText, sheet: sheet.name, cell: first.ref, detail: first.text)) }
        }
        return notes
    }

    private static func extensionOf(_ name: String) -> String {
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
