import SheetModel

/// A non-fatal observation about a file that was read (worded by the message catalog,
/// keyed by `code`).
public struct ReadNote: Sendable, Hashable, CustomStringConvertible {
    /// Stable note codes.
    public enum Code: String, Sendable, Hashable, Codable, CaseIterable {
        /// The extension does not match the content (`bang.xls` holding xlsx).
        case extensionMismatch
        /// Text decoded from the legacy Windows-1258 code page.
        case legacyEncoding
        /// Text that looks like TCVN3 (.VnTime) or VNI font encoding.
        case legacyFontText
        /// Cells whose font declared TCVN3 or VNI, converted to Unicode (`detail`: the
        /// encoding, `count`: how many cells, `cell`: the first).
        case legacyFontConverted
        /// A quoted CSV field never closed; the rest of the file was taken as its value.
        case unterminatedQuote
        /// Sheets skipped because of `ReadOptions`.
        case sheetsSkipped
        /// A cell's text is longer than the 32,767 characters Excel allows (kept whole).
        case cellTooLong
    }

    /// The stable code.
    public var code: Code
    /// The sheet, when relevant.
    public var sheet: String?
    /// The cell, when relevant.
    public var cell: CellRef?
    /// The value or detail (e.g. the suspicious text).
    public var detail: String?
    /// How many cells the note is about, when it counts them.
    public var count: Int?

    /// Creates a note.
    public init(_ code: Code, sheet: String? = nil, cell: CellRef? = nil, detail: String? = nil, count: Int? = nil) {
        self.code = code
        self.sheet = sheet
        self.cell = cell
        self.detail = detail
        self.count = count
    }

    public var description: String {
        var s = code.rawValue
        if let sheet { s += " " + sheet }
        if let cell { s += "!" + cell.a1 }
        if let detail { s += ": " + detail }
        return s
    }
}

/// What a reader returns: the grid, the detected format and any notes.
public struct ReadResult: Sendable {
    /// The sheets and their cells.
    public var grid: Grid
    /// The format detected from the bytes.
    public var format: FileFormat
    /// Non-fatal observations, in the order found.
    public var notes: [ReadNote]

    /// Creates a result.
    public init(grid: Grid, format: FileFormat, notes: [ReadNote] = []) {
        self.grid = grid
        self.format = format
        self.notes = notes
    }
}
