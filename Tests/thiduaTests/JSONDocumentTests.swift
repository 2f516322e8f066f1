import Foundation
@testable import Reports
import Scoring
import Testing

/// Every JSON document the CLI writes has the keys its writer declares — each object
/// exactly its members, each once, in the declared order, every value of its kind — for
/// the seed plan and for a plan whose counts are others (`OtherCounts`).
@Suite struct JSONDocumentTests {
    static func expectShape(_ data: Data, _ shape: JSONShape, _ what: String) {
        let problems = JSONShapeCheck.problems(data, shape)
        #expect(problems.isEmpty, "\(what): \(problems.prefix(5).joined(separator: "; "))")
    }

    /// Both plans: the seed (no `--rubric`) and the one with other counts.
    static func plans(_ dir: TempDir) throws -> [(arguments: [String], rubric: Rubric)] {
        let other = try OtherCounts.write(in: dir)
        return [([], Rubric.seed), (["--rubric", other.path], other.rubric)]
    }

    @Test func checkWritesTheDeclaredDocument() throws {
        let dir = try TempDir()
        defer { dir.remove() }
        let files = try FileManager.default.contentsOfDirectory(atPath: CLI.inbox.path).sorted()
            .map { CLI.inbox.appendingPathComponent($0).path }
        for plan in try Self.plans(dir) {
            for lang in ["vi", "en"] {
                let out = try CLI.run(["check"] + files + ["--json", "--lang", lang] + plan.arguments)
                #expect(out.status == 1)
                Self.expectShape(out.stdoutData, CheckJSON.members(plan.rubric).shape, "check \(plan.arguments) \(lang)")
                let listed = try #require(try CLI.jsonObject(out.stdoutData)["files"] as? [[String: Any]])
                #expect(listed.contains { ($0["items"] as? [Any])?.isEmpty == true }, "an unread file is listed too")
            }
        }
    }

    @Test func consolidateWritesTheDeclaredDocument() throws {
        let dir = try TempDir()
        defer { dir.remove() }
        let form = CLI.root.appendingPathComponent("Tests/Fixtures/inspection/libreoffice.csv").path
        for plan in try Self.plans(dir) {
            for extra in [[], ["--roster", CLI.roster.path, "--inspected", form]] {
                let out = try CLI.run(["consolidate", CLI.inbox.path, "-o", dir.path("r.xlsx"), "--json", dir.path("k.json"),
                                       "--date", "2024-06-25"] + extra + plan.arguments)
                #expect(out.status == 1, "\(out.stderr)")
                let data = try Data(contentsOf: dir.url.appendingPathComponent("k.json"))
                Self.expectShape(data, ConsolidationJSON.members(plan.rubric).shape, "consolidate \(extra) \(plan.arguments)")
                let json = try CLI.jsonObject(data)
                #expect((json["inspection"] is NSNull) == extra.isEmpty)
                #expect((json["missing"] as? [Any])?.isEmpty == extra.isEmpty, "the roster's missing units")
            }
        }
    }

    @Test func inspectWritesTheDeclaredDocuments() throws {
        var kinds: Set<String> = []
        let documents = JSONShape.oneOf([InspectJSON.document.shape, InspectJSON.failure.shape, InspectJSON.archive.shape])
        for name in try FileManager.default.contentsOfDirectory(atPath: CLI.inbox.path).sorted() {
            let out = try CLI.run(["inspect", CLI.inbox.appendingPathComponent(name).path, "--json"])
            Self.expectShape(out.stdoutData, documents, name)
            let json = try CLI.jsonObject(out.stdoutData)
            kinds.insert(json["entries"] != nil ? "archive" : json["error"] != nil ? "error" : "file")
        }
        #expect(kinds == ["archive", "error", "file"])
    }

    /// The checker itself: a key written twice, a key missing, a key out of order, an
    /// extra key and a null where none is declared are each found.
    @Test func theCheckFindsEveryKindOfDeviation() {
        let shape = UnitJSON.members.shape
        let wanted = #"{"code":"A","name":null,"type":"party"}"#
        #expect(JSONShapeCheck.problems(Data(wanted.utf8), shape).isEmpty)
        for wrong in [#"{"code":"A","code":"A","name":null,"type":"party"}"#, #"{"code":"A","type":"party"}"#,
                      #"{"name":null,"code":"A","type":"party"}"#, #"{"code":"A","name":null,"type":"party","x":1}"#,
                      #"{"code":"A","name":1,"type":"party"}"#] {
            #expect(!JSONShapeCheck.problems(Data(wrong.utf8), shape).isEmpty, "\(wrong)")
        }
        #expect(!JSONShapeCheck.problems(Data(#"{"id":null,"total":100}"#.utf8), RubricJSON.members.shape).isEmpty,
                "null where a string is declared")
    }
}
