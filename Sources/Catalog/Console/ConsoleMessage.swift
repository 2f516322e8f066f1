import Scoring

/// What `check`, `template`, `rubric check` and the progress bar print, and the one
/// line for a failure nobody foresaw.
public enum ConsoleMessage: CatalogMessage {
    /// `check`: a file an archive holds that is not a submission (a lock file, a photo…), and why.
    case skipped(path: String, reason: Message?)
    /// `check`: the file could not be read (its findings are printed above).
    case notRead
    /// `check`: the unit a sheet is for ("DB01 - Đảng bộ Công an huyện").
    case unit(String)
    /// `check`: the points claimed (nil when the sheet has no total), the points accepted
    /// out of the rubric's, and the sheet's status.
    case score(claimed: Double?, score: Double, max: Double, status: SubmissionStatus)
    /// `template`: how many files were written, and where.
    case templatesWritten(count: Int, folder: String)
    /// `rubric check`: the file is a valid rubric.
    case rubricValid(file: String, id: String, lines: Int, total: Double, sha256: String)
    /// The progress bar's label while files are read.
    case reading
    /// A command stopped on an error it has no sentence for (the detail follows with `--verbose`).
    case unexpectedFailure

    public var vi: String {
        switch self {
        case .skipped(let path, let reason): return path + " — " + (reason?.text(.vi) ?? "")
        case .notRead: return "→ Không đọc được: hãy sửa tệp rồi gửi lại."
        case .unit(let label): return "Đơn vị: " + label
        case .score(let claimed, let score, let max, let status):
            let written = claimed.map { Wording.number($0, .vi) } ?? "—"
            return "Điểm tự chấm: \(written); điểm được tính: \(Wording.number(score, .vi))/\(Wording.number(max, .vi)) — "
                + Self.status(status, .vi)
        case .templatesWritten(let count, let folder): return "Đã tạo \(Wording.count(count, .vi)) tệp mẫu trong \(folder)"
        case .rubricValid(let file, let id, let lines, let total, let sha256):
            return "\(file): hợp lệ — \(id), \(Wording.count(lines, .vi)) dòng, \(Wording.number(total, .vi)) điểm; SHA-256 \(sha256)"
        case .reading: return "Đang đọc"
        case .unexpectedFailure:
            return "thidua gặp sự cố ngoài dự kiến và đã dừng. Chạy lại với --verbose để xem chi tiết kỹ thuật."
        }
    }

    public var en: String {
        switch self {
        case .skipped(let path, let reason): return path + " — " + (reason?.text(.en) ?? "")
        case .notRead: return "→ Not read: fix the file and send it again."
        case .unit(let label): return "Unit: " + label
        case .score(let claimed, let score, let max, let status):
            let written = claimed.map { Wording.number($0, .en) } ?? "—"
            return "Claimed: \(written); accepted score: \(Wording.number(score, .en))/\(Wording.number(max, .en)) — "
                + Self.status(status, .en)
        case .templatesWritten(let count, let folder): return "Wrote \(Wording.count(count, .en)) template file(s) in \(folder)"
        case .rubricValid(let file, let id, let lines, let total, let sha256):
            return "\(file): valid — \(id), \(Wording.count(lines, .en)) lines, \(Wording.number(total, .en)) points; SHA-256 \(sha256)"
        case .reading: return "Reading"
        case .unexpectedFailure:
            return "thidua stopped on an unexpected problem. Run again with --verbose for the technical detail."
        }
    }

    /// A sheet's status as `check` prints it after its score.
    private static func status(_ status: SubmissionStatus, _ language: Language) -> String {
        switch (status, language) {
        case (.valid, .vi): return "hợp lệ"
        case (.valid, .en): return "valid"
        case (.validWithWarnings, .vi): return "hợp lệ, có cảnh báo"
        case (.validWithWarnings, .en): return "valid, with warnings"
        case (.invalid, .vi): return "cần sửa"
        case (.invalid, .en): return "needs fixing"
        }
    }
}
