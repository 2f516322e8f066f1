import Foundation
import Scoring
import Testing
@testable import Reports

/// `REPORT_SCALE=20000 swift test --filter ReportScaleTests` writes a report of N units
/// in constant-memory mode and prints the time (a measurement, never an assertion on time).
@Test func largeReportInConstantMemory() throws {
    guard let n = ProcessInfo.processInfo.environment["REPORT_SCALE"].flatMap(Int.init) else { return }
    let base = ReportFixture.scored(ReportFixture.submission(file: "x.xlsx", name: "x", claims: ["2": 9]))
    let scored = (0..<n).map { i -> ScoredSubmission in
        var s = base
        s.submission.file = "U\(i).xlsx"
        s.unit.name = "Chi bộ số \(i)"
        s.unit.code = "U\(i)"
        s.score = 90 + Double(i % 1000) / 100
        return s
    }
    let c = Consolidator.consolidate(scored, roster: nil, rubric: ReportFixture.rubric)
    let files = scored.map { ReportFixture.record($0.submission.file, .used) }
    let input = ReportInput(consolidation: c, files: files, rosterSize: nil, rubricSHA256: "x", rubricFileName: "seed.yaml",
                            version: "t", constantMemory: true)
    let path = try scratch() + "/big.xlsx"
    var t0 = Date()
    for (name, f) in [("summary", { _ = SummarySheet.build(input) }), ("matrix", { _ = MatrixSheet.build(input) }),
                      ("proposals", { _ = ProposalsSheet.build(input) }), ("fixes", { _ = FixesSheet.build(input) }),
                      ("sources", { _ = SourcesSheet.build(input) })] as [(String, () -> Void)] {
        let t = Date(); f(); print("  \(name): \(String(format: "%.2f", Date().timeIntervalSince(t))) s")
    }
    t0 = Date()
    try ReportWriter.write(input, to: path)
    let size = (try FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
    print("report of \(n) units: \(String(format: "%.2f", Date().timeIntervalSince(t0))) s, \(size / 1024) KiB")
    #expect(try ZipDirectory.names(path).contains("xl/worksheets/sheet7.xml"))
}
