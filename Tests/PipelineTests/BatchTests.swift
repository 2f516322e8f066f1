import Catalog
import Foundation
import Testing
@testable import Pipeline
import Scoring

/// The committed sample inbox (a realistic folder made by Samples/make_samples.py).
let samplesInbox = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .appendingPathComponent("../../Samples/inbox").standardizedFileURL.path

@Test func resultsDoNotDependOnThreadCountOrListingOrder() throws {
    let scan = try InboxScanner.scan(samplesInbox)
    let reader = SubmissionReader(rubric: .seed)
    let one = Batch.read(scan.files, with: InProcessReading(reader, threads: 1))
    let two = Batch.read(scan.files.reversed(), with: InProcessReading(reader, threads: 2))
    let a = Batch.consolidate(one, skipped: scan.skipped, roster: nil, rubric: .seed)
    let b = Batch.consolidate(two, skipped: scan.skipped, roster: nil, rubric: .seed)
    #expect(a.files == b.files)
    #expect(a.consolidation == b.consolidation)
}

@Test func oneBadFileNeverStopsTheBatch() throws {
    let dir = TempDir()
    dir.write("empty.xlsx", [])
    dir.write("notes.txt", Array("just some words, nothing else".utf8))
    dir.write("broken.xlsx", [0x50, 0x4B, 0x03, 0x04, 0x00, 0x01])
    let good = try Data(contentsOf: URL(fileURLWithPath: samplesInbox + "/DB01 - Đảng bộ Công an huyện.xlsx"))
    dir.write("DB01.xlsx", Array(good))
    let scan = try InboxScanner.scan(dir.path)
    let outcomes = Batch.read(scan.files, with: InProcessReading(SubmissionReader(rubric: .seed), threads: 2))
    let result = Batch.consolidate(outcomes, skipped: scan.skipped, roster: nil, rubric: .seed)
    let status = Dictionary(uniqueKeysWithValues: result.files.map { ($0.path, $0.status) })
    #expect(status["DB01.xlsx"] == .used)
    #expect(status["empty.xlsx"] == .invalid)
    #expect(status["broken.xlsx"] == .invalid)
    #expect(result.files.allSatisfy { $0.status == .used || !$0.findings.isEmpty || $0.status == .invalid })
    #expect(result.consolidation.ranked.map(\.name) == ["Đảng bộ Công an huyện"])
}

@Test func unsupportedFormatsAreNamedWithWhatToDo() throws {
    let page = "DB05 - Chi bộ Ban Quản lý dự án đầu tư xây dựng huyện.xls"
    let outcome = SubmissionReader(rubric: .seed).process(path: samplesInbox + "/" + page, name: page, size: 0, modified: nil)
    #expect(outcome.result == nil)
    #expect(outcome.record.status == .unsupported)
    #expect(outcome.record.format == "html", "a web page saved with an .xls name")
    #expect(outcome.record.sha256?.hex.count == 64)
    let message = try #require(outcome.record.findings.first?.text(.vi))
    #expect(message.contains(".xlsx"))
}

@Test func hashesMatchTheFileBytes() throws {
    let name = "DB01 - Đảng bộ Công an huyện.xlsx"
    let outcome = SubmissionReader(rubric: .seed).process(path: samplesInbox + "/" + name, name: name, size: 0, modified: nil)
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/sha256sum")
    process.arguments = [samplesInbox + "/" + name]
    let pipe = Pipe()
    process.standardOutput = pipe
    try process.run()
    process.waitUntilExit()
    let expected = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self).prefix(64)
    #expect(outcome.record.sha256?.hex == String(expected))
    #expect(outcome.result?.score == 100)
}
