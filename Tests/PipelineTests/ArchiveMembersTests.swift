import Catalog
import Foundation
import Testing
@testable import Pipeline
import Scoring

/// Archives in the inbox (SPEC §3.1): each spreadsheet inside is a submission named
/// `archive › entry`; one level of nesting; junk skipped as in the inbox; an archive
/// without a spreadsheet is an error naming what it held.
@Suite struct ArchiveMembersTests {
    static let archives = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("../Fixtures/formats/archives").standardizedFileURL.path

    private func outcomes(_ name: String) -> [FileOutcome] {
        SubmissionReader(rubric: .seed).process(path: Self.archives + "/" + name, name: name, size: 0, modified: 1_718_000_000)
            .flattened
    }

    private func byPath(_ name: String) -> [String: FileOutcome] {
        Dictionary(uniqueKeysWithValues: outcomes(name).map { ($0.record.path, $0) })
    }

    @Test(arguments: ["two-submissions.zip", "two-submissions.rar", "two-submissions.7z"])
    func twoSubmissionsGiveTwoScoredUnits(_ name: String) throws {
        let scored = outcomes(name).compactMap(\.result)
        #expect(scored.map { $0.unit.code } == ["DB01", "XA01"])
        #expect(scored.map(\.score) == [100, 99.78])
        #expect(scored.allSatisfy { $0.file.hasPrefix(name + " › ") }, "named archive › entry")
        #expect(scored.allSatisfy { $0.fileModified == 1_718_000_000 }, "the archive's time")
        let consolidation = Consolidator.consolidate(scored, roster: nil, rubric: .seed)
        #expect(consolidation.ranked.count == 2)
    }

    @Test func entriesAreNamedAndJunkIsListed() throws {
        let outcomes = byPath("two-submissions.zip")
        let db01 = try #require(outcomes["two-submissions.zip › Bài nộp/DB01 - Đảng bộ Công an huyện.xlsx"])
        #expect(db01.record.status != .skipped && db01.record.format == "xlsx")
        #expect(db01.record.sha256?.hex.count == 64, "the entry's own hash")
        let pdf = try #require(outcomes["two-submissions.zip › Minh chứng/Kế hoạch.pdf"])
        #expect(pdf.record.status == .skipped)
        #expect(pdf.record.reason == .input(.archiveEntryNotSpreadsheet))
        #expect(pdf.record.size == 15, "its declared size, listed without inflating it")
        #expect(outcomes["two-submissions.zip"] == nil, "the archive itself is listed by its entries")

        let junk = byPath("junk-entries.zip")
        #expect(Set(junk.keys) == ["junk-entries.zip › DB01.xlsx", "junk-entries.zip › __MACOSX/",
                                   "junk-entries.zip › .DS_Store", "junk-entries.zip › ~$DB01.xlsx",
                                   "junk-entries.zip › Thumbs.db"])
        #expect(junk.values.filter { $0.record.status == .skipped }.count == 4)
        #expect(junk["junk-entries.zip › DB01.xlsx"]?.result?.score == 100)
    }

    @Test func oneLevelOfNesting() throws {
        let nested = byPath("nested.zip")
        #expect(nested["nested.zip › gửi lại.zip › XA01.xlsx"]?.result?.score == 99.78)
        #expect(nested["nested.zip › gửi lại.zip › CQ05.csv"]?.result?.unit.code == "CQ05")
        #expect(nested["nested.zip › DB01.xlsx"]?.result != nil)

        let deep = outcomes("too-deep.zip")
        #expect(deep.count == 1)
        let record = try #require(deep.first?.record)
        #expect(record.path == "too-deep.zip › a.zip › b.zip")
        #expect(record.status == .unsupported)
        #expect(record.findings.map(\.code.rawValue) == ["archiveTooDeep"])
        #expect(record.findings.first?.text(.vi).contains("giải nén") == true)
    }

    @Test func archiveWithoutSpreadsheetNamesWhatItHeld() throws {
        let outcomes = outcomes("no-spreadsheet.zip")
        #expect(outcomes.count == 1)
        let record = try #require(outcomes.first?.record)
        #expect(record.path == "no-spreadsheet.zip")
        #expect(record.format == "zip")
        #expect(record.status == .unsupported)
        let finding = try #require(record.findings.first)
        #expect(finding.code.rawValue == "archiveWithoutSpreadsheet" && finding.severity == .error)
        #expect(finding.message == .input(.archiveWithoutSpreadsheet(
            names: ["Minh chứng 1.pdf", "Minh chứng 2.pdf", "Minh chứng 3.pdf", "Minh chứng 4.pdf", "Minh chứng 5.pdf"], count: 8)))
        #expect(finding.text(.vi).contains("8 tệp: Minh chứng 1.pdf"))
        #expect(finding.text(.vi).contains(", …"))
    }

    @Test func encryptedEntryIsAnErrorOfItsOwn() throws {
        let outcomes = outcomes("encrypted-entry.zip")
        let record = try #require(outcomes.first?.record)
        #expect(record.path == "encrypted-entry.zip › DB01.xlsx")
        #expect(record.status == .unsupported)
        #expect(record.findings.map(\.code.rawValue) == ["encrypted"])
    }

    @Test func batchFlattensArchives() throws {
        let dir = TempDir()
        let zip = try Data(contentsOf: URL(fileURLWithPath: Self.archives + "/two-submissions.zip"))
        dir.write("bai-nop.zip", Array(zip))
        dir.write("ghi-chu.zip", Array(try Data(contentsOf: URL(fileURLWithPath: Self.archives + "/no-spreadsheet.zip"))))
        let scan = try InboxScanner.scan(dir.path)
        let read = Batch.read(scan.files, with: InProcessReading(SubmissionReader(rubric: .seed), threads: 2))
        let result = Batch.consolidate(read, skipped: scan.skipped, roster: nil, rubric: .seed)
        #expect(result.consolidation.ranked.map(\.name) == ["Đảng bộ Công an huyện", "Thị trấn Nhơn Hòa"])
        #expect(result.files.map(\.path) == [
            "bai-nop.zip › Bài nộp/DB01 - Đảng bộ Công an huyện.xlsx", "bai-nop.zip › Minh chứng/Kế hoạch.pdf",
            "bai-nop.zip › XA01 - Thị trấn Nhơn Hòa.xlsx", "ghi-chu.zip",
        ])
        #expect(result.files.map(\.status) == [.used, .skipped, .used, .unsupported])
    }
}
