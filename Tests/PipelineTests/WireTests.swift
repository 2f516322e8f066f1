import Foundation
import Testing
@testable import Pipeline
import Scoring
import SheetModel
import TestSupport

/// A reading worker sends each file's outcome as bytes: every outcome the readers give for the
/// samples and the fixtures of every format reads back equal, findings and messages included.
@Suite struct WireTests {
    static let files: [String] = {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        var out: [String] = []
        for dir in ["Samples/inbox", "Tests/Fixtures"] {
            let base = root.appendingPathComponent(dir)
            guard let walk = FileManager.default.enumerator(atPath: base.path) else { continue }
            for case let rel as String in walk where !rel.hasSuffix(".py") && !rel.hasSuffix(".txt") {
                var isDir: ObjCBool = false
                let path = base.appendingPathComponent(rel).path
                if FileManager.default.fileExists(atPath: path, isDirectory: &isDir), !isDir.boolValue { out.append(path) }
            }
        }
        return out.sorted()
    }()

    @Test func everyOutcomeOfTheSamplesAndFixturesReadsBackEqual() throws {
        #expect(Self.files.count > 100)
        let reader = SubmissionReader(rubric: .seed, keepsEvidence: true)
        let context = WireContext(rubric: .seed)
        var results = 0, findings = 0
        for path in Self.files {
            let name = (path as NSString).lastPathComponent
            let outcome = reader.process(path: path, name: name, size: 0, modified: 1_700_000_000.5)
            var w = WireWriter()
            try outcome.write(to: &w)
            var r = WireReader(w.bytes)
            let back = try r.fileOutcome(context)
            #expect(back == outcome, "\(name)")
            #expect(r.atEnd, "\(name): every byte read")
            results += outcome.result == nil ? 0 : 1
            findings += (outcome.result?.findings.count ?? 0) + outcome.record.findings.count
        }
        #expect(results > 40 && findings > 100)
    }

    @Test func cutOrDamagedBytesAreRefusedNeverTrapped() throws {
        let path = Self.files.first { $0.hasSuffix("XA04 - Xã Ia Dreng.xlsx") } ?? Self.files[0]
        let outcome = SubmissionReader(rubric: .seed).process(path: path, name: "a.xlsx", size: 0, modified: nil)
        var w = WireWriter()
        try outcome.write(to: &w)
        let bytes = w.bytes
        let context = WireContext(rubric: .seed)
        var refused = 0
        for cut in stride(from: 0, to: bytes.count, by: max(1, bytes.count / 97)) {
            var r = WireReader(Array(bytes.prefix(cut)))
            do { _ = try r.fileOutcome(context) } catch { refused += 1 }
        }
        #expect(refused == (0..<bytes.count).filter { $0 % max(1, bytes.count / 97) == 0 }.count, "every cut is refused")
        var rng = SplitMix64(seed: 25)
        for _ in 0..<300 {
            var damaged = bytes
            for _ in 0..<3 { damaged[Int.random(in: 0..<damaged.count, using: &rng)] = UInt8.random(in: 0...255, using: &rng) }
            var r = WireReader(damaged)
            _ = try? r.fileOutcome(context)   // either an outcome or an error: never a trap
        }
    }
}
