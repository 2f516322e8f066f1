import Scoring

/// Why a file could not be read and what to do, in Vietnamese and English.
extension ReadFailure {
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
}
