/// How a reading worker stopped on a file.
public enum ReaderStop: Sendable, Hashable, Codable {
    /// It crashed (a signal) or exited on its own.
    case crashed
    /// It read for longer than the time a file may take (seconds).
    case timedOut(seconds: Double)
    /// It could not be started.
    case unavailable
}
