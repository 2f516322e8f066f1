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
        lastCPU = enabled ? Self.cpu() : 0
    }

    /// Closes the phase `name` (the time since the previous mark).
    mutating func mark(_ name: String) {
        guard enabled else { return }
        let wall = Self.wall(), cpu = Self.cpu()
        phases.append((name, wall - lastWall, cpu - lastCPU, Self.residentMB()))
        lastWall = wall
        lastCPU = cpu
    }

    /// `profile (wall/CPU s, resident MB after): scan 0.010/0.008 12, … ; peak 88 MB`.
    func print() {
        guard enabled else { return }
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        let parts = phases.map { String(format: "%@ %.3f/%.3f %.0f", $0.name, $0.wall, $0.cpu, $0.resident) }.joined(separator: ", ")
        Console.err("profile (wall/CPU s, resident MB after): " + parts + String(format: "; peak %.0f MB", Double(usage.ru_maxrss) / 1024))
    }

    /// Resident memory now, from /proc/self/statm (0 where there is none).
    private static func residentMB() -> Double {
        guard let text = try? String(contentsOfFile: "/proc/self/statm", encoding: .utf8),
              let pages = text.split(separator: " ").dropFirst().first.flatMap({ Double($0) }) else { return 0 }
        return pages * Double(sysconf(Int32(_SC_PAGESIZE))) / 1_048_576
    }

    private static func wall() -> Double { WatchClock.now() }

    /// CPU seconds of the process so far (user + system, all threads).
    static func cpu() -> Double {
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        func seconds(_ t: timeval) -> Double { Double(t.tv_sec) + Double(t.tv_usec) / 1_000_000 }
        return seconds(usage.ru_utime) + seconds(usage.ru_stime)
    }
}
