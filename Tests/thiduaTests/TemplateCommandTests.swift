import Foundation
import SheetModel
import Testing

/// `thidua template` run as a process: the files it writes, and that `check` reads
/// them back (empty → every claim missing; filled → scored).
@Suite struct TemplateCommandTests {
    static let codes = ["1", "2", "3", "4a", "4b", "5", "6", "7", "8", "9a", "9b", "10", "11", "12"]

    @Test func blankTemplatesXlsxAndCsv() throws {
        let dir = try TempDir()
        defer { dir.remove() }
        let out = try CLI.run(["template", "-o", dir.path("mau")])
        #expect(out.status == 0)
        #expect(try dir.files("mau") == ["Mau-tu-cham-diem.csv", "Mau-tu-cham-diem.xlsx"])
        let grid = try CLI.readWorkbook(dir.url.appendingPathComponent("mau/Mau-tu-cham-diem.xlsx"))
        #expect(grid.sheets.contains { $0.name == "Tự chấm điểm" && $0.state == .visible })
        #expect(grid.sheets.contains { $0.state != .visible }, "the hidden meta sheet")
        let csv = try Data(contentsOf: dir.url.appendingPathComponent("mau/Mau-tu-cham-diem.csv"))
        #expect(Array(csv.prefix(3)) == [0xEF, 0xBB, 0xBF], "UTF-8 with BOM")
        #expect(String(decoding: csv, as: UTF8.self).contains("Mã,Nội dung,Điểm tối đa,Điểm tự chấm"))
    }

    @Test func formatXlsxOnly() throws {
        let dir = try TempDir()
        defer { dir.remove() }
        #expect(try CLI.run(["template", "-o", dir.url.path, "--format", "xlsx", "-q"]).status == 0)
        #expect(try dir.files() == ["Mau-tu-cham-diem.xlsx"])
    }

    @Test func onePerRosterUnitNamedByCodeAndName() throws {
        let dir = try TempDir()
        defer { dir.remove() }
        #expect(try CLI.run(["template", "-o", dir.url.path, "--roster", CLI.roster.path, "-q"]).status == 0)
        let roster = SimpleCSV.parse(try String(contentsOf: CLI.roster, encoding: .utf8)).dropFirst()
        #expect(roster.count == 20)
        let expected = roster.flatMap { ["\($0[0]) - \($0[1]).xlsx", "\($0[0]) - \($0[1]).csv"] }.sorted()
        let names = try dir.files()
        #expect(names.count == 40)
        #expect(names == expected)

        // The personalised template carries the unit: `check` names it.
        let out = try CLI.run(["check", dir.path("XA09 - Xã Ia Blứ.xlsx"), "--json"])
        let unit = (try CLI.jsonObject(out.stdoutData)["files"] as? [[String: Any]])?.first?["unit"] as? [String: Any]
        #expect(unit?["code"] as? String == "XA09")
        #expect(unit?["name"] as? String == "Xã Ia Blứ")
        #expect(unit?["type"] as? String == "locality")
    }

    @Test func emptyTemplateChecksAsEveryClaimMissing() throws {
        let dir = try TempDir()
        defer { dir.remove() }
        #expect(try CLI.run(["template", "-o", dir.url.path, "-q"]).status == 0)
        for name in ["Mau-tu-cham-diem.xlsx", "Mau-tu-cham-diem.csv"] {
            let out = try CLI.run(["check", dir.path(name), "--json"])
            #expect(out.status == 1, "\(name)")
            let file = try #require((try CLI.jsonObject(out.stdoutData)["files"] as? [[String: Any]])?.first)
            let issues = file["issues"] as? [[String: Any]] ?? []
            let missing = issues.filter { $0["code"] as? String == "claimMissing" }
            #expect(missing.count == Self.codes.count, "\(name)")
            #expect(missing.allSatisfy { ($0["location"] as? String)?.contains("!D") == true }, "\(name)")
            #expect(issues.contains { $0["code"] as? String == "unitNameMissing" }, "\(name)")
        }
    }

    @Test func filledCsvTemplateChecksValid() throws {
        let dir = try TempDir()
        defer { dir.remove() }
        #expect(try CLI.run(["template", "-o", dir.url.path, "--format", "csv", "-q"]).status == 0)
        let template = dir.url.appendingPathComponent("Mau-tu-cham-diem.csv")
        var rows = SimpleCSV.parse(try String(contentsOf: template, encoding: .utf8))
        let header = try #require(rows.firstIndex { $0.first == "Mã" && $0.contains("Điểm tự chấm") })
        let claim = try #require(rows[header].firstIndex(of: "Điểm tự chấm"))
        let evidence = try #require(rows[header].firstIndex(of: "Minh chứng"))
        let maxColumn = try #require(rows[header].firstIndex(of: "Điểm tối đa"))
        let labels: [(String, String)] = [
            ("Tên đơn vị", "Chi bộ Thôn Plei Ơi"), ("Mã đơn vị", "TEST1"), ("Ngày lập", "20/06/2024"),
            ("Tổng số cán bộ", "10"), ("Số bản cam kết", "9"), ("Số người hoàn thành xuất sắc", "3"),
            ("Số người hoàn thành tốt", "7"), ("Tập thể tự xếp loại", "Hoàn thành tốt nhiệm vụ"),
        ]
        for i in rows.indices {
            if i > header, let code = rows[i].first, Self.codes.contains(code) {
                rows[i][claim] = code == "5" ? "7,2" : rows[i][maxColumn]   // 9 of 10 pledges → 7.20
                rows[i][evidence] = "Hồ sơ lưu tại văn phòng"
            }
            if rows[i].count > 2, let label = labels.first(where: { rows[i][1].hasPrefix($0.0) }) {
                rows[i][2] = label.1
            }
        }
        let filled = dir.url.appendingPathComponent("TEST1 - filled.csv")
        try SimpleCSV.write(rows).write(to: filled, atomically: true, encoding: .utf8)

        let out = try CLI.run(["check", filled.path, "--json"])
        #expect(out.status == 0, "\(out.stdout)")
        let file = try #require((try CLI.jsonObject(out.stdoutData)["files"] as? [[String: Any]])?.first)
        #expect(file["status"] as? String == "valid")
        #expect(file["score"] as? Double == 99.2)
        #expect((file["unit"] as? [String: Any])?["name"] as? String == "Chi bộ Thôn Plei Ơi")
        #expect((file["issues"] as? [[String: Any]])?.filter { $0["severity"] as? String != "info" }.isEmpty == true)
    }

    @Test func badOptionsExitTwo() throws {
        let dir = try TempDir()
        defer { dir.remove() }
        #expect(try CLI.run(["template", "-o", dir.url.path, "--format", "pdf"]).status == 2)
        try Data().write(to: dir.url.appendingPathComponent("a-file"))
        #expect(try CLI.run(["template", "-o", dir.path("a-file")]).status == 2)
        #expect(try CLI.run(["template", "--no-such-option"], in: dir.url).status == 2)
        #expect(try dir.files() == ["a-file"])
    }
}
