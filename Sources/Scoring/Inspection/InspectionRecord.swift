/// The inspection form read with `--inspected`, as the report's audit sheet, its
/// "Cần sửa" sheet and the JSON show it: the file, its hash, what was applied and
/// every finding about the form (the form is its own group, like an unreadable file).
public struct InspectionRecord: Sendable, Hashable {
    /// The form's file name as shown to users.
    public var path: String
    public var size: Int64
    /// SHA-256 of the form's bytes, lowercase hex.
    public var sha256: String
    /// Detected format (`xlsx`, `csv`…).
    public var format: String?
    /// The rubric id in the form's hidden sheet; nil when it has none (a CSV export).
    public var rubricID: String?
    /// Verified points applied to lines of submissions in use.
    public var applied: Int
    /// Units in use that received at least one of them.
    public var units: Int
    /// Findings about the form's cells and how it met the inbox.
    public var findings: [Finding]

    public init(path: String, size: Int64, sha256: String, format: String?, rubricID: String?,
                applied: Int = 0, units: Int = 0, findings: [Finding] = []) {
        self.path = path
        self.size = size
        self.sha256 = sha256
        self.format = format
        self.rubricID = rubricID
        self.applied = applied
        self.units = units
        self.findings = findings
    }

    /// True when some finding is an error (the command then exits 1).
    public var hasErrors: Bool { findings.contains { $0.severity == .error } }
}
