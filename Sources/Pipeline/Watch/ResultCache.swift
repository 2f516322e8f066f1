/// What `thidua watch` remembers of each inbox file: its signature when it was read and
/// the compact scored result (`FileOutcome`, grids already dropped), so a refresh reads
/// only the files whose content changed.
public struct ResultCache: Sendable {
    /// One file as last read.
    public struct Entry: Sendable {
        public var signature: FileSignature
        public var outcome: FileOutcome
    }

    /// What to do with one listed file.
    public enum Decision: Sendable, Hashable {
        /// Same size, time and inode: the cached result stands.
        case unchanged
        /// Same size but another time or inode (`touch`, a copy over it): compare the
        /// SHA-256 before reading and scoring again.
        case confirm
        /// New, or its size changed: read and score it.
        case read
        /// A file that vanished had this inode, size and time: the same content under a
        /// new name (moved or renamed in the inbox), so it is not read again.
        case renamed(from: String)
    }

    /// A plan for one listing: a decision per listed name, and the cached names that are
    /// gone (not listed and not renamed).
    public struct Plan: Sendable {
        public var decisions: [String: Decision]
        public var vanished: [String]
    }

    public private(set) var entries: [String: Entry] = [:]

    public init() {}

    /// Decides, for a listing of (name, signature), what each file needs; pure.
    public func plan(_ listing: [(name: String, signature: FileSignature)]) -> Plan {
        let listed = Set(listing.map(\.name))
        var gone: [FileSignature: [String]] = [:]
        for (name, entry) in entries where !listed.contains(name) {
            gone[entry.signature, default: []].append(name)
        }
        for key in gone.keys { gone[key]?.sort { $0.unicodeScalars.lexicographicallyPrecedes($1.unicodeScalars) } }
        var decisions: [String: Decision] = [:]
        var renamedFrom = Set<String>()
        for (name, signature) in listing {
            if let entry = entries[name] {
                if entry.signature == signature { decisions[name] = .unchanged }
                else if entry.signature.size == signature.size { decisions[name] = .confirm }
                else { decisions[name] = .read }
            } else if let old = gone[signature]?.first(where: {
                !renamedFrom.contains($0) && Self.sameExtension($0, name)
            }) {
                renamedFrom.insert(old)
                decisions[name] = .renamed(from: old)
            } else {
                decisions[name] = .read
            }
        }
        let vanished = entries.keys.filter { !listed.contains($0) && !renamedFrom.contains($0) }
            .sorted { $0.unicodeScalars.lexicographicallyPrecedes($1.unicodeScalars) }
        return Plan(decisions: decisions, vanished: vanished)
    }

    /// The entry for `name`.
    public subscript(name: String) -> Entry? { entries[name] }

    /// Records what reading `name` gave.
    public mutating func store(_ name: String, _ signature: FileSignature, _ outcome: FileOutcome) {
        entries[name] = Entry(signature: signature, outcome: outcome)
    }

    /// Drops a file that vanished (or was renamed away).
    public mutating func remove(_ name: String) {
        entries[name] = nil
    }

    /// The reader decides the format partly by the name's extension (and warns when it
    /// differs from the content), so a rename keeps the result only when it keeps the extension.
    static func sameExtension(_ a: String, _ b: String) -> Bool {
        func ext(_ s: String) -> Substring {
            let base = s.split(separator: "/").last ?? Substring(s)
            guard let dot = base.lastIndex(of: ".") else { return "" }
            return base[dot...]
        }
        return ext(a).lowercased() == ext(b).lowercased()
    }
}
