/// An error from writing a workbook, with the library's message and where it happened.
///
/// `code` is the stable part tests assert on; `message` is for people.
public struct WriterError: Error, Sendable, Equatable, CustomStringConvertible {
    /// What went wrong.
    public enum Code: String, Sendable, Equatable {
        /// A sheet name is empty, longer than 31 characters or holds `[]:*?/\`
        /// or starts/ends with an apostrophe.
        case invalidSheetName
        /// Two sheets would have the same name (Excel ignores case).
        case duplicateSheetName
        /// A string is longer than Excel's 32,767 characters (it is never truncated silently).
        case stringTooLong
        /// A number is NaN or infinite.
        case nonFiniteNumber
        /// A row or column is outside 1,048,576 × 16,384, or a range is reversed.
        case outOfBounds
        /// An argument breaks one of Excel's other limits (validation titles,
        /// list lengths, header length, names).
        case invalidArgument
        /// The workbook was already closed; nothing more can be written to it.
        case closed
        /// libxlsxwriter could not create the workbook object.
        case creationFailed
        /// `workbook_close` failed: the file could not be written.
        case closeFailed
        /// Any other non-zero `lxw_error` returned by a libxlsxwriter call.
        case library
    }

    /// Stable code.
    public var code: Code
    /// The library's text (`lxw_strerror`) or our explanation.
    public var message: String
    /// The output file, when known.
    public var path: String?
    /// The sheet, when known.
    public var sheet: String?
    /// The cell or range in A1 style, when known.
    public var cell: String?
    /// The raw `lxw_error` value, when the error came from the library.
    public var libraryCode: Int?

    /// Makes an error with its context.
    public init(_ code: Code, _ message: String, path: String? = nil, sheet: String? = nil,
                cell: String? = nil, libraryCode: Int? = nil) {
        self.code = code
        self.message = message
        self.path = path
        self.sheet = sheet
        self.cell = cell
        self.libraryCode = libraryCode
    }

    /// `closeFailed: Error creating output xlsx file… (file /x/y.xlsx)`.
    public var description: String {
        var where_: [String] = []
        if let path { where_.append("file \(path)") }
        if let sheet { where_.append("sheet \(sheet)") }
        if let cell { where_.append("cell \(cell)") }
        let context = where_.isEmpty ? "" : " (" + where_.joined(separator: ", ") + ")"
        return "\(code.rawValue): \(message)\(context)"
    }
}
