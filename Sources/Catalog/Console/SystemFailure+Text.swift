import Scoring

/// What the operating system said, in words a clerk understands.
extension SystemFailure {
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
