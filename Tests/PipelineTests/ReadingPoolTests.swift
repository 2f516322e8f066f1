import Foundation
import Testing
@testable import Pipeline
import Scoring
import SheetModel

/// The reading workers: the same outcomes as reading in the process, and a worker that
/// crashes, hangs or runs out of memory on a file costs only that file.
@Suite(.serialized) struct ReadingPoolTests {
    /// The built `thidua` next to the test bundle: the workers' executable.
    static let executable = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        .appendingPathComponent("thidua").path

    static func inbox() throws -> [InboxFile] { try InboxScanner.scan(samplesInbox).files }

    static func pool(_ environment: [String: String] = [:], workers: Int = 2,
                     limits: ReadingPool.Limits = .init()) throws -> ReadingPool {
        try ReadingPool(setup: WorkerSetup(rubric: .seed, keepsEvidence: false, memoryLimit: 0), workers: workers,
                        limits: limits, executable: executable, environment: environment)
    }

    static func inProcess(_ files: [InboxFile]) -> [FileOutcome] {
        let reader = SubmissionReader(rubric: .seed, keepsEvidence: false)
        return files.map { reader.process(path: $0.path, name: $0.name, size: $0.size, modified: $0.modified) }
    }

    @Test func workersGiveWhatReadingInTheProcessGives() throws {
        let files = try Self.inbox()
        #expect(files.count > 15)
        let pool = try Self.pool()
        let seen = Counter()
        let outcomes = pool.read(files, progress: { seen.add() })
        #expect(seen.value == files.count)
        #expect(outcomes == Self.inProcess(files))
        #expect(pool.read(files.reversed()) == Self.inProcess(files.reversed()), "a second batch on the same workers")
    }

    @Test(arguments: [("crash", "reader stopped by SIGSEGV"), ("alloc", "reader stopped by"), ("hang", "killed after 2.0 s")])
    func aFaultOnOneFileCostsOnlyThatFile(_ fault: String, _ detail: String) throws {
        let files = try Self.inbox()
        let victim = try #require(files.first { $0.name.hasPrefix("DB03") }).name
        let pool = try Self.pool(["THIDUA_TEST_FAULT": "\(fault)=\(victim)"],
                                 limits: .init(memoryBytes: 1 << 30, secondsPerFile: fault == "hang" ? 2 : 60))
        let outcomes = pool.read(files)
        let expected = Self.inProcess(files)
        for (k, f) in files.enumerated() where f.name != victim {
            #expect(outcomes[k] == expected[k], "\(f.name) unchanged")
        }
        let lost = try #require(outcomes.first { $0.record.path == victim })
        #expect(lost.result == nil && lost.record.status == .invalid)
        let finding = try #require(lost.record.findings.first)
        #expect(finding.code == .readerStopped && finding.severity == .error)
        #expect(finding.detail?.contains(detail) == true, "\(fault): \(finding.detail ?? "")")
        #expect(finding.location?.file == victim)
    }

    @Test func aWorkerThatCannotStartLeavesEveryFileWithAFinding() throws {
        let pool = try ReadingPool(setup: WorkerSetup(rubric: .seed, keepsEvidence: false, memoryLimit: 0),
                                   workers: 2, executable: "/nonexistent/thidua")
        let files = Array(try Self.inbox().prefix(3))
        let outcomes = pool.read(files)
        #expect(outcomes.count == 3)
        #expect(outcomes.allSatisfy { $0.record.findings.first?.code == .readerStopped })
        #expect(outcomes.map(\.record.path) == files.map(\.name))
    }
}

/// A count that progress callbacks add to from any thread.
final class Counter: @unchecked Sendable {
    private let lock = NSLock()
    private var n = 0
    func add() { lock.withLock { n += 1 } }
    var value: Int { lock.withLock { n } }
}
