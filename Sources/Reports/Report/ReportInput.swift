import Scoring
import SheetModel

/// Everything the consolidated report shows (SPEC §7).
public struct ReportInput: Sendable {
    /// The batch's result.
    public var consolidation: Consolidation
    /// Every file seen in the inbox, skipped ones included (any order: the report sorts them).
    public var files: [FileRecord]
    /// Number of units on the roster; nil when no roster was given.
    public var rosterSize: Int?
    /// Lowercase hex SHA-256 of the rubric's source bytes.
    public var rubricSHA256: String
    /// The rubric's file name (`seed.yaml` for the embedded one).
    public var rubricFileName: String
    /// thidua's version, printed in the audit sheet.
    public var version: String
    /// Language of labels and messages (sheet names stay Vietnamese).
    public var language: Language
    /// The date printed in the title block; nil leaves "ngày … tháng … năm …" blank
    /// (never the current date: the same inputs give the same bytes).
    public var reportDate: DateTimeValue?
    /// libxlsxwriter's constant-memory mode, for huge batches (rows are written in order).
    public var constantMemory: Bool
    /// The inspection form read with `--inspected`: listed in the audit sheet with its
    /// hash, its findings a group of their own in "Cần sửa".
    public var inspection: InspectionRecord?

    /// An input with Vietnamese labels, no date and in-memory writing by default.
    public init(consolidation: Consolidation, files: [FileRecord], rosterSize: Int?,
                rubricSHA256: String, rubricFileName: String, version: String,
                language: Language = .vi, reportDate: DateTimeValue? = nil, constantMemory: Bool = false) {
        self.consolidation = consolidation
        self.files = files
        self.rosterSize = rosterSize
        self.rubricSHA256 = rubricSHA256
        self.rubricFileName = rubricFileName
        self.version = version
        self.language = language
        self.reportDate = reportDate
        self.constantMemory = constantMemory
    }

    var rubric: Rubric { consolidation.rubric }
    var text: ReportText { ReportText(language: language) }
}

/// Why the report (or a return list) could not be written.
public struct ReportError: Error, Sendable, CustomStringConvertible {
    /// Stable codes.
    public enum Code: String, Sendable {
        /// The file could not be created, written or renamed.
        case cannotWrite
    }
    public var code: Code
    /// The file concerned.
    public var path: String
    /// What the system or the library said (with sheet and cell when known): technical
    /// detail, never shown to a clerk as the reason.
    public var message: String
    /// The `errno` value when the system refused (creating, renaming), nil when the
    /// spreadsheet library failed.
    public var systemCode: Int32?

    public init(code: Code, path: String, message: String, systemCode: Int32? = nil) {
        self.code = code
        self.path = path
        self.message = message
        self.systemCode = systemCode
    }

    public var description: String { "\(code.rawValue): \(path): \(message)" }
}
