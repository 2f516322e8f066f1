import Foundation
import Testing
@testable import Pipeline
import Scoring

/// A temporary folder removed when the test ends.
final class TempDir {
    let path: String
    init() {
        path = NSTemporaryDirectory() + "thidua-test-" + UUID().uuidString
        try! FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }
    func write(_ name: String, _ bytes: [UInt8] = Array("x".utf8)) {
        let full = path + "/" + name
        try! FileManager.default.createDirectory(atPath: (full as NSString).deletingLastPathComponent,
                                                 withIntermediateDirectories: true)
        FileManager.default.createFile(atPath: full, contents: Data(bytes))
    }
    deinit { try? FileManager.default.removeItem(atPath: path) }
}

@Test func scanSkipsLockHiddenAndSystemFilesAndSortsByName() throws {
    let dir = TempDir()
    for name in ["b.xlsx", "a.csv", "~$b.xlsx", ".hidden.xlsx", ".DS_Store", "Thumbs.db", "desktop.ini",
                 "sub/c.xlsx", ".git/config", ".~lock.a.csv#"] {
        dir.write(name)
    }
    let scan = try InboxScanner.scan(dir.path)
    #expect(scan.files.map(\.name) == ["a.csv", "b.xlsx", "sub/c.xlsx"])
    let skipped = Set(scan.skipped.map(\.name))
    #expect(skipped.isSuperset(of: ["~$b.xlsx", ".hidden.xlsx", ".DS_Store", "Thumbs.db", "desktop.ini", ".git/", ".~lock.a.csv#"]))
    #expect(scan.skipped.first { $0.name == "~$b.xlsx" }?.reason == .officeLock)
    #expect(scan.skipped.first { $0.name == ".~lock.a.csv#" }?.reason == .libreOfficeLock)
    #expect(scan.skipped.first { $0.name == ".git/" }?.reason == .hiddenFolder)
}

@Test func scanRefusesMissingInbox() {
    #expect(throws: InboxScanner.ScanError.self) { try InboxScanner.scan("/nonexistent/inbox") }
}

@Test func outputsInsideTheInboxAreRecognised() {
    let dir = TempDir()
    dir.write("a.xlsx")
    #expect(OutputGuard.isInside(dir.path + "/a.xlsx", folder: dir.path))
    #expect(OutputGuard.isInside(dir.path + "/new/report.xlsx", folder: dir.path))
    #expect(OutputGuard.isInside(dir.path, folder: dir.path))
    #expect(!OutputGuard.isInside(dir.path + "-other/report.xlsx", folder: dir.path))
    #expect(!OutputGuard.isInside(NSTemporaryDirectory() + "report.xlsx", folder: dir.path))
}
