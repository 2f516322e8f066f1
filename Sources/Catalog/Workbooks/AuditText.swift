import Scoring

/// The words of the report's audit sheet ("Nguồn"): file statuses, the rubric's and
/// thidua's facts, and the inspection form read back.
public enum AuditText: CatalogMessage {
    case title, noFiles
    case status(FileRecord.Status)
    case rubricID, rubricFile, rubricSHA256, thiduaVersion
    /// The rubric's id and version.
    case rubric(id: String, version: String)
    case inspectionForm, inspectionSHA256, verifiedApplied
    /// How many verified points the form gave, to how many units.
    case applied(lines: Int, units: Int)

    public var vi: String {
        switch self {
        case .title: "Nguồn dữ liệu và kiểm tra"
        case .noFiles: "Không có tệp nào."
        case .status(let s):
            switch s {
            case .used: "Đã dùng"
            case .superseded: "Bị thay thế"
            case .invalid: "Không hợp lệ"
            case .unsupported: "Không hỗ trợ"
            case .skipped: "Bỏ qua"
            }
        case .rubricID: "Kế hoạch (mã quy tắc chấm)"
        case .rubricFile: "Tệp quy tắc chấm"
        case .rubricSHA256: "SHA-256 của tệp quy tắc chấm"
        case .thiduaVersion: "Phiên bản thidua"
        case .rubric(let id, let version): "\(id) — phiên bản \(version)"
        case .inspectionForm: "Phiếu kiểm tra (điểm kiểm tra)"
        case .inspectionSHA256: "SHA-256 của phiếu kiểm tra"
        case .verifiedApplied: "Điểm kiểm tra đã áp dụng"
        case .applied(let lines, let units): "\(Wording.count(lines, .vi)) dòng của \(Wording.count(units, .vi)) đơn vị"
        }
    }

    public var en: String {
        switch self {
        case .title: "Sources and audit"
        case .noFiles: "No files."
        case .status(let s):
            switch s {
            case .used: "Used"
            case .superseded: "Superseded"
            case .invalid: "Invalid"
            case .unsupported: "Unsupported"
            case .skipped: "Skipped"
            }
        case .rubricID: "Plan (rubric id)"
        case .rubricFile: "Rubric file"
        case .rubricSHA256: "Rubric file SHA-256"
        case .thiduaVersion: "thidua version"
        case .rubric(let id, let version): "\(id) — version \(version)"
        case .inspectionForm: "Inspection form (verified points)"
        case .inspectionSHA256: "Inspection form SHA-256"
        case .verifiedApplied: "Verified points applied"
        case .applied(let lines, let units): "\(Wording.count(lines, .en)) line(s) of \(Wording.count(units, .en)) unit(s)"
        }
    }
}
