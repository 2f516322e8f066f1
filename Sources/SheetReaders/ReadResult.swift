import SheetModel

/// A non-fatal observation about a file that was read.
public struct ReadNote: Sendable, Hashable, CustomStringConvertible {
    /// Stable note codes.
    public enum Code: String, Sendable, Hashable, Codable {
        /// The extension does not match the content (`bang.xls` holding xlsx).
        case extensionMismatch
        /// Text decoded from the legacy Windows-1258 code page.
        case legacyEncoding
        /// Text that looks like TCVN3 (.VnTime) or VNI font encoding.
        case legacyFontText
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

    /// Creates a note.
    public init(_ code: Code, sheet: String? = nil, cell: CellRef? = nil, detail: String? = nil) {
        self.code = code
        self.sheet = sheet
        self.cell = cell
        self.detail = detail
    }

    /// The Vietnamese message.
    public var vi: String {
        switch code {
        case .extensionMismatch: return "Đuôi tệp không khớp với nội dung; tệp vẫn được đọc theo nội dung thực."
        case .legacyEncoding: return "Tệp CSV dùng bảng mã Windows-1258; nên lưu lại dạng CSV UTF-8 hoặc .xlsx."
        case .legacyFontText: return "Có chữ gõ bằng phông TCVN3/VNI (ví dụ \".VnTime\"): hãy chuyển sang Unicode rồi gửi lại."
        case .unterminatedQuote: return "Tệp CSV có dấu ngoặc kép không được đóng; phần còn lại của tệp được coi là một ô."
        case .sheetsSkipped: return "Một số trang tính không được đọc theo tùy chọn."
        case .cellTooLong: return "Ô có nội dung dài quá 32.767 ký tự, giới hạn của Excel; nội dung vẫn được đọc đủ."
        }
    }

    /// The English message.
    public var en: String {
        switch code {
        case .extensionMismatch: return "The extension does not match the content; the file was read by its content."
        case .legacyEncoding: return "The CSV uses the Windows-1258 code page; better save as CSV UTF-8 or .xlsx."
        case .legacyFontText: return "Text typed in a TCVN3/VNI font (e.g. \".VnTime\"): convert it to Unicode and resend."
        case .unterminatedQuote: return "A quoted CSV field is never closed; the rest of the file became one cell."
        case .sheetsSkipped: return "Some sheets were not read, as the options asked."
        case .cellTooLong: return "The cell holds more than the 32,767 characters Excel allows; all of it was read."
        }
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
