/// Where the watcher learns that something in the inbox changed.
public protocol ChangeSource: AnyObject {
    /// The inbox watched.
    var root: String { get }
    /// A descriptor that becomes readable when changes are waiting; nil for a source the
    /// loop must ask every `interval` seconds.
    var descriptor: Int32? { get }
    /// Seconds between calls to `check()` when there is no descriptor.
    var interval: Double? { get }
    /// What happened since the last call.
    func check() -> SourceReport
}

/// What a change source saw.
public enum SourceReport: Sendable, Hashable {
    /// Nothing.
    case quiet
    /// Something in the inbox changed: refresh after the debounce.
    case changed
    /// The source cannot go on; the watcher polls from now on.
    case lost(PollingReason)
}

/// Why the watcher polls the inbox instead of being told of changes by inotify.
public enum PollingReason: Error, Sendable, Hashable {
    /// Asked for (the developers' `THIDUA_WATCH_POLL`).
    case requested
    /// `inotify_init1` failed (its errno): no inotify on this system, or too many instances.
    case unavailable(Int32)
    /// The per-user limit of inotify watches is reached (`fs.inotify.max_user_watches`).
    case watchLimit
    /// The inbox is on a network file system: inotify does not see changes made by other machines.
    case networkFolder
    /// The inbox folder itself was removed or moved away.
    case inboxLost
}
