import Foundation
import Testing
@testable import Pipeline
import Scoring

/// The watcher's session on a real folder with times passed in: only new and changed
/// files are read, and what it hands to the consolidation equals a fresh read.
@Suite struct WatchSessionTests {
    static func sample(_ name: String) throws -> [UInt8] {
        Array(try Data(contentsOf: URL(fileURLWithPath: samplesInbox + "/" + name)))
    }

    static let db01 = "DB01 - Đảng bộ Công an huyện.xlsx"
    static let xa08 = "XA08 - Xã Ia Le.csv"

    /// A session whose files count as settled (their times are an hour back) unless a probe says otherwise.
    static func session(_ dir: TempDir, probe: @escaping (String) -> WriteState = { _ in .closed }) -> WatchSession {
        WatchSession(inbox: dir.path, readers: InProcessReading(SubmissionReader(rubric: .seed), threads: 1),
                     settling: Settling(settle: 1), probe: probe)
    }

    static func refresh(_ s: WatchSession, at now: Double = 0) throws -> WatchSession.Refresh {
        try s.refresh(now: now, wallNow: Date().timeIntervalSince1970 + 3_600)
    }

    /// What a fresh `consolidate` would read of the same folder.
    static func freshRead(_ dir: TempDir) throws -> Batch.Result {
        let scan = try InboxScanner.scan(dir.path)
        let outcomes = Batch.read(scan.files, with: InProcessReading(SubmissionReader(rubric: .seed), threads: 1))
        return Batch.consolidate(outcomes, skipped: scan.skipped, roster: nil, rubric: .seed)
    }

    static func consolidated(_ r: WatchSession.Refresh) -> Batch.Result {
        Batch.consolidate(r.outcomes, skipped: r.skipped, roster: nil, rubric: .seed)
    }

    @Test func readsOnlyWhatChangedAndMatchesAFreshRead() throws {
        let dir = TempDir()
        dir.write(Self.db01, try Self.sample(Self.db01))
        dir.write("~$lock.xlsx")
        let s = Self.session(dir)
        let first = try Self.refresh(s)
        #expect(first.changes == [.added(Self.db01)])
        #expect(first.differs)
        #expect(first.readCount == 1)

        let again = try Self.refresh(s, at: 1)
        #expect(again.changes.isEmpty)
        #expect(again.readCount == 0)
        #expect(!again.differs, "nothing to write when nothing changed")

        dir.write(Self.xa08, try Self.sample(Self.xa08))
        let third = try Self.refresh(s, at: 2)
        #expect(third.changes == [.added(Self.xa08)])
        #expect(third.readCount == 1, "one new file costs one read, not a re-read of the inbox")
        let fresh = try Self.freshRead(dir)
        #expect(Self.consolidated(third).files == fresh.files)
        #expect(Self.consolidated(third).consolidation == fresh.consolidation)
    }

    @Test func touchedFileIsNotReadAgainButKeepsItsNewTime() throws {
        let dir = TempDir()
        dir.write(Self.xa08, try Self.sample(Self.xa08))
        let s = Self.session(dir)
        _ = try Self.refresh(s)
        let path = dir.path + "/" + Self.xa08
        try FileManager.default.setAttributes([.modificationDate: Date(timeIntervalSince1970: 1_700_000_000)],
                                              ofItemAtPath: path)
        let touched = try Self.refresh(s, at: 1)
        #expect(touched.changes.isEmpty, "same bytes: no line")
        #expect(touched.readCount == 0, "hashed, not read and scored again")
        #expect(touched.differs, "the time orders resubmissions, so the report is written again")
        #expect(touched.outcomes.first?.result?.fileModified == 1_700_000_000)
        #expect(Self.consolidated(touched).consolidation == (try Self.freshRead(dir)).consolidation)
    }

    @Test func sameSizeNewContentIsReadAgain() throws {
        let dir = TempDir()
        var bytes = try Self.sample(Self.xa08)
        dir.write(Self.xa08, bytes)
        let s = Self.session(dir)
        _ = try Self.refresh(s)
        // One digit changed in place: the size stays, the hash does not.
        let digit = try #require(bytes.lastIndex(of: UInt8(ascii: "7")))
        bytes[digit] = UInt8(ascii: "6")
        dir.write(Self.xa08, bytes)
        let changed = try Self.refresh(s, at: 1)
        #expect(changed.changes == [.modified(Self.xa08)])
        #expect(changed.readCount == 1)
        #expect(Self.consolidated(changed).files == (try Self.freshRead(dir)).files)
    }

    @Test func renamedFileKeepsItsResultUnderTheNewName() throws {
        let dir = TempDir()
        dir.write(Self.db01, try Self.sample(Self.db01))
        let s = Self.session(dir)
        _ = try Self.refresh(s)
        try FileManager.default.createDirectory(atPath: dir.path + "/dot-2", withIntermediateDirectories: true)
        let new = "dot-2/DB01 (gửi lại).xlsx"
        try FileManager.default.moveItem(atPath: dir.path + "/" + Self.db01, toPath: dir.path + "/" + new)
        let moved = try Self.refresh(s, at: 1)
        #expect(moved.changes == [.renamed(from: Self.db01, to: new)])
        #expect(moved.readCount == 0, "same inode, size and time: not read again")
        let fresh = try Self.freshRead(dir)
        #expect(Self.consolidated(moved).files == fresh.files, "as if read under the new name")
        #expect(Self.consolidated(moved).consolidation == fresh.consolidation)
    }

    @Test func renamedCSVIsReadAgainUnderItsNewName() throws {
        let dir = TempDir()
        dir.write(Self.xa08, try Self.sample(Self.xa08))
        let s = Self.session(dir)
        _ = try Self.refresh(s)
        try FileManager.default.moveItem(atPath: dir.path + "/" + Self.xa08, toPath: dir.path + "/xa08.csv")
        let moved = try Self.refresh(s, at: 1)
        #expect(moved.changes == [.renamed(from: Self.xa08, to: "xa08.csv")])
        #expect(moved.readCount == 1, "its sheet is named after the file: read again")
        #expect(Self.consolidated(moved).files == (try Self.freshRead(dir)).files)
    }

    @Test func vanishedFileIsDropped() throws {
        let dir = TempDir()
        dir.write(Self.db01, try Self.sample(Self.db01))
        dir.write(Self.xa08, try Self.sample(Self.xa08))
        let s = Self.session(dir)
        _ = try Self.refresh(s)
        try FileManager.default.removeItem(atPath: dir.path + "/" + Self.xa08)
        let after = try Self.refresh(s, at: 1)
        #expect(after.changes == [.removed(Self.xa08)])
        #expect(after.readCount == 0)
        #expect(after.outcomes.map(\.record.path) == [Self.db01])
        #expect(s.cache.entries.count == 1, "the cache holds only listed files")
    }

    @Test func fileStillOpenForWritingWaitsAndKeepsItsPreviousResult() throws {
        let dir = TempDir()
        let bytes = try Self.sample(Self.db01)
        dir.write(Self.db01, bytes)
        var writing = false
        let s = Self.session(dir, probe: { _ in writing ? .writing : .closed })
        _ = try Self.refresh(s)
        writing = true
        dir.write(Self.db01, Array(bytes.prefix(bytes.count / 2)))
        dir.write("new.xlsx", Array(bytes.prefix(100)))
        let during = try Self.refresh(s, at: 1)
        #expect(during.waiting == [Self.db01, "new.xlsx"])
        #expect(during.changes.isEmpty)
        #expect(during.readCount == 0, "neither the half-written file nor the new one is read")
        #expect(during.outcomes.map(\.record.path) == [Self.db01], "the new file is not listed yet")
        #expect(during.outcomes.first?.result != nil, "DB01's previous result stands, not a truncated file")
        writing = false
        dir.write(Self.db01, bytes)
        dir.write("new.xlsx", bytes)
        let after = try Self.refresh(s, at: 3)
        #expect(after.waiting.isEmpty)
        #expect(Set(after.changes) == [.added("new.xlsx")], "DB01 is back to its old bytes: confirmed by hash")
        #expect(after.readCount == 1)
    }

    @Test func stopRequestedBeforeReadingReadsNothing() throws {
        let dir = TempDir()
        dir.write(Self.db01, try Self.sample(Self.db01))
        let r = try Self.session(dir).refresh(now: 0, wallNow: Date().timeIntervalSince1970 + 3_600,
                                              shouldStop: { true })
        #expect(r.interrupted)
        #expect(r.outcomes.isEmpty)
    }
}

/// A renamed file's result rewritten without reading it again — only where that is exact.
@Suite struct OutcomeRenameTests {
    @Test(arguments: ["DB01 - Đảng bộ Công an huyện.xlsx", "CQ04 - Phòng Văn hóa và Thông tin.xlsx",
                      "CQ06 - Trung tâm Văn hóa - Thông tin và Thể thao.xls"])
    func renamedResultEqualsReadingUnderTheNewName(_ name: String) throws {
        let bytes = try WatchSessionTests.sample(name)
        let reader = SubmissionReader(rubric: .seed)
        let ext = (name as NSString).pathExtension
        let old = reader.process(bytes: bytes, name: name, modified: 1)
        let new = reader.process(bytes: bytes, name: "khác/tên mới." + ext, modified: 1)
        let moved = try #require(old.renamed(from: name, to: "khác/tên mới." + ext))
        #expect(moved.record == new.record)
        #expect(moved.result == new.result)
    }

    @Test func aCSVFileWhoseSheetIsNamedAfterItIsReadAgain() throws {
        let name = "XA08 - Xã Ia Le.csv"
        let old = SubmissionReader(rubric: .seed).process(bytes: try WatchSessionTests.sample(name), name: name, modified: 1)
        #expect(old.result?.lines.first?.location?.sheet == "XA08 - Xã Ia Le")
        #expect(old.renamed(from: name, to: "khác.csv") == nil)
    }

    @Test func aMessageQuotingTheNameMeansReadAgain() {
        let reader = SubmissionReader(rubric: .seed)
        let bytes = Array("một,hai\nba,bốn\n".utf8)
        let old = reader.process(bytes: bytes, name: "ghi-chu.csv", modified: nil)
        #expect(old.result?.findings.contains { $0.code.rawValue == "noScoringTable" } == true)
        #expect(old.renamed(from: "ghi-chu.csv", to: "khac.csv") == nil,
                "“no scoring table in ghi-chu.csv” cannot be rewritten safely")
    }
}
