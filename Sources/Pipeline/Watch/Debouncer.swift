/// Waits for files to stop changing before a refresh: the refresh is due `quiet` seconds
/// after the last change, or `longest` seconds after the first one of a burst that never
/// pauses (a copy of hundreds of files still shows progress). Times are passed in.
public struct Debouncer: Sendable {
    /// Seconds without a change before a refresh.
    public let quiet: Double
    /// Seconds after the first change of a burst when a refresh is due anyway.
    public let longest: Double
    private var first: Double?
    private var last: Double?

    public init(quiet: Double, longest: Double) {
        self.quiet = quiet
        self.longest = max(quiet, longest)
    }

    /// Records a change seen at `now`.
    public mutating func note(_ now: Double) {
        if first == nil { first = now }
        last = max(last ?? now, now)
    }

    /// When the refresh is due; nil when no change is waiting.
    public var deadline: Double? {
        guard let first, let last else { return nil }
        return min(last + quiet, first + longest)
    }

    /// True when a refresh is due at `now`.
    public func isDue(_ now: Double) -> Bool {
        deadline.map { now >= $0 } ?? false
    }

    /// Starts over after a refresh.
    public mutating func clear() {
        first = nil
        last = nil
    }
}
