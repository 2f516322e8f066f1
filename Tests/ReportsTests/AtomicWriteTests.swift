import Foundation
import Testing
@testable import Reports

/// The one atomic-write helper every output goes through.
@Suite struct AtomicWriteTests {
    static func folder() throws -> String {
        let path = NSTemporaryDirectory() + "thidua-atomic-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    @Test func leavesNoFileOnFailure() throws {
        let dir = try Self.folder()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        struct Boom: Error {}
        #expect(throws: Boom.self) {
            try AtomicWrite.write(to: dir + "/out.xlsx") { temp in
                FileManager.default.createFile(atPath: temp, contents: Data("half".utf8))
                throw Boom()
            }
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir).isEmpty)
    }

    @Test func replacesTheTargetWholeAndSaysWhyItCannot() throws {
        let dir = try Self.folder()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try AtomicWrite.write(Data("old".utf8), to: dir + "/a.json")
        try AtomicWrite.write(Data("new".utf8), to: dir + "/a.json")
        #expect(FileManager.default.contents(atPath: dir + "/a.json") == Data("new".utf8))
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir) == ["a.json"])
        // Under a regular file: the folder check fails with the system's code, nothing is left.
        do {
            try AtomicWrite.write(Data("x".utf8), to: dir + "/a.json/b.json")
            Issue.record("wrote under a file")
        } catch let e as AtomicWrite.Failure {
            #expect(e.code == ENOTDIR)
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir) == ["a.json"])
    }

    @Test func returnListsAndTemplatesUseIt() throws {
        let dir = try Self.folder()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let paths = try TemplateWriter.seed().write(into: dir, formats: [.xlsx, .csv])
        #expect(paths.count == 2)
        let unit = ReportDemo.consolidation().units.first { ReturnListWriter.needsList($0) }!
        let list = try ReturnListWriter.write(for: unit, rubric: .seed, into: dir)
        #expect(FileManager.default.fileExists(atPath: list))
        // No temporary file of any writer stays behind.
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir).allSatisfy { !$0.hasPrefix(".") })
        do {
            _ = try ReturnListWriter.write(for: unit, rubric: .seed, into: dir + "/" + (paths[0] as NSString).lastPathComponent)
            Issue.record("wrote into a file")
        } catch {
            #expect(error.systemCode == ENOTDIR, "the system's reason travels with the error")
        }
    }

    @Test func splitsAPathWithoutResolvingIt() {
        #expect(AtomicWrite.split("out/tra-lai/CB01.xlsx") == ("out/tra-lai", "CB01.xlsx"))
        #expect(AtomicWrite.split("a.json") == (".", "a.json"))
        #expect(AtomicWrite.split("/a.json") == ("/", "a.json"))
        #expect(AtomicWrite.temporaryPath(for: "/tmp/x/Chi bộ.xlsx").hasPrefix("/tmp/x/.~thidua-"))
        #expect(AtomicWrite.temporaryPath(for: "/tmp/x/Chi bộ.xlsx").hasSuffix("-Chi bộ.xlsx"))
    }
}
