import Foundation
import Testing

/// `thidua consolidate` on an inbox holding archives, run as a process: a .zip with two
/// submissions gives two scored units, named `archive › entry` in the JSON, the report's
/// sheets and the return lists.
@Suite struct ArchiveInboxTests {
    static let archives = CLI.root.appendingPathComponent("Tests/Fixtures/formats/archives")

    @Test func zipWithTwoSubmissionsGivesTwoScoredUnits() throws {
        let dir = try TempDir()
        defer { dir.remove() }
        let inbox = dir.url.appendingPathComponent("inbox")
        try FileManager.default.createDirectory(at: inbox, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: Self.archives.appendingPathComponent("two-submissions.zip"),
                                         to: inbox.appendingPathComponent("bai-nop.zip"))
        try FileManager.default.copyItem(at: Self.archives.appendingPathComponent("two-submissions.rar"),
                                         to: inbox.appendingPathComponent("gui-lai.rar"))
        let out = try CLI.run(["consolidate", inbox.path, "--roster", CLI.roster.path, "-o", dir.path("r.xlsx"),
                               "--json", dir.path("k.json"), "--return-dir", dir.path("tra-lai"), "--date", "2024-06-25"])
        #expect(out.status == 0, "\(out.stderr)")
        let json = try CLI.jsonObject(try Data(contentsOf: URL(fileURLWithPath: dir.path("k.json"))))
        let subs = try #require(json["submissions"] as? [[String: Any]])
        let files = subs.compactMap { $0["file"] as? String }
        #expect(files.contains("bai-nop.zip › Bài nộp/DB01 - Đảng bộ Công an huyện.xlsx"))
        #expect(files.contains("bai-nop.zip › XA01 - Thị trấn Nhơn Hòa.xlsx"))
        #expect(files.contains("gui-lai.rar › DB01.xlsx") && files.contains("gui-lai.rar › XA01.xlsx"))
        let used = subs.filter { $0["superseded"] as? Bool == false && $0["rank"] is Int }
        #expect(Set(used.compactMap { ($0["unit"] as? [String: Any])?["code"] as? String }) == ["DB01", "XA01"],
                "two units scored (each also sent twice: one copy supersedes the other)")
        #expect(Set(used.compactMap { $0["score"] as? Double }) == [100, 99.78])

        let grid = try CLI.readWorkbook(URL(fileURLWithPath: dir.path("r.xlsx")))
        let audit = try #require(grid.sheet(named: "Nguồn"))
        let header = try #require(audit.find("Tệp"))
        let listed = audit.column(header.column, from: header.row + 1)
        #expect(listed.contains("bai-nop.zip › Minh chứng/Kế hoạch.pdf"), "the evidence scan is listed, not read")
        #expect(listed.contains("bai-nop.zip › XA01 - Thị trấn Nhơn Hòa.xlsx"))
        #expect(!listed.contains("bai-nop.zip"))
        #expect(try dir.files("tra-lai").isEmpty, "nothing to fix")
    }

    @Test func inspectShowsTheNewFormats() throws {
        let fixtures = CLI.root.appendingPathComponent("Tests/Fixtures/formats")
        for (file, format) in [("producers/libreoffice.ods", "ods"), ("producers/libreoffice.fods", "fods"),
                               ("producers/libreoffice.xls", "xls")] {
            let out = try CLI.run(["inspect", fixtures.appendingPathComponent(file).path, "--json"])
            #expect(out.status == 0)
            let object = try CLI.jsonObject(out.stdoutData)
            #expect(object["format"] as? String == format, "\(file)")
            #expect(out.stdout.contains(##"["Tên đơn vị:","Chi bộ Xã Ia Tô"]"##), "\(file)")
        }
    }

    @Test func inspectOfAnArchiveShowsEachSpreadsheet() throws {
        let zip = Self.archives.appendingPathComponent("two-submissions.zip").path
        let out = try CLI.run(["inspect", zip, "--json"])
        #expect(out.status == 0)
        let object = try CLI.jsonObject(out.stdoutData)
        #expect(object["format"] as? String == "zip")
        let entries = try #require(object["entries"] as? [[String: Any]])
        #expect(entries.compactMap { $0["file"] as? String } == [
            zip + " › Bài nộp/DB01 - Đảng bộ Công an huyện.xlsx", zip + " › XA01 - Thị trấn Nhơn Hòa.xlsx",
        ], "the evidence .pdf is not read")
        #expect(entries.allSatisfy { $0["format"] as? String == "xlsx" && $0["sheets"] is [Any] })
    }
}
