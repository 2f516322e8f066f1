/// Finding a submission's unit on the roster (SPEC §3.2): by code, then by the
/// name's matching key; near misses get a "did you mean".
public struct RosterMatcher: Sendable {
    public let roster: [RosterEntry]
    private let byCode: [String: Int]
    private let byName: [String: Int]

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
        let key = NameKey.folded(name)
        guard !key.isEmpty else { return nil }
        var best: (distance: Int, index: Int)?
        for (i, entry) in roster.enumerated() {
            let other = NameKey.folded(entry.name)
            var d = EditDistance.between(key, other)
            // "Ia Phang" for "Xã Ia Phang": one name inside the other is a near miss.
            if d > 0, other.count >= 4, key.count >= 4, other.contains(key) || key.contains(other) {
                d = Swift.min(d, 1)
            }
            if best == nil || d < best!.distance { best = (d, i) }
        }
        guard let best, best.distance <= Swift.max(2, key.count / 5) else { return nil }
        return roster[best.index]
    }
}
