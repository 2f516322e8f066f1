import Scoring

/// Why a file was not read to the end, in Vietnamese and English.
extension ReaderStop: CatalogMessage {
    public var vi: String {
        switch self {
        case .crashed:
            return "Tệp này làm trình đọc dừng bất thường nên không đọc được (tệp có thể bị hỏng khi sao chép hoặc gửi). "
                + "Hãy mở tệp bằng Excel hoặc LibreOffice, lưu lại rồi gửi lại."
        case .timedOut(let seconds):
            return "Đọc tệp này quá \(Wording.number(seconds, .vi)) giây nên phải dừng (tệp có thể bị hỏng hoặc quá lớn). "
                + "Hãy mở tệp bằng Excel hoặc LibreOffice, lưu lại rồi gửi lại."
        case .unavailable:
            return "Không khởi động được trình đọc tệp nên tệp này chưa được đọc. Hãy chạy lại lệnh; nếu vẫn lỗi, báo cho người quản trị máy."
        }
    }

    public var en: String {
        switch self {
        case .crashed:
            return "This file made the reader stop abnormally, so it could not be read (it may have been damaged when copied or sent). "
                + "Open it in Excel or LibreOffice, save it again and send it again."
        case .timedOut(let seconds):
            return "Reading this file took longer than \(Wording.number(seconds, .en)) seconds, so it was stopped (the file may be damaged or too large). "
                + "Open it in Excel or LibreOffice, save it again and send it again."
        case .unavailable:
            return "The file reader could not be started, so this file was not read. Run the command again; if it fails again, tell the machine's administrator."
        }
    }
}
