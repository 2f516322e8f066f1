import Scoring
import SheetModel

/// Everything the consolidated report shows (SPEC §7): the batch's `WorkbookSource`
/// (its fields read as the input's own: `input.consolidation`), the roster's size, the
/// rubric's file name and the inspection form read back.
@dynamicMemberLookup
public struct ReportInput: Sendable {
    /// The batch, the rubric's hash, the version, language, date and buffering.
    public var source: WorkbookSource
    /// Number of units on the roster; nil when no roster was given.
    public var rosterSize: Int?
    /// The rubric's file name (`seed.yaml` for the embedded one).
    public var rubricFileName: String
    /// The inspection form read with `--inspected`: listed in the audit sheet with its
    /// hash, its findings a group of their own in "Cần sửa".
    public var inspection: InspectionRecord?

    /// An input with Vietnamese labels, no date and in-memory writing by default.
    public init(consolidation: Consolidation, files: [FileRecord], rosterSize: Int?,
                rubricSHA256: String, rubricFileName: String, version: String,
                language: Language = .vi, reportDate: DateTimeValue? = nil, constantMemory: Bool = false) {
        source = WorkbookSource(consolidation: consolidation, files: files, rubricSHA256: rubricSHA256,
                                version: version, language: language, reportDate: reportDate,
                                constantMemory: constantMemory)
        self.rosterSize = rosterSize
        self.rubricFileName = rubricFileName
    }

    /// A field of the batch's source, as the input's own.
    public subscript<T>(dynamicMember field: WritableKeyPath<WorkbookSource, T>) -> T {
        get { source[keyPath: field] }
        set { source[keyPath: field] = newValue }
    }

    var rubric: Rubric { source.rubric }
    var text: Words { source.text }
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
