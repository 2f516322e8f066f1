import Foundation
import Testing

/// A `thidua watch` process running in the background on a temporary inbox, for the
/// end-to-end tests of SPEC §6.1. Its output goes to files, read while it runs.
final class WatchProcess {
    let process = Process()
    private let scratch: TempDir
    private let outURL: URL
    private let errURL: URL

    /// Starts `thidua watch arguments…` with a short debounce (and any other variables).
    init(_ arguments: [String], environment extra: [String: String] = [:]) throws {
        scratch = try TempDir()
        outURL = scratch.url.appendingPathComponent("stdout")
        errURL = scratch.url.appendingPathComponent("stderr")
        _ = FileManager.default.createFile(atPath: outURL.path, contents: nil)
        _ = FileManager.default.createFile(atPath: errURL.path, contents: nil)
        process.executableURL = CLI.binary
        process.arguments = ["watch"] + arguments
        var environment = ProcessInfo.processInfo.environment
        environment["THIDUA_WATCH_DEBOUNCE"] = "0.2"
        environment.merge(extra) { _, new in new }
        process.environment = environment
        process.standardOutput = try FileHandle(forWritingTo: outURL)
        process.standardError = try FileHandle(forWritingTo: errURL)
        process.standardInput = FileHandle.nullDevice
        try process.run()
    }

    deinit {
        if process.isRunning { process.terminate(); process.waitUntilExit() }
        scratch.remove()
    }

    var stdout: String { (try? String(contentsOf: outURL, encoding: .utf8)) ?? "" }
    var stderr: String { (try? String(contentsOf: errURL, encoding: .utf8)) ?? "" }

    /// Lines of standard output without their "10:42 " time of day.
    var lines: [String] {
        stdout.split(separator: "\n").map { line in
            line.count > 6 && line.dropFirst(2).first == ":" ? String(line.dropFirst(6)) : String(line)
        }
    }

    /// Sends SIGINT (or another signal) and returns the exit status; nil when it does not
    /// end within the deadline.
    func stop(_ signal: Int32 = SIGINT, times: Int = 1) -> Int32? {
        for _ in 0..<times { kill(process.processIdentifier, signal) }
        guard eventually(30, { !self.process.isRunning }) else { return nil }
        process.waitUntilExit()
        return process.terminationStatus
    }
}

/// Waits up to `seconds` for `condition`, looking every 50 ms; true once it holds.
/// (A deadline for slow machines, never a measure of speed.)
@discardableResult
func eventually(_ seconds: Double = 30, _ condition: () throws -> Bool) rethrows -> Bool {
    let deadline = Date().addingTimeInterval(seconds)
    while Date() < deadline {
        if try condition() { return true }
        usleep(50_000)
    }
    return try condition()
}

/// The JSON summary of a run, when written.
func jsonSummary(_ url: URL) -> [String: Any]? {
    guard let data = try? Data(contentsOf: url) else { return nil }
    return (try? JSONSerialization.jsonObject(with: data)) as? [String: Any]
}

/// Codes of the JSON's missing units.
func missingCodes(_ json: [String: Any]?) -> [String] {
    (json?["missing"] as? [[String: Any]] ?? []).compactMap { $0["code"] as? String }
}

/// The JSON's submission whose file starts with `prefix`.
func submission(_ json: [String: Any]?, _ prefix: String) -> [String: Any]? {
    (json?["submissions"] as? [[String: Any]] ?? []).first { ($0["file"] as? String)?.hasPrefix(prefix) == true }
}

/// The JSON's status of the file at `path` (relative to the inbox), nil when not listed.
func fileStatus(_ json: [String: Any]?, _ path: String) -> String? {
    (json?["files"] as? [[String: Any]] ?? []).first { $0["path"] as? String == path }?["status"] as? String
}

/// Temporary files a writer may leave (`AtomicWrite`'s and the return lists').
func temporaryFiles(in dir: URL) -> [String] {
    let names = (FileManager.default.enumerator(atPath: dir.path)?.allObjects as? [String]) ?? []
    return names.filter { name in
        let base = (name as NSString).lastPathComponent
        return base.hasPrefix(".~thidua-") || (base.hasPrefix(".") && base.hasSuffix(".tmp"))
    }
}
