/// What happened to one file of the inbox: the audit sheet's row and the JSON `files` entry.
public struct FileRecord: Sendable, Hashable {
    /// What became of the file.
    public enum Status: String, Sendable, Hashable, CaseIterable {
        /// Read, scored and used for its unit.
        case used
        /// Read, but a newer submission of the same unit is used.
        case superseded
        /// Read, but it has errors (or could not be read as a scoring sheet).
        case invalid
        /// A format thidua does not read (xls, ods, pdf, …) or an encrypted file.
        case unsupported
        /// Left out on purpose (lock file, hidden or system file).
        case skipped
    }

    /// Path relative to the inbox, as users see it.
    public var path: String
    public var size: Int64
    /// SHA-256 of the bytes (nil for skipped files).
    public var sha256: SHA256Digest?
    /// Detected format (`xlsx`, `csv`, `xls`…), nil when not read.
    public var format: String?
    /// The producing application from the file's properties, when present.
    public var producer: String?
    public var status: Status
    /// Why, when the status needs a reason.
    public var reason: Message? {
        get { storedReason?.value }
        set { storedReason = newValue.map(Indirect.init) }
    }
    /// Behind a reference: a message is 104 bytes, and most files need no reason.
    private var storedReason: Indirect<Message>?
    /// Findings about the file itself (unreadable, extension ≠ content…).
    public var findings: [Finding]

    public init(path: String, size: Int64, sha256: SHA256Digest? = nil, format: String? = nil,
                producer: String? = nil, status: Status, reason: Message? = nil,
                findings: [Finding] = []) {
        self.path = path
        self.size = size
        self.sha256 = sha256
        self.format = format
        self.producer = producer
        self.status = status
        self.storedReason = reason.map(Indirect.init)
        self.findings = findings
    }
}
