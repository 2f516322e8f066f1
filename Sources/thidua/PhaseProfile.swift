import Foundation
import Pipeline

/// For developers (`THIDUA_PROFILE=1`): wall-clock and CPU seconds (user + system, all
/// threads) of each step of `consolidate`, one line on standard error at the end — the
/// per-phase profile of `Benchmarks/consolidate.sh`.
struct PhaseProfile {
    let enabled: Bool
    private var lastWall: Double, lastCPU: Double
    private var phases: [(name: String, wall: Double, cpu: Double, resident: Double)] = []

    init(environment: [String: String] = ProcessInfo.processInfo.environment) {
        enabled = environment["THIDUA_PROFILE"] == "1"
        lastWall = enabled ? Self.wall() : 0
        lastCPU = enabled ? System.cpuSeconds() : 0
    }

    /// Closes the phase `name` (the time since the previous mark).
    mutating func mark(_ name: String) {
        guard enabled else { return }
        let wall = Self.wall(), cpu = System.cpuSeconds()
        phases.append((name, wall - lastWall, cpu - lastCPU, System.residentMiB()))
        lastWall = wall
        lastCPU = cpu
    }

    /// `profile (wall/CPU s, resident MB after): scan 0.010/0.008 12, … ; peak 88 MB`.
    func print() {
        guard enabled else { return }
        let parts = phases.map { String(format: "%@ %.3f/%.3f %.0f", $0.name, $0.wall, $0.cpu, $0.resident) }.joined(separator: ", ")
        Console.err("profile (wall/CPU s, resident MB after): " + parts + String(format: "; peak %.0f MB", System.peakResidentMiB()))
    }

    private static func wall() -> Double { WatchClock.now() }
}
