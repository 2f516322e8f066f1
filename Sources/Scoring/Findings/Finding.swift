import SheetModel

/// How serious a finding is.
public enum Severity: String, Sendable, Hashable, Codable, Comparable, CaseIterable {
    /// The submission cannot be ranked until fixed.
    case error
    /// Ranked, flagged.
    case warning
    /// Noted.
    case info

    private var rank: Int { self == .error ? 0 : self == .warning ? 1 : 2 }
    public static func < (a: Self, b: Self) -> Bool { a.rank < b.rank }
}

/// A stable finding code: the API that tests and integrations rely on.
///
/// Codes are declared as static constants in extensions next to the checks that
/// raise them; the wording of messages may change, codes do not.
public struct FindingCode: RawRepresentable, Sendable, Hashable, Codable, CustomStringConvertible {
    public var rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }
    public init(_ raw: String) { self.rawValue = raw }
    public var description: String { rawValue }
}

/// Languages users can read messages in.
public enum Language: String, Sendable, Hashable, Codable, CaseIterable {
    case vi, en
}

/// A problem or note about a submission: never an exception.
///
/// A finding stores its code and a `Message` of typed arguments; the sentence a
/// person reads is rendered by the `Catalog` module only where it is shown or written.
public struct Finding: Sendable, Hashable, Codable {
    public var severity: Severity
    public var code: FindingCode
    /// File, sheet and cell (or line); nil for findings about the whole batch.
    public var location: SourceLocation?
    /// The value found, as text, when one applies.
    public var value: String?
    /// What is wrong and what to do, as typed arguments.
    public var message: Message {
        get { storedMessage.value }
        set { storedMessage = Indirect(newValue) }
    }
    /// Raw technical detail (a library's or the system's error text), for `--verbose`
    /// and JSON's `detail` only; never part of the sentence a clerk reads.
    public var detail: String?
    /// True when `value` is a number written the machine way (`7.5`), to be shown the
    /// reader's way (`7,5` in Vietnamese) by the catalog's `shownValue`.
    public var valueIsNumber: Bool

    /// Behind a reference: most findings of a batch say one of a few hundred messages, which
    /// the results read back from the workers then share.
    private var storedMessage: Indirect<Message>

    enum CodingKeys: String, CodingKey {
        case severity, code, location, value, storedMessage = "message", detail, valueIsNumber
    }

    /// Creates a finding with a catalog message.
    public init(_ severity: Severity, _ code: FindingCode, at location: SourceLocation?,
                value: String? = nil, _ message: Message, detail: String? = nil, valueIsNumber: Bool = false) {
        self.severity = severity
        self.code = code
        self.location = location
        self.value = value
        self.storedMessage = Indirect(message)
        self.detail = detail
        self.valueIsNumber = valueIsNumber
    }

    /// A finding whose message is already behind a reference (shared with other findings).
    init(_ severity: Severity, _ code: FindingCode, at location: SourceLocation?, value: String?,
         shared message: Indirect<Message>, detail: String?, valueIsNumber: Bool) {
        self.severity = severity
        self.code = code
        self.location = location
        self.value = value
        self.storedMessage = message
        self.detail = detail
        self.valueIsNumber = valueIsNumber
    }
}
