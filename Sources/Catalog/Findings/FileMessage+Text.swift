import Scoring

/// A file's messages in Vietnamese and English.
extension FileMessage: CatalogMessage {
    public var vi: String {
        switch self {
        case .unreadable(let failure): return failure.vi
        case .note(let kind): return kind.vi
        case .readerStopped(let stop): return stop.vi
        case .cannotOpen(let cause):
            return "Không mở được tệp (\(cause.vi)). Kiểm tra tệp còn đó và được phép đọc, rồi chạy lại."
        case .skipped(let reason): return reason.vi
        case .newerFileUsed: return "Đơn vị đã nộp bản mới hơn; bản này không được dùng."
        case .hasErrors: return "Có lỗi cần sửa (xem trang Cần sửa)."
        }
    }

    public var en: String {
        switch self {
        case .unreadable(let failure): return failure.en
        case .note(let kind): return kind.en
        case .readerStopped(let stop): return stop.en
        case .cannotOpen(let cause):
            return "The file cannot be opened (\(cause.en)). Check that it exists and is readable, then run again."
        case .skipped(let reason): return reason.en
        case .newerFileUsed: return "The unit sent a newer submission; this one is not used."
        case .hasErrors: return "Has errors to fix (see the Cần sửa sheet)."
        }
    }
}
