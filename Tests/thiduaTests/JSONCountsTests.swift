import Foundation
@testable import Reports
import Scoring
import Testing

/// A plan whose counts are not the seed's: the seed with `staff` renamed `members`,
/// `pledges` renamed `signed`, and one more count, `volunteers`, that no sample sheet has.
enum OtherCounts {
    static var yaml: String {
        SeedRubric.yaml
            .replacingOccurrences(of: "\\bstaff\\b", with: "members", options: .regularExpression)
            .replacingOccurrences(of: "\\bpledges\\b", with: "signed", options: .regularExpression)
            .replacingOccurrences(of: """
                  - key: good
                    label: "Số người hoàn thành tốt nhiệm vụ"
                    short: "số người hoàn thành tốt"

                """, with: """
                  - key: good
                    label: "Số người hoàn thành tốt nhiệm vụ"
                    short: "số người hoàn thành tốt"
                  - key: volunteers
                    label: "Số tình nguyện viên"
                    short: "số tình nguyện viên"

                """)
    }

    /// Writes the plan into `dir`; its path and the rubric.
    static func write(in dir: TempDir) throws -> (path: String, rubric: Rubric) {
        let path = dir.path("other-counts.yaml")
        try yaml.write(toFile: path, atomically: true, encoding: .utf8)
        return (path, try Rubric.load(yaml: yaml, fileName: "other-counts.yaml"))
    }
}

/// `counts` holds every count key of the rubric and `rating`, keys in byte order like every
/// object of `check` and `consolidate`; an unknown count is `null`.
@Suite struct JSONCountsTests {
    static let keys = ["excellent", "good", "members", "rating", "signed", "volunteers"]

    /// Each object's keys in the order written.
    static func orderedKeys(_ data: Data, at path: (JSONShapeCheck.Node) -> [JSONShapeCheck.Node]) throws -> [[String]] {
        let node = try #require(JSONShapeCheck.parse(data))
        return path(node).map { if case .object(let members) = $0 { members.map(\.0) } else { [] } }
    }

    static func member(_ node: JSONShapeCheck.Node, _ key: String) -> JSONShapeCheck.Node? {
        guard case .object(let members) = node else { return nil }
        return members.first { $0.0 == key }?.1
    }

    static func elements(_ node: JSONShapeCheck.Node?) -> [JSONShapeCheck.Node] {
        if case .list(let items)? = node { items } else { [] }
    }

    @Test func thePlanDeclaresItsCounts() throws {
        let dir = try TempDir()
        defer { dir.remove() }
        let rubric = try OtherCounts.write(in: dir).rubric
        #expect(rubric.counts.map(\.key) == ["members", "signed", "excellent", "good", "volunteers"])
        #expect(CountsJSON.members(rubric).keys == Self.keys)
        #expect(CountsJSON.members(Rubric.seed).keys == ["excellent", "good", "pledges", "rating", "staff"])
    }

    @Test func aCountKeyedRatingLeavesTheKeyToTheRating() throws {
        let yaml = SeedRubric.yaml.replacingOccurrences(of: "- key: good\n", with: "- key: rating\n")
            .replacingOccurrences(of: "counts: [excellent, good]", with: "counts: [excellent, rating]")
        let rubric = try Rubric.load(yaml: yaml, fileName: "rating.yaml")
        #expect(rubric.counts.map(\.key) == ["staff", "pledges", "excellent", "rating"])
        #expect(CountsJSON.members(rubric).keys == ["excellent", "pledges", "rating", "staff"])
    }

    @Test func checkWritesThePlansCounts() throws {
        let dir = try TempDir()
        defer { dir.remove() }
        let plan = try OtherCounts.write(in: dir)
        let files = ["DB01 - Đảng bộ Công an huyện.xlsx", "XA08 - Xã Ia Le.csv",
                     "DB05 - Chi bộ Ban Quản lý dự án đầu tư xây dựng huyện.xls"].map { CLI.inbox.appendingPathComponent($0).path }
        let seed = try CLI.run(["check"] + files + ["--json"])
        let other = try CLI.run(["check"] + files + ["--json", "--rubric", plan.path])

        let subs = { (n: JSONShapeCheck.Node) in Self.elements(Self.member(n, "files")).compactMap { Self.member($0, "counts") } }
        #expect(try Self.orderedKeys(other.stdoutData, at: subs) == Array(repeating: Self.keys, count: 3))

        let before = try #require(try CLI.jsonObject(seed.stdoutData)["files"] as? [[String: Any]])
        let after = try #require(try CLI.jsonObject(other.stdoutData)["files"] as? [[String: Any]])
        for (b, a) in zip(before, after) {
            let was = try #require(b["counts"] as? [String: Any]), now = try #require(a["counts"] as? [String: Any])
            #expect(now["members"] as? Double == was["staff"] as? Double && now["signed"] as? Double == was["pledges"] as? Double)
            #expect(now["excellent"] as? Double == was["excellent"] as? Double && now["good"] as? Double == was["good"] as? Double)
            #expect(now["rating"] as? String == was["rating"] as? String)
            #expect(now["volunteers"] is NSNull, "no sample sheet has the row")
            #expect(now["staff"] == nil && now["pledges"] == nil)
        }
        let db01 = try #require(after.first?["counts"] as? [String: Any])
        #expect(db01["members"] as? Double == 48 && db01["signed"] as? Double == 48 && db01["excellent"] as? Double == 12)
        let unread = try #require(after.last?["counts"] as? [String: Any])
        #expect(Set(unread.keys) == Set(Self.keys) && unread.values.allSatisfy { $0 is NSNull }, "a file not read: all null")
    }

    @Test func consolidateWritesThePlansCounts() throws {
        let dir = try TempDir()
        defer { dir.remove() }
        let plan = try OtherCounts.write(in: dir)
        func run(_ extra: [String]) throws -> Data {
            let out = try CLI.run(["consolidate", CLI.inbox.path, "-o", dir.path("r.xlsx"), "--json", dir.path("k.json"),
                                   "--date", "2024-06-25"] + extra)
            #expect(out.status == 1, "\(out.stderr)")
            return try Data(contentsOf: dir.url.appendingPathComponent("k.json"))
        }
        let seed = try run([]), other = try run(["--rubric", plan.path])
        let subs = { (n: JSONShapeCheck.Node) in
            Self.elements(Self.member(n, "submissions")).compactMap { Self.member($0, "counts") }
        }
        let ordered = try Self.orderedKeys(other, at: subs)
        #expect(!ordered.isEmpty && ordered.allSatisfy { $0 == Self.keys })

        let before = try #require(try CLI.jsonObject(seed)["submissions"] as? [[String: Any]])
        let after = try #require(try CLI.jsonObject(other)["submissions"] as? [[String: Any]])
        #expect(before.count == after.count)
        let members = after.compactMap { ($0["counts"] as? [String: Any])?["members"] as? Double }
        #expect(members == before.compactMap { ($0["counts"] as? [String: Any])?["staff"] as? Double } && !members.isEmpty)
        #expect(after.allSatisfy { ($0["counts"] as? [String: Any])?["volunteers"] is NSNull })
    }
}
