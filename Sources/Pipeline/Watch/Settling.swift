/// Decides when a new or changed file has stopped changing and may be read (SPEC §6.1),
/// so a file still being copied is never read half-written (a truncated XLSX would read
/// as a damaged file).
///
/// A file is settled when its signature (size, time, inode) has stayed the same across
/// two looks at least `settle` seconds apart, or when the kernel's own record of its last
/// write (its modification time) is that old. A settled file that some process still has
/// open for writing — a copy paused in the middle — waits for the writer to close it, but
/// no longer than `holdLimit` seconds without a change (a program may keep a finished
/// file open). Times are passed in, so the rules are tested without a clock.
public struct Settling: Sendable {
    /// Seconds a file must stay unchanged.
    public var settle: Double
    /// Seconds an unchanged file held open for writing waits before it is read anyway.
    public var holdLimit: Double

    /// What a file needs next.
    public enum Verdict: Sendable, Hashable {
        /// Read it now.
        case ready
        /// Look again later.
        case wait
    }

    private struct Look: Sendable {
        var signature: FileSignature
        /// Monotonic time of the first look that saw this signature.
        var since: Double
    }
    private var looks: [String: Look] = [:]

    public init(settle: Double, holdLimit: Double = 60) {
        self.settle = settle
        self.holdLimit = holdLimit
    }

    /// The verdict for the file `name` whose signature is `signature` now.
    /// - Parameters:
    ///   - now: monotonic seconds (the looks' clock).
    ///   - wallNow: seconds since 1970 (the modification time's clock).
    ///   - writing: asked only once the file looks settled.
    public mutating func verdict(_ name: String, _ signature: FileSignature, now: Double, wallNow: Double,
                                 writing: () -> WriteState) -> Verdict {
        var look = looks[name] ?? Look(signature: signature, since: now)
        if look.signature != signature { look = Look(signature: signature, since: now) }
        looks[name] = look
        let unchangedFor = now - look.since
        let untouchedFor = wallNow - signature.modified
        guard unchangedFor >= settle || untouchedFor >= settle else { return .wait }
        if writing() == .writing && unchangedFor < holdLimit { return .wait }
        looks[name] = nil
        return .ready
    }

    /// Forgets the looks at files that are no longer listed.
    public mutating func keep(only names: Set<String>) {
        looks = looks.filter { names.contains($0.key) }
    }

    /// Names with a look on record (files waiting to settle).
    public var waiting: Set<String> { Set(looks.keys) }
}
