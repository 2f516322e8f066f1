/// Why a file could not be read, as a clerk needs to hear it: the reader's error codes
/// (same raw values as `SheetReaders.ReadError.Code`, which the engine cannot see),
/// each with what it means and what to do. The library's own text never appears here;
/// it goes to `Finding.detail`.
public enum ReadFailure: String, Sendable, Hashable, CaseIterable {
    case ioError, emptyFile, fileTooLarge, legacyXLS, encrypted, xlsb, numbers, ods, htmlAsXLS, xml2003, unknownFormat
    case archive, corruptArchive, corruptXLS
    case corruptZip, notAWorkbook, missingPart, duplicateEntry, unsafeEntryName, entryTooLarge, archiveTooLarge
    case compressionRatio, corruptEntry, xmlMalformed, xmlDTD, xmlTooDeep, tooManyCells, extentTooLarge
    case sharedStringIndex, tooManySharedStrings, tooManySheets, badCellReference, textEncoding, lossyEncoding
    /// A reader code this catalog does not know yet: a generic "damaged file" sentence.
    case other

    /// The failure for a reader's code (its raw value); `.other` when unknown.
    public init(code: String) { self = ReadFailure(rawValue: code) ?? .other }

    private static let resave = "hãy mở bằng Excel hoặc LibreOffice, lưu lại dạng .xlsx rồi gửi lại."
    private static let resaveEN = "open it in Excel or LibreOffice, save it as .xlsx and send it again."

    /// What happened and what to do, in Vietnamese.
    public var vi: String {
        switch self {
        case .ioError: return "Không mở được tệp: hãy kiểm tra tệp còn đó và được phép đọc, rồi chạy lại."
        case .emptyFile: return "Tệp rỗng (không có nội dung): hãy gửi lại tệp đã lưu đầy đủ."
        case .fileTooLarge: return "Tệp quá lớn so với một bảng tự chấm điểm: hãy gửi đúng tệp mẫu đã điền."
        case .legacyXLS:
            return "Tệp Excel định dạng quá cũ (trước Excel 95) hoặc không phải bảng tính: " + Self.resave
        case .encrypted: return "Tệp có đặt mật khẩu: hãy gỡ mật khẩu, lưu lại dạng .xlsx rồi gửi lại."
        case .xlsb: return "Tệp Excel dạng nhị phân (.xlsb) không đọc được: hãy lưu lại dạng .xlsx rồi gửi lại."
        case .numbers:
            return "Tệp Apple Numbers (.numbers) không đọc được: hãy xuất ra dạng Excel (.xlsx) rồi gửi lại."
        case .ods:
            return "Tệp OpenDocument này là văn bản hoặc trình chiếu, không phải bảng tính: "
                + "hãy gửi bảng tự chấm điểm dạng .ods hoặc .xlsx."
        case .archive:
            return "Tệp nén (.zip, .rar, .7z) chứa nhiều tệp, không phải một bảng tính: hãy giải nén rồi chọn "
                + "đúng tệp, hoặc để nguyên tệp nén trong thư mục bài nộp khi tổng hợp."
        case .corruptArchive:
            return "Tệp nén bị hỏng, chưa được chép trọn vẹn hoặc có mật khẩu: hãy nén lại (không đặt mật khẩu) rồi gửi lại."
        case .corruptXLS: return "Tệp Excel 97–2003 (.xls) bị hỏng hoặc không đọc được: " + Self.resave
        case .htmlAsXLS:
            return "Tệp là một trang web mang đuôi .xls, không phải bảng tính: " + Self.resave
        case .xml2003: return "Tệp bảng tính kiểu cũ của Excel 2003 chưa đọc được: " + Self.resave
        case .unknownFormat:
            return "Không nhận ra loại tệp, có thể không phải bảng tính: hãy lưu lại dạng Excel (.xlsx) hoặc CSV UTF-8."
        case .corruptZip: return "Tệp .xlsx bị hỏng hoặc chưa được chép trọn vẹn: " + Self.resave
        case .notAWorkbook: return "Tệp nén không chứa bảng tính Excel: hãy gửi tệp .xlsx."
        case .missingPart: return "Tệp .xlsx thiếu một phần bên trong (tệp hỏng): " + Self.resave
        case .duplicateEntry, .unsafeEntryName:
            return "Cấu trúc bên trong tệp .xlsx bất thường, không an toàn để đọc: " + Self.resave
        case .entryTooLarge, .archiveTooLarge:
            return "Nội dung tệp khi giải nén quá lớn so với một bảng tự chấm điểm: hãy gửi đúng tệp mẫu đã điền."
        case .compressionRatio:
            return "Tệp nén bất thường (có thể là tệp độc hại) nên bị từ chối: hãy gửi đúng tệp mẫu đã điền."
        case .corruptEntry, .xmlMalformed, .badCellReference, .sharedStringIndex:
            return "Dữ liệu bên trong tệp bị hỏng: " + Self.resave
        case .xmlDTD:
            return "Tệp chứa khai báo không được phép (có thể là tệp độc hại) nên bị từ chối: " + Self.resave
        case .xmlTooDeep: return "Cấu trúc bên trong tệp lồng nhau quá sâu (tệp bất thường): " + Self.resave
        case .tooManyCells:
            return "Trang tính có quá nhiều ô so với một bảng tự chấm điểm: hãy xóa dữ liệu thừa rồi gửi lại."
        case .extentTooLarge: return "Có dữ liệu ở một ô quá xa vùng bảng: hãy xóa ô đó, lưu lại rồi gửi lại."
        case .tooManySharedStrings: return "Tệp chứa quá nhiều chữ so với một bảng tự chấm điểm: hãy gửi đúng tệp mẫu đã điền."
        case .tooManySheets: return "Tệp có quá nhiều trang tính: hãy gửi đúng tệp mẫu đã điền."
        case .textEncoding:
            return "Không đọc được bảng mã chữ của tệp văn bản: hãy lưu lại dạng Excel (.xlsx) hoặc CSV UTF-8."
        case .lossyEncoding:
            return "Tệp CSV đã mất dấu tiếng Việt (chữ bị thay bằng dấu hỏi): hãy lưu lại dạng Excel (.xlsx) "
                + "hoặc CSV UTF-8."
        case .other: return "Không đọc được tệp: " + Self.resave
        }
    }

    /// What happened and what to do, in English.
    public var en: String {
        switch self {
        case .ioError: return "Cannot open the file: check that it exists and is readable, then run again."
        case .emptyFile: return "The file is empty: send the fully saved file again."
        case .fileTooLarge: return "The file is too large for a scoring sheet: send the filled-in template."
        case .legacyXLS: return "An Excel file older than Excel 95, or not a workbook: " + Self.resaveEN
        case .encrypted: return "The file is password-protected: remove the password, save as .xlsx and send it again."
        case .xlsb: return "Excel binary workbooks (.xlsb) cannot be read: save as .xlsx and send it again."
        case .numbers: return "Apple Numbers documents (.numbers) cannot be read: export to Excel (.xlsx) and send it again."
        case .ods: return "This OpenDocument file is a text or a presentation, not a spreadsheet: send the scoring sheet as .ods or .xlsx."
        case .archive:
            return "An archive (.zip, .rar, .7z) of several files, not one workbook: extract the right file, "
                + "or leave the archive in the inbox folder when consolidating."
        case .corruptArchive:
            return "The archive is damaged, was not copied whole or is password-protected: pack it again (without a password) and send it again."
        case .corruptXLS: return "The Excel 97–2003 (.xls) file is damaged or cannot be read: " + Self.resaveEN
        case .htmlAsXLS: return "The file is a web page named .xls, not a workbook: " + Self.resaveEN
        case .xml2003: return "Excel 2003 XML spreadsheets cannot be read yet: " + Self.resaveEN
        case .unknownFormat:
            return "Unrecognised file type, perhaps not a spreadsheet: save as Excel (.xlsx) or CSV UTF-8."
        case .corruptZip: return "The .xlsx file is damaged or was not copied whole: " + Self.resaveEN
        case .notAWorkbook: return "The ZIP file holds no Excel workbook: send an .xlsx file."
        case .missingPart: return "The .xlsx file lacks a part it refers to (damaged file): " + Self.resaveEN
        case .duplicateEntry, .unsafeEntryName:
            return "The .xlsx file's inner structure is abnormal and unsafe to read: " + Self.resaveEN
        case .entryTooLarge, .archiveTooLarge:
            return "The file inflates to far more than a scoring sheet: send the filled-in template."
        case .compressionRatio:
            return "Abnormal compression (possibly a hostile file), so it was refused: send the filled-in template."
        case .corruptEntry, .xmlMalformed, .badCellReference, .sharedStringIndex:
            return "Data inside the file is damaged: " + Self.resaveEN
        case .xmlDTD: return "The file holds a forbidden declaration (possibly hostile), so it was refused: " + Self.resaveEN
        case .xmlTooDeep: return "The file's inner structure is nested too deeply (abnormal file): " + Self.resaveEN
        case .tooManyCells: return "The sheet has too many cells for a scoring sheet: delete the extra data and resend."
        case .extentTooLarge: return "A value lies far outside the table: delete that cell, save and send it again."
        case .tooManySharedStrings: return "The file holds too much text for a scoring sheet: send the filled-in template."
        case .tooManySheets: return "The file has too many sheets: send the filled-in template."
        case .textEncoding: return "The text file's encoding cannot be read: save as Excel (.xlsx) or CSV UTF-8."
        case .lossyEncoding:
            return "The CSV lost its Vietnamese letters (replaced by question marks): save as Excel (.xlsx) or CSV UTF-8."
        case .other: return "The file cannot be read: " + Self.resaveEN
        }
    }

    /// Failures that mean "a format thidua does not read", not a damaged file.
    public var isUnsupportedFormat: Bool {
        [.legacyXLS, .encrypted, .xlsb, .numbers, .ods, .htmlAsXLS, .xml2003, .unknownFormat].contains(self)
    }
}

/// A reader's note about a file it read (same raw values as `SheetReaders.ReadNote.Code`).
public enum ReadNoteKind: String, Sendable, Hashable, CaseIterable {
    case extensionMismatch, legacyEncoding, legacyFontText, legacyFontConverted, unterminatedQuote, sheetsSkipped
    case cellTooLong
    /// A note this catalog does not know yet.
    case other

    /// The kind for a reader's note code; `.other` when unknown.
    public init(code: String) { self = ReadNoteKind(rawValue: code) ?? .other }

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
