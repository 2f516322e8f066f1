import Foundation
import Testing

/// A reading worker that crashes, hangs or runs out of memory on one unit's file costs that
/// file only: the batch finishes, the report is written, the file is named with the
/// `readerStopped` finding, and every other file's result is what it is without the fault.
@Suite(.serialized) struct WorkerFaultTests {
    static let victim = "DB03 - Chi bộ Văn phòng Huyện ủy.xlsx"

    /// `consolidate --json` of the samples (with the roster) under `environment`: the JSON.
    static func consolidate(_ environment: [String: String], extra: [String] = []) throws -> (Int32, [String: Any], Bool) {
        let dir = try TempDir()
        defer { dir.remove() }
        let report = dir.url.appendingPathComponent("r.xlsx"), json = dir.url.appendingPathComponent("k.json")
        let out = try CLI.run(["consolidate", CLI.inbox.path, "--roster", CLI.roster.path, "-o", report.path,
                               "--json", json.path, "--date", "2024-06-25", "--quiet"] + extra, environment: environment)
        let written = FileManager.default.fileExists(atPath: report.path)
        return (out.status, try CLI.jsonObject(try Data(contentsOf: json)), written)
    }

    /// A JSON object's bytes with sorted keys, for comparing two.
    static func bytes(_ object: [String: Any]) throws -> Data {
        try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])
    }

    static func submissions(_ doc: [String: Any]) -> [String: [String: Any]] {
        let subs = doc["submissions"] as? [[String: Any]] ?? []
        return Dictionary(subs.map { ($0["file"] as? String ?? "", $0) }, uniquingKeysWith: { a, _ in a })
    }

    @Test(arguments: [("crash", [String]()), ("alloc", ["--worker-memory", "512"]), ("hang", ["--worker-time", "2"])])
    func aFaultOnOneFileCostsOnlyThatFile(_ fault: String, _ extra: [String]) throws {
        let (cleanStatus, clean, _) = try Self.consolidate([:])
        let (status, faulty, written) = try Self.consolidate(["THIDUA_TEST_FAULT": "\(fault)=\(Self.victim)"], extra: extra)
        #expect(cleanStatus == 1 && status == 1, "a file with errors is exit 1, never a signal")
        #expect(written, "the report is written")
        let before = Self.submissions(clean), after = Self.submissions(faulty)
        let lost = try #require(after[Self.victim])
        #expect(lost["status"] as? String == "invalid")
        let issues = lost["issues"] as? [[String: Any]] ?? []
        #expect(issues.contains { $0["code"] as? String == "readerStopped" && $0["severity"] as? String == "error" })
        // What each file read as is unchanged; ranks and awards may move with one unit fewer.
        let ranking: Set<String> = ["rank", "award", "tie", "contends"]
        for (file, sub) in before where file != Self.victim {
            let read = sub.filter { !ranking.contains($0.key) }, now = (after[file] ?? [:]).filter { !ranking.contains($0.key) }
            #expect(try Self.bytes(read) == Self.bytes(now), "\(file) unchanged")
        }
        let files = faulty["files"] as? [[String: Any]] ?? []
        #expect(files.contains { $0["path"] as? String == Self.victim && $0["status"] as? String == "invalid" })
    }

    @Test func checkOnAFileThatCrashesItsReaderSaysSoAndExitsOne() throws {
        let out = try CLI.run(["check", CLI.inbox.appendingPathComponent(Self.victim).path, "--json"],
                              environment: ["THIDUA_TEST_FAULT": "crash=" + CLI.inbox.appendingPathComponent(Self.victim).path])
        #expect(out.status == 1)
        let doc = try CLI.jsonObject(out.stdoutData)
        let sub = try #require((doc["files"] as? [[String: Any]])?.first)
        #expect((sub["issues"] as? [[String: Any]])?.first?["code"] as? String == "readerStopped")
    }
}
