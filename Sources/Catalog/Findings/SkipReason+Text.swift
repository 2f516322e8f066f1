import Scoring

/// Why the inbox scan left a file out, in Vietnamese and English.
extension SkipReason {
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
