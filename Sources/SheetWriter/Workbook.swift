import CXlsxWriter
import Foundation

/// An XLSX file being written: owns libxlsxwriter's `lxw_workbook`.
///
/// Nothing is written to disk until `close()`, which throws when the file cannot
/// be written. A workbook dropped without `close()` frees its memory and writes
/// nothing. Sheets and charts made by a workbook keep it alive (a format does not: the
/// workbook keeps its formats, and a cycle would keep every workbook alive), and every
/// call on them after `close()` throws `WriterError.Code.closed`.
public final class Workbook {
    /// How the workbook is buffered.
    public struct Options: Sendable, Hashable {
        /// Flush each row to a temporary file once a later row is written
        /// (rows must then be written in order; merges and formats still work).
        public var constantMemory: Bool
        /// Directory for libxlsxwriter's temporary files (default: the system's).
        public var temporaryDirectory: String?
        /// Allow ZIP64 for very large files.
        public var zip64: Bool

        /// Default: everything in memory, system temp dir, no ZIP64.
        public init(constantMemory: Bool = false, temporaryDirectory: String? = nil, zip64: Bool = false) {
            self.constantMemory = constantMemory
            self.temporaryDirectory = temporaryDirectory
            self.zip64 = zip64
        }
    }

    /// The creation date set by `setProperties` (seconds since 1970), for `CloseGate`.
    private var createdDate: Int64?

    /// The file `close()` writes.
    public let path: String
    private(set) var handle: UnsafeMutablePointer<lxw_workbook>?
    private var sheetNames: [String: String] = [:]   // lowercased → as given
    private var formats: [FormatStyle: Format] = [:]
    private var names: Set<String> = []

    /// Starts a workbook that `close()` will write to `path`.
    /// - Throws: `creationFailed` when libxlsxwriter cannot allocate it.
    public init(path: String, options: Options = Options()) throws(WriterError) {
        self.path = path
        let made = withCStrings([path, options.temporaryDirectory]) { c -> UnsafeMutablePointer<lxw_workbook>? in
            var opts = lxw_workbook_options()
            opts.constant_memory = options.constantMemory ? 1 : 0
            opts.tmpdir = c[1]
            opts.use_zip64 = options.zip64 ? 1 : 0
            return workbook_new_opt(c[0], &opts)
        }
        guard let made else {
            throw WriterError(.creationFailed, "libxlsxwriter could not create the workbook", path: path)
        }
        handle = made
    }

    deinit {
        // Never write from deinit: free without creating the file.
        if let handle { lxw_workbook_free(handle) }
    }

    /// Whether `close()` has run.
    public var isClosed: Bool { handle == nil }

    func open() throws(WriterError) -> UnsafeMutablePointer<lxw_workbook> {
        guard let handle else { throw WriterError(.closed, "the workbook is already closed", path: path) }
        return handle
    }

    /// Adds a sheet; names are checked against Excel's rules and must be unique ignoring case.
    /// - Throws: `invalidSheetName`, `duplicateSheetName`, `closed`.
    public func addWorksheet(_ name: String) throws(WriterError) -> Worksheet {
        let wb = try open()
        if let problem = ExcelLimits.sheetNameProblem(name) {
            throw WriterError(.invalidSheetName, problem, path: path, sheet: name)
        }
        let key = name.lowercased()
        if sheetNames[key] != nil {
            throw WriterError(.duplicateSheetName, "a sheet with this name already exists", path: path, sheet: name)
        }
        guard let ws = name.withCString({ workbook_add_worksheet(wb, $0) }) else {
            throw WriterError(.library, "libxlsxwriter refused the sheet", path: path, sheet: name)
        }
        sheetNames[key] = name
        return Worksheet(workbook: self, handle: ws, name: name)
    }

    /// The format for a style; equal styles share one format.
    public func format(_ style: FormatStyle) throws(WriterError) -> Format {
        if let existing = formats[style] { return existing }
        let wb = try open()
        guard let f = workbook_add_format(wb) else {
            throw WriterError(.library, "libxlsxwriter could not create a format", path: path)
        }
        style.apply(to: f)
        let made = Format(workbook: self, handle: f, style: style)
        formats[style] = made
        return made
    }

    /// Sets the document properties (title, author, fixed creation date…).
    public func setProperties(_ p: DocumentProperties) throws(WriterError) {
        let wb = try open()
        let result = withCStrings([p.title, p.subject, p.author, p.manager, p.company, p.category,
                                   p.keywords, p.comments, p.status]) { c in
            var props = lxw_doc_properties()
            props.title = c[0]; props.subject = c[1]; props.author = c[2]; props.manager = c[3]
            props.company = c[4]; props.category = c[5]; props.keywords = c[6]
            props.comments = c[7]; props.status = c[8]
            props.created = time_t(p.created.timeIntervalSince1970.rounded(.down))
            return workbook_set_properties(wb, &props)
        }
        try check(result, "set document properties", path: path)
        createdDate = Int64(p.created.timeIntervalSince1970.rounded(.down))
    }

    /// Adds a text custom property (File › Properties › Custom).
    public func setCustomProperty(_ name: String, _ value: String) throws(WriterError) {
        let wb = try open()
        try checkCustom(name, value.utf16.count)
        let r = withCStrings([name, value]) { c in workbook_set_custom_property_string(wb, c[0], c[1]) }
        try check(r, "custom property \(name)", path: path)
    }

    /// Adds a numeric custom property.
    public func setCustomProperty(_ name: String, _ value: Double) throws(WriterError) {
        let wb = try open()
        try checkCustom(name, 0)
        guard value.isFinite else { throw WriterError(.nonFiniteNumber, "custom property \(name) is \(value)", path: path) }
        let r = name.withCString { workbook_set_custom_property_number(wb, $0, value) }
        try check(r, "custom property \(name)", path: path)
    }

    /// Adds a yes/no custom property.
    public func setCustomProperty(_ name: String, _ value: Bool) throws(WriterError) {
        let wb = try open()
        try checkCustom(name, 0)
        let r = name.withCString { workbook_set_custom_property_boolean(wb, $0, value ? 1 : 0) }
        try check(r, "custom property \(name)", path: path)
    }

    private func checkCustom(_ name: String, _ valueLength: Int) throws(WriterError) {
        guard !name.isEmpty, name.utf16.count <= 255, valueLength <= 255 else {
            throw WriterError(.invalidArgument, "custom property names and text values hold 1–255 characters", path: path)
        }
    }

    /// Defines a workbook-level name: `defineName("DS_XepLoai", "='_thidua'!$D$1:$D$4")`.
    /// - Throws: `invalidArgument` for an empty, too long, duplicate or malformed name.
    public func defineName(_ name: String, _ formula: String) throws(WriterError) {
        let wb = try open()
        let ok = name.first.map { $0.isLetter || $0 == "_" } ?? false
        guard ok, name.utf16.count <= 255, !name.contains(where: { $0 == " " || $0 == "!" }),
              !names.contains(name.lowercased()), !formula.isEmpty
        else { throw WriterError(.invalidArgument, "invalid or duplicate defined name '\(name)'", path: path) }
        let r = withCStrings([name, formula]) { c in workbook_define_name(wb, c[0], c[1]) }
        try check(r, "define name \(name)", path: path)
        names.insert(name.lowercased())
    }

    /// Adds a chart to place on a sheet with `Worksheet.insertChart`.
    public func addChart(_ kind: Chart.Kind) throws(WriterError) -> Chart {
        let wb = try open()
        guard let c = workbook_add_chart(wb, kind.lxwType) else {
            throw WriterError(.library, "libxlsxwriter could not create the chart", path: path)
        }
        return Chart(workbook: self, handle: c, kind: kind)
    }

    /// Writes the file. After this the workbook and everything made from it are closed.
    /// - Throws: `closeFailed` with the library's message (unwritable directory, disk full…),
    ///   `closed` when called twice.
    public func close() throws(WriterError) {
        let wb = try open()
        handle = nil  // workbook_close frees the workbook whether or not it succeeds
        // libxlsxwriter formats the creation date with gmtime(), whose buffer is shared by
        // the process: only workbooks of one date close at once (`CloseGate`).
        let result = CloseGate.shared.run(date: createdDate) { workbook_close(wb) }
        guard result.rawValue == 0 else {
            let text = lxw_strerror(result).map { String(cString: $0) } ?? "unknown error"
            throw WriterError(.closeFailed, text, path: path, libraryCode: Int(result.rawValue))
        }
    }
}
