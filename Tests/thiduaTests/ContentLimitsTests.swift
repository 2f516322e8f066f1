import Foundation
import SheetModel
import Testing

/// SPEC §12 "content never fails the report", end to end: texts longer than a cell holds
/// and a tie of 1,500 units give exit 0 or 1 with the report, the JSON and the return lists.
@Suite struct ContentLimitsTests {
    static let csvName = "CQ05 - Ban Dân vận Huyện ủy.csv"
    static let long = String(String(repeating: "Thành tích xuất sắc trong phòng, chống chủ nghĩa cá nhân; ", count: 800)
                                .prefix(44_000))

    /// The sample CSV's rows, with `edit` applied.
    static func csv(_ edit: (inout [[String]]) -> Void) throws -> String {
        var rows = SimpleCSV.parse(try String(contentsOf: CLI.inbox.appendingPathComponent(csvName), encoding: .utf8))
        for i in rows.indices where rows[i].count < 7 { rows[i] += Array(repeating: "", count: 7 - rows[i].count) }
        edit(&rows)
        return SimpleCSV.write(rows)
    }

    static func row(_ rows: [[String]], _ first: String, column: Int = 0) -> Int? {
        rows.firstIndex { $0.count > column && $0[column] == first }
    }

    @Test func textsPast40000CharactersAreCutWithAFindingAndTheReportIsWritten() throws {
        let dir = try TempDir()
        defer { dir.remove() }
        let inbox = try dir.copyOfInbox()
        let text = try Self.csv { rows in
            if let r = Self.row(rows, "1") { rows[r][4] = Self.long }          // Minh chứng, E19
            if let r = Self.row(rows, "2") { rows[r][6] = Self.long }          // Ghi chú, G20
            if let h = Self.row(rows, "Họ và tên", column: 1) {
                rows[h + 1][1] = "Nguyễn Văn An"; rows[h + 1][2] = "Trưởng ban"
                rows[h + 1][4] = Self.long; rows[h + 1][5] = "có"                // Thành tích
            }
        }
        try text.write(to: inbox.appendingPathComponent(Self.csvName), atomically: true, encoding: .utf8)
        let run = try CLI.run(["consolidate", inbox.path, "--roster", CLI.roster.path, "-o", dir.path("r.xlsx"),
                               "--json", dir.path("r.json"), "--return-dir", dir.path("tra"), "--date", "2024-06-25"])
        #expect(run.status <= 1, "exit \(run.status): \(run.stderr)")
        let report = try CLI.readWorkbook(dir.url.appendingPathComponent("r.xlsx"))
        #expect(report.sheets.map(\.name).count == 7)

        // The nominee's achievements, cut to a cell's 32,767 characters, ending in "…".
        let proposals = try #require(report.sheets.first { $0.name == "Đề nghị khen thưởng" })
        let cut = proposals.cells.values.compactMap { cell -> String? in
            if case .text(let s) = cell.value, s.hasPrefix("Thành tích xuất sắc") { return s } else { return nil }
        }
        #expect(cut.count == 1)
        #expect(cut.first?.utf16.count == 32_767 && cut.first?.hasSuffix("…") == true)

        // One warning per cut cell, naming it, in the JSON and in the unit's return list.
        let json = try CLI.jsonObject(try Data(contentsOf: dir.url.appendingPathComponent("r.json")))
        let sub = try #require(try ConsolidateCommandTests.submissions(json)[Self.csvName])
        let issues = (sub["issues"] as? [[String: Any]] ?? []).filter { $0["code"] as? String == "cellTooLong" }
        let cells = issues.compactMap { ($0["location"] as? String)?.components(separatedBy: "!").last }
        #expect(cells.sorted() == ["E19", "E44", "G20"], "\(cells)")
        #expect(issues.allSatisfy { ($0["message"] as? String)?.contains("44.000 ký tự") == true })
        let lists = try dir.files("tra")
        #expect(lists.contains { $0.hasPrefix("CQ05") })
    }

    @Test func fifteenHundredUnitsTiedAtFullMarksGiveAReportWithShortLists() throws {
        let dir = try TempDir()
        defer { dir.remove() }
        let inbox = dir.url.appendingPathComponent("inbox")
        try FileManager.default.createDirectory(at: inbox, withIntermediateDirectories: true)
        let units = 1_500
        for i in 1...units {
            let name = "Chi bộ thử nghiệm số \(i)"
            let text = try Self.csv { rows in
                if let r = Self.row(rows, "Tên đơn vị", column: 1) { rows[r][2] = name }
                if let r = Self.row(rows, "Mã đơn vị", column: 1) { rows[r][2] = String(format: "T%04d", i) }
                // Full marks, 100: line 12 is earned by 20% excellent and 80% good.
                if let r = Self.row(rows, "12") { rows[r][3] = "10" }
                if let r = Self.row(rows, "Số người hoàn thành xuất sắc nhiệm vụ", column: 1) { rows[r][2] = "3" }
                if let r = Self.row(rows, "Số người hoàn thành tốt nhiệm vụ", column: 1) { rows[r][2] = "11" }
            }
            try text.write(to: inbox.appendingPathComponent(String(format: "T%04d.csv", i)), atomically: false,
                           encoding: .utf8)
        }
        let run = try CLI.run(["consolidate", inbox.path, "-o", dir.path("r.xlsx"), "--json", dir.path("r.json"),
                               "--return-dir", dir.path("tra"), "--date", "2024-06-25"])
        #expect(run.status <= 1, "exit \(run.status): \(run.stderr)")
        let report = try CLI.readWorkbook(dir.url.appendingPathComponent("r.xlsx"))
        #expect(report.sheets.count == 7)
        // The tie's finding names a few units and counts the rest; so does the console.
        let fixes = try #require(report.sheets.first { $0.name == "Cần sửa" })
        let tie = fixes.cells.values.compactMap { cell -> String? in
            if case .text(let s) = cell.value, s.contains("đồng hạng 1") { return s } else { return nil }
        }
        #expect(!tie.isEmpty)
        #expect(tie.allSatisfy { $0.contains("và 1.495 đơn vị khác") && $0.utf16.count < 1_000 }, "\(tie)")
        #expect(run.stdout.contains("đơn vị khác"))
        #expect(run.stdout.split(separator: "\n").allSatisfy { $0.count < 2_000 })
        let json = try CLI.jsonObject(try Data(contentsOf: dir.url.appendingPathComponent("r.json")))
        let subs = try #require(json["submissions"] as? [[String: Any]])
        #expect(subs.count == units)
        #expect(subs.filter { $0["tie"] as? Bool == true }.count == units)
    }
}
