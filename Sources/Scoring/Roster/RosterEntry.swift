import SheetModel

/// One unit on the roster: the units expected to submit.
public struct RosterEntry: Sendable, Hashable {
    /// The unit's code (`CB01`), as written.
    public var code: String
    /// The unit's name, in its own spelling.
    public var name: String
    /// Unit type code (`party`, `agency`, `locality`), or nil when unknown.
    public var type: String?
    /// Where the roster row was read.
    public var location: SourceLocation?

    public init(code: String, name: String, type: String?, location: SourceLocation? = nil) {
        self.code = code
        self.name = name
        self.type = type
        self.location = location
    }
}
