import Foundation

/// A one-line progress bar on standard error, shown only when standard error is
/// a terminal and the batch is long enough to need one.
final class ProgressBar: @unchecked Sendable {
    private let total: Int
    private let label: String
    private let enabled: Bool
    private let lock = NSLock()
    private var done = 0
    private var lastDrawn = -1

    /// Batches smaller than this finish before a bar would help.
    static let minimumItems = 200

    init(total: Int, label: String, quiet: Bool) {
        self.total = total
        self.label = label
        self.enabled = !quiet && total >= Self.minimumItems && System.isTerminal(.error)
    }

    /// Counts one finished item; redraws at most once per percent.
    func advance() {
        guard enabled else { return }
        lock.lock()
        done += 1
        let percent = done * 100 / max(total, 1)
        let draw = percent != lastDrawn
        if draw { lastDrawn = percent }
        let current = done
        lock.unlock()
        if draw { render(current, percent) }
    }

    /// Clears the bar's line.
    func finish() {
        guard enabled else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
    }

    private func render(_ current: Int, _ percent: Int) {
        let width = 30
        let filled = percent * width / 100
        let bar = String(repeating: "█", count: filled) + String(repeating: "░", count: width - filled)
        FileHandle.standardError.write(Data("\r\(label) \(bar) \(percent)% (\(current)/\(total))".utf8))
    }
}
