/// Finding a submission's unit on the roster (SPEC §3.2): by code, then by the
/// name's matching key; near misses get a "did you mean".
public struct RosterMatcher: Sendable {
    public let roster: [RosterEntry]
    private let byCode: [String: Int]
    private let byName: [String: Int]
    /// Every roster name folded once, indexed for "did you mean".
    private let suggestions: RosterSuggestions

    public init(roster: [RosterEntry]) {
        self.roster = roster
        var byCode: [String: Int] = [:], byName: [String: Int] = [:]
        for (i, entry) in roster.enumerated() {
            let c = Self.codeKey(entry.code)
            if !c.isEmpty, byCode[c] == nil { byCode[c] = i }
            let n = NameKey.matching(entry.name)
            if !n.isEmpty, byName[n] == nil { byName[n] = i }
        }
        self.byCode = byCode
        self.byName = byName
        self.suggestions = RosterSuggestions(names: roster.map(\.name))
    }

    /// Unit codes compare without case or spaces.
    public static func codeKey(_ code: String) -> String {
        String(code.uppercased().filter { !$0.isWhitespace })
    }

    /// The roster index of a unit, by code first, then by name key.
    public func match(code: String?, name: String?) -> Int? {
        if let code, let i = byCode[Self.codeKey(code)] { return i }
        if let name, let i = byName[NameKey.matching(name)] { return i }
        return nil
    }

    /// The closest roster entry to a name by folded edit distance, when close
    /// enough to suggest (at most a fifth of the name's length, at least 2 edits).
    public func suggestion(for name: String) -> RosterEntry? {
        suggestions.closest(to: name).map { roster[$0] }
    }
}
