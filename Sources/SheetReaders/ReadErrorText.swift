/// The wording of each `ReadError.Code`, in Vietnamese and English.
enum ReadErrorText {
    static func vi(_ code: ReadError.Code) -> String {
        switch code {
        case .ioError: return "Không mở được tệp: hãy kiểm tra tệp còn đó và có quyền đọc."
        case .emptyFile: return "Tệp rỗng (0 byte): hãy gửi lại tệp đã lưu đầy đủ."
        case .fileTooLarge: return "Tệp quá lớn so với một bảng tự chấm điểm: hãy gửi đúng tệp mẫu đã điền."
        case .legacyXLS: return "Tệp Excel 97–2003 (.xls) chưa được hỗ trợ: hãy mở bằng Excel rồi lưu lại dạng .xlsx."
        case .encrypted: return "Tệp có mật khẩu: hãy gỡ mật khẩu rồi lưu lại dạng .xlsx."
        case .xlsb: return "Tệp Excel nhị phân (.xlsb) không được hỗ trợ: hãy lưu lại dạng .xlsx."
        case .ods: return "Tệp OpenDocument (.ods) chưa được hỗ trợ: hãy lưu lại dạng .xlsx."
        case .htmlAsXLS: return "Tệp là trang web mang đuôi .xls, không phải bảng tính: hãy mở bằng Excel rồi lưu lại dạng .xlsx."
        case .xml2003: return "Tệp XML Excel 2003 chưa được hỗ trợ: hãy lưu lại dạng .xlsx."
        case .unknownFormat: return "Không nhận ra định dạng tệp: hãy lưu lại dạng Excel (.xlsx) hoặc CSV UTF-8."
        case .corruptZip: return "Tệp .xlsx bị hỏng hoặc không trọn vẹn: hãy mở bằng Excel, lưu lại rồi gửi lại."
        case .notAWorkbook: return "Tệp nén không chứa bảng tính Excel: hãy gửi tệp .xlsx."
        case .missingPart: return "Tệp .xlsx thiếu một phần bên trong: hãy mở bằng Excel, lưu lại rồi gửi lại."
        case .duplicateEntry: return "Tệp .xlsx có hai phần trùng tên (tệp bất thường): hãy mở bằng Excel, lưu lại rồi gửi lại."
        case .unsafeEntryName: return "Tệp .xlsx chứa tên phần không an toàn (tệp bất thường): hãy lưu lại bằng Excel rồi gửi lại."
        case .entryTooLarge, .archiveTooLarge:
            return "Nội dung tệp khi giải nén quá lớn so với một bảng tự chấm điểm: hãy gửi đúng tệp mẫu đã điền."
        case .compressionRatio: return "Tệp nén bất thường (tỉ lệ nén quá cao, có thể là tệp độc hại): tệp đã bị từ chối."
        case .corruptEntry: return "Dữ liệu bên trong tệp .xlsx bị hỏng: hãy mở bằng Excel, lưu lại rồi gửi lại."
        case .xmlMalformed: return "Nội dung XML trong tệp bị hỏng: hãy mở bằng Excel, lưu lại rồi gửi lại."
        case .xmlDTD: return "Tệp chứa khai báo DTD không được phép (có thể là tệp độc hại): hãy lưu lại bằng Excel rồi gửi lại."
        case .xmlTooDeep: return "Cấu trúc XML lồng nhau quá sâu (tệp bất thường): hãy lưu lại bằng Excel rồi gửi lại."
        case .tooManyCells: return "Trang tính có quá nhiều ô so với một bảng tự chấm điểm: hãy xóa dữ liệu thừa rồi gửi lại."
        case .extentTooLarge: return "Có dữ liệu ở ô quá xa vùng bảng: hãy xóa ô đó rồi lưu lại."
        case .sharedStringIndex: return "Ô tham chiếu tới chuỗi văn bản không tồn tại (tệp hỏng): hãy mở bằng Excel, lưu lại rồi gửi lại."
        case .tooManySharedStrings: return "Tệp chứa quá nhiều chuỗi văn bản: hãy gửi đúng tệp mẫu đã điền."
        case .tooManySheets: return "Tệp có quá nhiều trang tính: hãy gửi đúng tệp mẫu đã điền."
        case .badCellReference: return "Địa chỉ ô nằm ngoài giới hạn của Excel (tệp hỏng): hãy mở bằng Excel, lưu lại rồi gửi lại."
        case .textEncoding: return "Không đọc được bảng mã của tệp văn bản: hãy lưu lại dạng Excel (.xlsx) hoặc CSV UTF-8."
        case .lossyEncoding: return "Tệp CSV đã mất dấu tiếng Việt (chữ bị thay bằng \"?\"): hãy lưu lại dạng Excel (.xlsx) hoặc CSV UTF-8."
        }
    }

    static func en(_ code: ReadError.Code) -> String {
        switch code {
        case .ioError: return "Cannot open the file: check that it exists and is readable."
        case .emptyFile: return "The file is empty (0 bytes): send the fully saved file again."
        case .fileTooLarge: return "The file is too large for a scoring sheet: send the filled-in template."
        case .legacyXLS: return "Excel 97–2003 (.xls) files are not supported yet: open it in Excel and save as .xlsx."
        case .encrypted: return "The file is password-protected: remove the password and save as .xlsx."
        case .xlsb: return "Excel binary workbooks (.xlsb) are not supported: save as .xlsx."
        case .ods: return "OpenDocument (.ods) files are not supported yet: save as .xlsx."
        case .htmlAsXLS: return "The file is a web page named .xls, not a workbook: open it in Excel and save as .xlsx."
        case .xml2003: return "Excel 2003 XML spreadsheets are not supported yet: save as .xlsx."
        case .unknownFormat: return "Unrecognised file format: save as Excel (.xlsx) or CSV UTF-8."
        case .corruptZip: return "The .xlsx file is damaged or truncated: open it in Excel, save it again and resend."
        case .notAWorkbook: return "The ZIP file holds no Excel workbook: send an .xlsx file."
        case .missingPart: return "The .xlsx file lacks a part it refers to: open it in Excel, save it again and resend."
        case .duplicateEntry: return "The .xlsx file has two parts with the same name (abnormal file): re-save it in Excel."
        case .unsafeEntryName: return "The .xlsx file has an unsafe part name (abnormal file): re-save it in Excel."
        case .entryTooLarge, .archiveTooLarge:
            return "The file inflates to far more than a scoring sheet: send the filled-in template."
        case .compressionRatio: return "Abnormal compression ratio (possibly a ZIP bomb): the file was refused."
        case .corruptEntry: return "Data inside the .xlsx file is damaged: open it in Excel, save it again and resend."
        case .xmlMalformed: return "XML inside the file is malformed: open it in Excel, save it again and resend."
        case .xmlDTD: return "The file declares a DTD, which is not allowed (possibly hostile): re-save it in Excel."
        case .xmlTooDeep: return "XML nested too deeply (abnormal file): re-save it in Excel."
        case .tooManyCells: return "The sheet has too many cells for a scoring sheet: delete the extra data and resend."
        case .extentTooLarge: return "A value lies far outside the table: delete that cell and save again."
        case .sharedStringIndex: return "A cell refers to a shared string that does not exist (damaged file): re-save it in Excel."
        case .tooManySharedStrings: return "The file holds too many strings: send the filled-in template."
        case .tooManySheets: return "The file has too many sheets: send the filled-in template."
        case .badCellReference: return "A cell address lies outside Excel's grid (damaged file): re-save it in Excel."
        case .textEncoding: return "The text file's encoding cannot be read: save as Excel (.xlsx) or CSV UTF-8."
        case .lossyEncoding: return "The CSV lost its Vietnamese letters (replaced by \"?\"): save as Excel (.xlsx) or CSV UTF-8."
        }
    }
}
