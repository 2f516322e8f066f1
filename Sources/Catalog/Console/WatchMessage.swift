import Scoring

/// What `thidua watch` says on the console, as typed arguments. The time of day before
/// each line and the unit's label ("XA03 - Xã Ia Rong") are put in by the command.
public enum WatchMessage: CatalogMessage {
    /// Why the inbox is listed again and again instead of watched with inotify.
    public enum PollingCause: Sendable, Hashable {
        /// Asked for (the developers' `THIDUA_WATCH_POLL`).
        case requested
        /// inotify could not start: what the system said.
        case unavailable(SystemFailure)
        /// The per-user limit of inotify watches is reached.
        case watchLimit
        /// The inbox is on a network drive, whose remote changes inotify does not see.
        case networkFolder
        /// The inbox folder itself was removed or moved away.
        case inboxLost
    }

    /// Watching with inotify.
    case watching(inbox: String)
    /// Watching by listing the inbox every few seconds, and why.
    case polling(inbox: String, every: Double, reason: PollingCause)
    /// inotify was lost while watching.
    case nowPolling(every: Double, reason: PollingCause)
    /// A unit's file is valid: its score.
    case valid(unit: String, score: Double)
    /// A unit's file is valid with warnings; `list` is its return list, if written.
    case warned(unit: String, score: Double, warnings: Int, list: String?)
    /// A unit's file needs fixing; `list` is its return list, if written.
    case invalid(unit: String, errors: Int, list: String?)
    /// A file renamed in the inbox, and what it now gives.
    indirect case renamed(state: WatchMessage, to: String)
    /// A file of a unit that sent a newer one.
    case superseded(unit: String, file: String, by: String)
    /// A file that could not be read as a scoring sheet, and why.
    case unreadable(file: String, reason: Message?)
    /// The unit's file was removed: it is on the roster's missing list again.
    case removedNowMissing(unit: String)
    /// The unit's file was removed; another file of the unit is used now.
    case removedReplaced(unit: String, file: String, now: String)
    /// The unit's file was removed (no roster): the unit leaves the report.
    case removedGone(unit: String)
    /// A file that held no unit was removed.
    case removedFile(file: String)
    /// A file still being copied in.
    case copying(file: String)
    /// The one-line status after a refresh.
    case status(submitted: Int, roster: Int?, valid: Int, fixing: Int, missing: Int?, unreadable: Int)
    /// An output (or the inbox) failed; it is tried again.
    case willRetry(problem: String, every: Double)
    /// Every output written again after a failure.
    case recovered(report: String)
    /// Ctrl-C: the watch ends.
    case stopped(report: String)
}
