import Scoring

/// A reader's note about a file it read, in Vietnamese and English.
extension ReadNoteKind {
    /// The note in Vietnamese.
    public var vi: String {
        switch self {
        case .extensionMismatch: return "Đuôi tệp không khớp với nội dung; tệp vẫn được đọc theo nội dung thực."
        case .legacyEncoding: return "Tệp CSV dùng bảng mã cũ Windows-1258; nên lưu lại dạng CSV UTF-8 hoặc .xlsx."
        case .legacyFontText:
            return "Có chữ gõ bằng phông chữ cũ TCVN3 hoặc VNI: hãy chuyển mã sang Unicode rồi gửi lại."
        case .legacyFontConverted: return "Chữ gõ bằng phông chữ cũ TCVN3 hoặc VNI đã được chuyển sang Unicode."
        case .cellTooLong: return "Có ô dài quá 32.767 ký tự, giới hạn một ô của Excel; báo cáo chỉ ghi phần đầu của ô."
        case .unterminatedQuote:
            return "Tệp CSV có dấu ngoặc kép mở mà không đóng; phần còn lại của tệp bị gộp vào một ô. Kiểm tra lại ô đó."
        case .sheetsSkipped: return "Một số trang tính không được đọc theo tùy chọn."
        case .other: return "Có điểm bất thường khi đọc tệp; tệp vẫn được đọc."
        }
    }

    /// The note in English.
    public var en: String {
        switch self {
        case .extensionMismatch: return "The extension does not match the content; the file was read by its content."
        case .legacyEncoding: return "The CSV uses the legacy Windows-1258 code page; better save as CSV UTF-8 or .xlsx."
        case .legacyFontText:
            return "Text typed in a legacy TCVN3 or VNI font: convert it to a Unicode font (e.g. Times New Roman) and resend."
        case .legacyFontConverted: return "Text typed in a legacy TCVN3 or VNI font was converted to Unicode."
        case .cellTooLong: return "A cell holds more than the 32,767 characters Excel allows; the report keeps only its beginning."
        case .unterminatedQuote:
            return "A quoted CSV field is never closed; the rest of the file became one cell. Check that cell."
        case .sheetsSkipped: return "Some sheets were not read, as the options asked."
        case .other: return "Something unusual was noted while reading; the file was still read."
        }
    }
}
