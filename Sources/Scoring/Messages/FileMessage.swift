/// Messages about a file as a whole: why it could not be read, what its reader noted,
/// why the scan skipped it, and its status in the audit sheet.
public enum FileMessage: CatalogMessage {
    /// The reader refused the file.
    case unreadable(ReadFailure)
    /// The reader read the file and noted something.
    case note(ReadNoteKind)
    /// The file could not be opened from disk (`fileUnreadable`).
    case cannotOpen(SystemFailure)
    /// The inbox scan left the file out on purpose.
    case skipped(SkipReason)
    /// Audit: a newer submission of the same unit is used.
    case newerFileUsed
    /// Audit: the submission has errors.
    case hasErrors

    public var vi: String {
        switch self {
        case .unreadable(let failure): return failure.vi
        case .note(let kind): return kind.vi
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
        case .cannotOpen(let cause):
            return "The file cannot be opened (\(cause.en)). Check that it exists and is readable, then run again."
        case .skipped(let reason): return reason.en
        case .newerFileUsed: return "The unit sent a newer submission; this one is not used."
        case .hasErrors: return "Has errors to fix (see the Cần sửa sheet)."
        }
    }
}

/// Why the inbox scan leaves a file out (SPEC §3.1's folder hygiene).
public enum SkipReason: String, Sendable, Hashable, CaseIterable {
    /// `~$name.xlsx`: Office's lock file.
    case officeLock
    /// `.~lock.name#`: LibreOffice's lock file.
    case libreOfficeLock
    /// `.DS_Store`, `Thumbs.db`, `desktop.ini`.
    case systemFile
    /// A name starting with a dot.
    case hiddenFile
    /// A hidden or system folder (`.git/`, `__MACOSX/`).
    case hiddenFolder

    public var vi: String {
        switch self {
        case .officeLock: return "Tệp khóa tạm của Office (bảng tính đang mở ở đâu đó), không phải bài nộp; bỏ qua."
        case .libreOfficeLock: return "Tệp khóa tạm của LibreOffice, không phải bài nộp; bỏ qua."
        case .systemFile: return "Tệp hệ thống của máy tính, bỏ qua."
        case .hiddenFile: return "Tệp ẩn, bỏ qua."
        case .hiddenFolder: return "Thư mục ẩn hoặc thư mục hệ thống, bỏ qua."
        }
    }

    public var en: String {
        switch self {
        case .officeLock: return "Office lock file (the workbook is open somewhere), not a submission; skipped."
        case .libreOfficeLock: return "LibreOffice lock file, not a submission; skipped."
        case .systemFile: return "Operating-system file, skipped."
        case .hiddenFile: return "Hidden file, skipped."
        case .hiddenFolder: return "Hidden or system folder, skipped."
        }
    }
}

/// What the operating system said, in words a clerk understands (the system's own
/// text, in English, goes to the detail). Made from `errno` where the I/O happens.
public enum SystemFailure: Sendable, Hashable {
    case notFound, permissionDenied, isDirectory, notDirectory, noSpace, readOnly, busy, nameTooLong
    case tooManyOpenFiles, hardware
    /// Another errno value.
    case other(Int32)

    public var vi: String {
        switch self {
        case .notFound: return "không có tệp hoặc thư mục này"
        case .permissionDenied: return "không được phép truy cập"
        case .isDirectory: return "đây là một thư mục, không phải tệp"
        case .notDirectory: return "một phần của đường dẫn là tệp, không phải thư mục"
        case .noSpace: return "ổ đĩa đã hết chỗ trống"
        case .readOnly: return "ổ đĩa chỉ cho phép đọc"
        case .busy: return "tệp đang được một chương trình khác dùng"
        case .nameTooLong: return "tên hoặc đường dẫn quá dài"
        case .tooManyOpenFiles: return "máy đang mở quá nhiều tệp cùng lúc"
        case .hardware: return "lỗi đọc ghi của ổ đĩa"
        case .other(let code): return "lỗi hệ thống số \(code)"
        }
    }

    public var en: String {
        switch self {
        case .notFound: return "no such file or folder"
        case .permissionDenied: return "permission denied"
        case .isDirectory: return "this is a folder, not a file"
        case .notDirectory: return "part of the path is a file, not a folder"
        case .noSpace: return "the disk is full"
        case .readOnly: return "the disk is read-only"
        case .busy: return "the file is in use by another program"
        case .nameTooLong: return "the name or path is too long"
        case .tooManyOpenFiles: return "too many files are open at once"
        case .hardware: return "a disk input/output error"
        case .other(let code): return "system error \(code)"
        }
    }
}
