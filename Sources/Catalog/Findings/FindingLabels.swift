import Scoring

/// The short label a clerk reads for each kind of finding, in the report's and the return
/// lists' column where JSON has the stable code ("Vượt điểm tối đa" for `aboveMax`).
extension FindingCode {
    /// The label in `language`; a generic one for a code the catalog does not know.
    public func label(_ language: Language) -> String {
        guard let l = FindingLabels.table[rawValue] else { return language == .en ? "Other" : "Khác" }
        return language == .en ? l.en : l.vi
    }

    /// True when the catalog has a label for this code.
    public var hasLabel: Bool { FindingLabels.table[rawValue] != nil }
}

enum FindingLabels {
    static let table: [String: (vi: String, en: String)] = [
        // Lines
        "claimMissing": ("Chưa ghi điểm", "No points"),
        "notANumber": ("Điểm không phải số", "Not a number"),
        "ambiguousNumber": ("Số viết không rõ", "Ambiguous number"),
        "negative": ("Điểm âm", "Negative points"),
        "aboveMax": ("Vượt điểm tối đa", "Above the max"),
        "partialBinary": ("Chấm một phần điểm", "Partial points"),
        "noEvidence": ("Thiếu minh chứng", "No evidence"),
        "computedDiffers": ("Khác điểm tính từ số liệu", "Differs from counts"),
        "totalDiffers": ("Tổng điểm không khớp", "Total differs"),
        "verifiedDiffers": ("Điểm kiểm tra khác điểm tự chấm", "Verified differs"),
        "verifiedOutOfRange": ("Điểm kiểm tra không hợp lệ", "Verified points invalid"),
        "lineMissing": ("Thiếu tiêu chí", "Line missing"),
        "lineDuplicated": ("Tiêu chí ghi trùng", "Line repeated"),
        "lineUnknown": ("Mã tiêu chí không có", "Unknown line"),
        "noLines": ("Không có dòng tiêu chí", "No lines"),
        "formulaCached": ("Ô có công thức", "Formula cell"),
        // Header and nominees
        "unitNameMissing": ("Thiếu tên đơn vị", "No unit name"),
        "unitTypeUnknown": ("Loại đơn vị không đúng", "Unknown unit type"),
        "periodMismatch": ("Sai kỳ thi đua", "Other period"),
        "periodUnreadable": ("Kỳ thi đua không rõ", "Period unreadable"),
        "dateUnreadable": ("Ngày lập không rõ", "Date unreadable"),
        "otherRubric": ("Mẫu của kế hoạch khác", "Other plan's template"),
        "yesNoUnreadable": ("Đảng viên: không rõ", "Party member unclear"),
        "nomineeNameMissing": ("Thiếu họ tên", "No nominee name"),
        // Counts
        "countNotWhole": ("Số liệu không hợp lệ", "Invalid count"),
        "pledgesAboveStaff": ("Số cam kết vượt tổng số", "Pledges above staff"),
        "ratedAboveStaff": ("Số xếp loại vượt tổng số", "Ratings above staff"),
        "zeroStaff": ("Tổng số bằng 0", "Staff is zero"),
        "countMissing": ("Thiếu số liệu", "Counts missing"),
        "ratingUnreadable": ("Xếp loại không rõ", "Rating unreadable"),
        // Locating
        "noScoringTable": ("Không thấy bảng điểm", "No scoring table"),
        "wrongSheetSaved": ("Lưu nhầm trang tính", "Wrong sheet saved"),
        "unknownItem": ("Mã tiêu chí không có", "Unknown item"),
        "duplicateItem": ("Tiêu chí ghi trùng", "Item repeated"),
        // Roster and batch
        "rosterNoHeader": ("Danh sách thiếu tiêu đề", "Roster without header"),
        "rosterUnknownType": ("Loại đơn vị không đúng", "Unknown unit type"),
        "rosterDuplicateCode": ("Mã đơn vị trùng", "Code repeated"),
        "rosterIncompleteRow": ("Dòng thiếu mã hoặc tên", "Incomplete row"),
        "notOnRoster": ("Không có trong danh sách", "Not on the roster"),
        "superseded": ("Bị thay thế", "Superseded"),
        "unitTypeDiffers": ("Loại đơn vị khác danh sách", "Type differs from roster"),
        "nomineesAboveQuota": ("Vượt chỉ tiêu cá nhân", "Nominees above quota"),
        "tieAtQuota": ("Đồng hạng", "Tie"),
        // The inspection form
        "formNotANumber": ("Điểm kiểm tra không phải số", "Verified points not a number"),
        "formAmbiguousNumber": ("Số không rõ", "Ambiguous number"),
        "formOutOfRange": ("Điểm kiểm tra ngoài khoảng", "Verified points out of range"),
        "formLineUnknown": ("Mã tiêu chí không có", "Unknown line"),
        "formRowIncomplete": ("Dòng thiếu mã", "Incomplete row"),
        "formDuplicateRow": ("Dòng trùng", "Duplicate row"),
        "formOtherRubric": ("Phiếu của kế hoạch khác", "Form of another plan"),
        "formNoMeta": ("Phiếu không có trang ẩn", "Form without its hidden sheet"),
        "formUnitNotInInbox": ("Đơn vị chưa có bài nộp", "Unit not in the inbox"),
        "formFileChanged": ("Tệp đơn vị đã thay đổi", "Unit's file changed"),
        "formLineNotInFile": ("Tệp đơn vị thiếu tiêu chí", "Line not in the unit's file"),
        "formOverridesFile": ("Điểm kiểm tra theo phiếu", "Form overrides the file"),
        // Files
        "fileUnreadable": ("Không mở được tệp", "File cannot be opened"),
        "readerStopped": ("Trình đọc dừng bất thường", "Reader stopped"),
        "ioError": ("Không mở được tệp", "File cannot be opened"),
        "emptyFile": ("Tệp rỗng", "Empty file"),
        "fileTooLarge": ("Tệp quá lớn", "File too large"),
        "legacyXLS": ("Định dạng quá cũ", "Format too old"),
        "xlsb": ("Định dạng chưa đọc được", "Format not read"),
        "ods": ("Không phải bảng tính", "Not a workbook"),
        "numbers": ("Định dạng chưa đọc được", "Format not read"),
        "archive": ("Tệp nén nhiều tệp", "Archive of files"),
        "corruptArchive": ("Tệp nén bị hỏng", "Damaged archive"),
        "corruptXLS": ("Tệp bị hỏng", "Damaged file"),
        "archiveWithoutSpreadsheet": ("Tệp nén không có bảng tính", "Archive without a workbook"),
        "archiveTooDeep": ("Tệp nén lồng nhiều cấp", "Archive nested too deep"),
        "xml2003": ("Định dạng chưa đọc được", "Format not read"),
        "htmlAsXLS": ("Không phải bảng tính", "Not a workbook"),
        "unknownFormat": ("Không nhận ra loại tệp", "Unknown format"),
        "encrypted": ("Tệp có mật khẩu", "Password-protected"),
        "corruptZip": ("Tệp bị hỏng", "Damaged file"),
        "notAWorkbook": ("Không phải bảng tính", "Not a workbook"),
        "missingPart": ("Tệp bị hỏng", "Damaged file"),
        "corruptEntry": ("Tệp bị hỏng", "Damaged file"),
        "xmlMalformed": ("Tệp bị hỏng", "Damaged file"),
        "sharedStringIndex": ("Tệp bị hỏng", "Damaged file"),
        "badCellReference": ("Tệp bị hỏng", "Damaged file"),
        "duplicateEntry": ("Tệp bất thường", "Abnormal file"),
        "unsafeEntryName": ("Tệp bất thường", "Abnormal file"),
        "xmlDTD": ("Tệp bất thường", "Abnormal file"),
        "xmlTooDeep": ("Tệp bất thường", "Abnormal file"),
        "compressionRatio": ("Tệp bất thường", "Abnormal file"),
        "entryTooLarge": ("Tệp quá lớn", "File too large"),
        "archiveTooLarge": ("Tệp quá lớn", "File too large"),
        "tooManyCells": ("Quá nhiều ô", "Too many cells"),
        "extentTooLarge": ("Dữ liệu ở ô quá xa", "Cell too far out"),
        "tooManySharedStrings": ("Quá nhiều chữ", "Too much text"),
        "tooManySheets": ("Quá nhiều trang tính", "Too many sheets"),
        "textEncoding": ("Bảng mã không đọc được", "Unreadable encoding"),
        "lossyEncoding": ("Mất dấu tiếng Việt", "Letters lost"),
        "extensionMismatch": ("Đuôi tệp không khớp", "Extension mismatch"),
        "legacyEncoding": ("Bảng mã cũ", "Legacy encoding"),
        "legacyFontText": ("Phông chữ cũ", "Legacy font"),
        "cellTooLong": ("Ô quá dài", "Cell too long"),
        "legacyFontConverted": ("Đã chuyển phông chữ cũ", "Legacy font converted"),
        "unterminatedQuote": ("Thiếu dấu ngoặc kép đóng", "Unclosed quote"),
        "sheetsSkipped": ("Bỏ qua trang tính", "Sheets skipped"),
    ]
}
