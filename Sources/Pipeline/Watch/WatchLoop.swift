import Foundation

/// The watcher's event loop: waits on the change source and the stop signal, debounces
/// changes, and calls the refresh when files have stopped changing, when files still
/// being copied are due for another look, or when a failed write is due for a retry.
public final class WatchLoop {
    /// The loop's times, in seconds.
    public struct Timing: Sendable {
        /// Quiet time after the last change before a refresh (also how long a file must settle).
        public var debounce: Double
        /// Longest wait after the first change of a burst that never pauses.
        public var longest: Double
        /// Time between retries of a write that failed, while nothing changes.
        public var retry: Double
        /// Polling interval when inotify is lost while watching.
        public var pollInterval: Double

        public init(debounce: Double, longest: Double, retry: Double, pollInterval: Double) {
            self.debounce = debounce
            self.longest = longest
            self.retry = retry
            self.pollInterval = pollInterval
        }
    }

    /// What a refresh leaves to do.
    public struct Next: Sendable {
        /// Some files are still being copied: look again after the debounce.
        public var recheck: Bool
        /// Some output could not be written: try again after `retry`.
        public var retry: Bool

        public init(recheck: Bool, retry: Bool) {
            self.recheck = recheck
            self.retry = retry
        }
    }

    public private(set) var source: ChangeSource
    private let stop: StopSignal
    private let timing: Timing
    private let clock: () -> Double

    /// `clock` gives monotonic seconds.
    public init(source: ChangeSource, stop: StopSignal, timing: Timing, clock: @escaping () -> Double = WatchClock.now) {
        self.source = source
        self.stop = stop
        self.timing = timing
        self.clock = clock
    }

    /// Runs until a stop is requested. `fallback` is told when the source is lost and the
    /// loop polls from then on.
    public func run(next first: Next, fallback: (PollingReason) -> Void, refresh: () -> Next) {
        var debouncer = Debouncer(quiet: timing.debounce, longest: timing.longest)
        var recheckAt = first.recheck ? clock() + timing.debounce : nil
        var retryAt = first.retry ? clock() + timing.retry : nil
        var pollAt = source.interval.map { clock() + $0 }
        while !stop.requested {
            let due = [debouncer.deadline, recheckAt, retryAt, pollAt].compactMap { $0 }.min()
            let timeout = due.map { Int32(min(max(0, ($0 - clock()) * 1000), 3_600_000).rounded(.up)) } ?? -1
            var fds = [pollfd(fd: stop.descriptor, events: Int16(POLLIN), revents: 0)]
            if let fd = source.descriptor { fds.append(pollfd(fd: fd, events: Int16(POLLIN), revents: 0)) }
            _ = poll(&fds, nfds_t(fds.count), timeout)
            if stop.requested { break }
            var now = clock()
            let eventsWaiting = fds.count > 1 && fds[1].revents != 0
            if eventsWaiting || pollAt.map({ now >= $0 }) == true {
                switch source.check() {
                case .quiet: break
                case .changed: debouncer.note(now)
                case .lost(let reason):
                    source = PollingWatcher(root: source.root, interval: timing.pollInterval)
                    fallback(reason)
                    debouncer.note(now)
                }
                pollAt = source.interval.map { now + $0 }
            }
            now = clock()
            let refreshDue = debouncer.isDue(now) || recheckAt.map { now >= $0 } == true
                || retryAt.map { now >= $0 } == true
            guard refreshDue else { continue }
            debouncer.clear()
            let next = refresh()
            let after = clock()
            recheckAt = next.recheck ? after + timing.debounce : nil
            retryAt = next.retry ? after + timing.retry : nil
        }
    }
}

/// Monotonic seconds, for the loop's timers.
public enum WatchClock {
    public static func now() -> Double {
        var t = timespec()
        clock_gettime(CLOCK_MONOTONIC, &t)
        return Double(t.tv_sec) + Double(t.tv_nsec) / 1_000_000_000
    }

    /// Seconds since 1970, the clock of files' modification times.
    public static func wallNow() -> Double {
        var t = timespec()
        clock_gettime(CLOCK_REALTIME, &t)
        return Double(t.tv_sec) + Double(t.tv_nsec) / 1_000_000_000
    }
}
