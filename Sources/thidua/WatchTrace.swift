import Foundation

/// For developers (`THIDUA_WATCH_TRACE=1`): the CPU time (user + system, all threads, from
/// `getrusage`) of each phase of a refresh, one line on standard error per refresh that
/// consolidated — how `Benchmarks/watch.sh`'s figure splits.
struct WatchTrace {
    let enabled: Bool
    private var last: Double
    private var phases: [(String, Double)] = []

    init(enabled: Bool) {
        self.enabled = enabled
        last = enabled ? Self.cpu() : 0
    }

    /// Closes the phase `name` (the time since the previous mark).
    mutating func mark(_ name: String) {
        guard enabled else { return }
        let now = Self.cpu()
        phases.append((name, now - last))
        last = now
    }

    /// Prints the phases with what the refresh saw.
    func print(listed: Int, read: Int) {
        guard enabled else { return }
        let parts = phases.map { String(format: "%@ %.3f", $0.0, $0.1) }.joined(separator: ", ")
        let total = phases.reduce(0) { $0 + $1.1 }
        Console.err(String(format: "trace: %d files listed, %d read; CPU s: %@; total %.3f", listed, read, parts, total))
    }

    private static func cpu() -> Double { System.cpuSeconds() }
}
