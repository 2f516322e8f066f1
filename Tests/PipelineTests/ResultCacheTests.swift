import Foundation
import Testing
@testable import Pipeline
import Scoring

/// The watcher's cache decisions (SPEC §6.1): what is read again, what is kept, what is a rename.
@Suite struct ResultCacheTests {
    static func signature(size: Int64 = 100, modified: Double = 1_000, inode: UInt64 = 7) -> FileSignature {
        FileSignature(size: size, modified: modified, device: 1, inode: inode)
    }

    static func outcome(_ name: String) -> FileOutcome {
        FileOutcome(record: FileRecord(path: name, size: 100, sha256: SHA256Digest(hex: String(repeating: "a", count: 64)), status: .invalid),
                    result: nil)
    }

    static func cache(_ files: [(String, FileSignature)]) -> ResultCache {
        var cache = ResultCache()
        for (name, sig) in files { cache.store(name, sig, outcome(name)) }
        return cache
    }

    @Test func sameSizeTimeAndInodeIsUnchanged() {
        let c = Self.cache([("a.xlsx", Self.signature())])
        let plan = c.plan([("a.xlsx", Self.signature())])
        #expect(plan.decisions["a.xlsx"] == .unchanged)
        #expect(plan.vanished.isEmpty)
    }

    @Test func newFileOrNewSizeIsRead() {
        let c = Self.cache([("a.xlsx", Self.signature())])
        let plan = c.plan([("a.xlsx", Self.signature(size: 101)), ("b.xlsx", Self.signature(inode: 8))])
        #expect(plan.decisions["a.xlsx"] == .read)
        #expect(plan.decisions["b.xlsx"] == .read)
    }

    @Test func sameSizeWithOtherTimeOrInodeIsConfirmedByHash() {
        let c = Self.cache([("a.xlsx", Self.signature()), ("b.xlsx", Self.signature(inode: 9))])
        let plan = c.plan([("a.xlsx", Self.signature(modified: 2_000)), ("b.xlsx", Self.signature(inode: 10))])
        #expect(plan.decisions["a.xlsx"] == .confirm, "touch: same size, new time")
        #expect(plan.decisions["b.xlsx"] == .confirm, "replaced by another inode of the same size and time")
    }

    @Test func vanishedFileWithSameInodeSizeAndTimeIsARename() {
        let c = Self.cache([("old.xlsx", Self.signature()), ("gone.xlsx", Self.signature(inode: 8))])
        let plan = c.plan([("sub/new.xlsx", Self.signature())])
        #expect(plan.decisions["sub/new.xlsx"] == .renamed(from: "old.xlsx"))
        #expect(plan.vanished == ["gone.xlsx"], "a renamed file is not also vanished")
    }

    @Test func renameToAnotherExtensionIsReadAgain() {
        let c = Self.cache([("a.csv", Self.signature())])
        let plan = c.plan([("a.txt", Self.signature())])
        #expect(plan.decisions["a.txt"] == .read, "the extension decides how the reader reads and warns")
        #expect(plan.vanished == ["a.csv"])
        #expect(ResultCache.sameExtension("x/A.XLSX", "b.xlsx"))
    }

    @Test func oneVanishedFileIsRenamedOnceOnly() {
        let c = Self.cache([("old.xlsx", Self.signature())])
        // Two new names of one inode (a hard link, then the old name removed).
        let plan = c.plan([("b.xlsx", Self.signature()), ("c.xlsx", Self.signature())])
        #expect(plan.decisions["b.xlsx"] == .renamed(from: "old.xlsx"))
        #expect(plan.decisions["c.xlsx"] == .read)
    }

    @Test func aFileStillListedIsNeverTakenForARenameSource() {
        let c = Self.cache([("a.xlsx", Self.signature())])
        let plan = c.plan([("a.xlsx", Self.signature()), ("link.xlsx", Self.signature())])
        #expect(plan.decisions["link.xlsx"] == .read)
        #expect(plan.vanished.isEmpty)
    }

    @Test func everyCachedFileNotListedHasVanished() {
        let c = Self.cache([("a.xlsx", Self.signature()), ("b.xlsx", Self.signature(inode: 8))])
        let plan = c.plan([])
        #expect(plan.vanished == ["a.xlsx", "b.xlsx"])
    }
}

/// When a new or changed file may be read (a copy still under way is not).
@Suite struct SettlingTests {
    let sig = FileSignature(size: 10, modified: 5_000, device: 1, inode: 2)

    @Test func freshlyWrittenFileWaitsForASecondLook() {
        var s = Settling(settle: 1)
        #expect(s.verdict("a", sig, now: 0, wallNow: 5_000.2, writing: { .closed }) == .wait)
        #expect(s.verdict("a", sig, now: 0.5, wallNow: 5_000.7, writing: { .closed }) == .wait)
        #expect(s.verdict("a", sig, now: 1.1, wallNow: 5_000.9, writing: { .closed }) == .ready,
                "unchanged across two looks a second apart")
        #expect(s.waiting.isEmpty)
    }

    @Test func aChangeBetweenLooksStartsOver() {
        var s = Settling(settle: 1)
        #expect(s.verdict("a", sig, now: 0, wallNow: 5_000, writing: { .closed }) == .wait)
        var grown = sig
        grown.size = 20
        grown.modified = 5_000.9
        #expect(s.verdict("a", grown, now: 0.9, wallNow: 5_000.9, writing: { .closed }) == .wait)
        #expect(s.verdict("a", grown, now: 1.5, wallNow: 5_001.5, writing: { .closed }) == .wait)
        #expect(s.verdict("a", grown, now: 2.0, wallNow: 5_002, writing: { .closed }) == .ready)
    }

    @Test func fileLastWrittenLongAgoIsReadAtOnce() {
        var s = Settling(settle: 1)
        #expect(s.verdict("a", sig, now: 0, wallNow: 5_010, writing: { .closed }) == .ready)
        #expect(s.verdict("b", sig, now: 0, wallNow: 5_010, writing: { .unknown }) == .ready)
    }

    @Test func fileOpenForWritingWaitsEvenWhenItsSizeStands() {
        var s = Settling(settle: 1, holdLimit: 60)
        var asked = 0
        let writing: () -> WriteState = { asked += 1; return .writing }
        #expect(s.verdict("a", sig, now: 0, wallNow: 5_000.1, writing: writing) == .wait)
        #expect(asked == 0, "not asked before the file looks settled")
        #expect(s.verdict("a", sig, now: 5, wallNow: 5_005, writing: writing) == .wait, "a paused copy")
        #expect(asked == 1)
        #expect(s.verdict("a", sig, now: 59, wallNow: 5_059, writing: writing) == .wait)
        #expect(s.verdict("a", sig, now: 61, wallNow: 5_061, writing: writing) == .ready,
                "a program holding a finished file open does not hide it for ever")
    }

    @Test func looksAtVanishedFilesAreForgotten() {
        var s = Settling(settle: 1)
        _ = s.verdict("a", sig, now: 0, wallNow: 5_000, writing: { .closed })
        _ = s.verdict("b", sig, now: 0, wallNow: 5_000, writing: { .closed })
        s.keep(only: ["b"])
        #expect(s.waiting == ["b"])
    }
}

/// The quiet period before a refresh, without a real clock.
@Suite struct DebouncerTests {
    @Test func dueAQuietPeriodAfterTheLastChange() {
        var d = Debouncer(quiet: 1, longest: 10)
        #expect(d.deadline == nil)
        #expect(!d.isDue(100))
        d.note(0)
        d.note(0.5)
        #expect(d.deadline == 1.5)
        #expect(!d.isDue(1.4))
        #expect(d.isDue(1.5))
        d.clear()
        #expect(d.deadline == nil)
    }

    @Test func aBurstThatNeverPausesIsRefreshedAfterTheLongestWait() {
        var d = Debouncer(quiet: 1, longest: 10)
        var t = 0.0
        while t < 12 {
            d.note(t)
            if d.isDue(t) { break }
            t += 0.5
        }
        #expect(t == 10, "due ten seconds after the first change, though changes go on")
    }

    @Test func longestIsNeverShorterThanQuiet() {
        var d = Debouncer(quiet: 2, longest: 1)
        d.note(0)
        #expect(d.deadline == 2)
    }
}

/// Network drives are told apart by their mount's file system type (inotify misses their remote changes).
@Test func networkFolderIsFoundByTheDeepestMountAboveIt() {
    let table = """
    22 1 254:0 / / rw,relatime shared:1 - ext4 /dev/vda rw
    40 22 0:35 / /mnt/office rw,relatime shared:20 - cifs //server/share rw,vers=3.0
    41 40 0:36 / /mnt/office/local\\040disk rw shared:21 - ext4 /dev/vdb rw
    """
    #expect(NetworkFolder.fileSystem(of: "/home/clerk/bai-nop", mounts: table) == "ext4")
    #expect(NetworkFolder.fileSystem(of: "/mnt/office/bai-nop", mounts: table) == "cifs")
    #expect(NetworkFolder.fileSystem(of: "/mnt/office", mounts: table) == "cifs")
    #expect(NetworkFolder.fileSystem(of: "/mnt/office/local disk/x", mounts: table) == "ext4")
    #expect(NetworkFolder.fileSystem(of: "/mnt/officeX/y", mounts: table) == "ext4")
    #expect(NetworkFolder.types.contains("cifs") && !NetworkFolder.types.contains("ext4"))
}
