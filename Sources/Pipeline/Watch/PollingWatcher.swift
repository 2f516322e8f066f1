/// The fallback where inotify cannot be used: lists the inbox every `interval` seconds and
/// reports a change when any file's name, size or time, or the skipped list, differs.
public final class PollingWatcher: ChangeSource {
    public let root: String
    private let every: Double
    private var last: Snapshot?

    private struct Snapshot: Hashable {
        var files: [String: [Double]]
        var skipped: [String]
    }

    public var descriptor: Int32? { nil }
    public var interval: Double? { every }

    /// Starts from the inbox as it is now.
    public init(root: String, interval: Double) {
        self.root = root
        self.every = interval
        last = Self.snapshot(root)
    }

    public func check() -> SourceReport {
        let now = Self.snapshot(root)
        defer { last = now }
        return now == last ? .quiet : .changed
    }

    private static func snapshot(_ root: String) -> Snapshot? {
        guard let scan = try? InboxScanner.scan(root) else { return nil }
        var files: [String: [Double]] = [:]
        for f in scan.files { files[f.name] = [Double(f.size), f.modified] }
        return Snapshot(files: files, skipped: scan.skipped.map(\.name))
    }
}
