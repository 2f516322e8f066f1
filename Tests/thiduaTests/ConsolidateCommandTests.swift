import Foundation
import SheetModel
import Testing

/// `thidua consolidate` on Samples/ run as a process: exit code, the JSON of SPEC §9 and
/// the workbook read back with thidua's own reader. Samples/make_samples.py says what
/// each sample unit is meant to show.
@Suite struct ConsolidateCommandTests {
    /// One consolidation of Samples/ into a fresh folder.
    struct Run {
        let dir: TempDir
        let output: CLI.Output
        var report: URL { dir.url.appendingPathComponent("BaoCaoTongHop.xlsx") }
        var json: URL { dir.url.appendingPathComponent("ket-qua.json") }
    }

    static func consolidate(_ extra: [String] = [], inbox: URL = CLI.inbox) throws -> Run {
        let dir = try TempDir()
        let output = try CLI.run(["consolidate", inbox.path, "--roster", CLI.roster.path,
                                  "-o", dir.path("BaoCaoTongHop.xlsx"), "--json", dir.path("ket-qua.json"),
                                  "--date", "2024-06-25"] + extra)
        return Run(dir: dir, output: output)
    }

    /// The submissions of the JSON summary by file name.
    static func submissions(_ json: [String: Any]) throws -> [String: [String: Any]] {
        let list = try #require(json["submissions"] as? [[String: Any]])
        return Dictionary(uniqueKeysWithValues: list.map { ($0["file"] as? String ?? "?", $0) })
    }

    /// The inbox file a path of the report names: an archive's entry `a.zip › b.xlsx` is `a.zip`.
    static func inboxFile(_ path: String) -> String {
        path.components(separatedBy: " › ").first ?? path
    }

    static func issueCodes(_ sub: [String: Any]?) -> [String] {
        (sub?["issues"] as? [[String: Any]] ?? []).compactMap { $0["code"] as? String }
    }

    @Test func samplesExitOneWithStatusesAsScenarioed() throws {
        let run = try Self.consolidate()
        defer { run.dir.remove() }
        #expect(run.output.status == 1, "some sample submissions need fixing: exit 1, report still written")
        let json = try CLI.jsonObject(try Data(contentsOf: run.json))
        let rubric = try #require(json["rubric"] as? [String: Any])
        #expect(rubric["id"] as? String == "142-KH/HU")
        #expect(rubric["total"] as? Double == 100)

        let subs = try Self.submissions(json)
        func sub(_ prefix: String) -> [String: Any]? { subs.first { $0.key.hasPrefix(prefix) }?.value }
        let fields = ["file", "format", "status", "unit", "period", "claimedTotal", "score", "items", "counts",
                      "nominees", "issues", "rank", "eligible", "ineligibleReasons", "award", "tie", "superseded"]
        for (file, s) in subs {
            #expect(fields.filter { s[$0] == nil }.isEmpty, "\(file) lacks \(fields.filter { s[$0] == nil })")
        }
        // Valid, valid with warnings, needing fixes — each as the scenario says.
        let expected: [(String, String, [String])] = [
            ("DB01", "valid", []), ("CQ03", "valid", ["partialBinary"]), ("XA04", "valid", ["noEvidence"]),
            ("XA05", "valid", ["computedDiffers"]), ("CQ04", "invalid", ["aboveMax", "notANumber"]),
            ("XA06", "invalid", ["pledgesAboveStaff", "claimMissing"]), ("DB03", "invalid", ["ratedAboveStaff"]),
            ("CQ06", "valid", []), ("DB05", "invalid", ["htmlAsXLS"]),
        ]
        for (code, status, codes) in expected {
            #expect(sub(code)?["status"] as? String == status, "\(code)")
            #expect(Set(Self.issueCodes(sub(code)).filter { $0 != "verifiedDiffers" }) == Set(codes), "\(code)")
        }
        let db01 = try #require(sub("DB01"))
        #expect((db01["items"] as? [[String: Any]])?.count == 14)
        #expect((db01["items"] as? [[String: Any]])?.first?["verified"] is NSNull, "unknown values are null")
        #expect((db01["unit"] as? [String: Any])?["type"] as? String == "party")
        #expect((db01["counts"] as? [String: Any])?["staff"] as? Double == 48)
        #expect(sub("DB05")?["unit"] is NSNull || (sub("DB05")?["unit"] as? [String: Any])?["code"] is NSNull)
        // Every format a unit sends is scored the same: LibreOffice's .ods, Excel 97–2003 .xls,
        // a workbook inside a .zip (named "archive › entry" everywhere).
        #expect(sub("CQ02")?["format"] as? String == "ods")
        #expect(sub("CQ02")?["score"] as? Double == 96.36, "LibreOffice .ods with verified points")
        #expect(sub("CQ06")?["format"] as? String == "xls")
        #expect(sub("CQ06")?["score"] as? Double == 93, "Excel 97–2003 .xls with verified points")
        #expect(subs["XA03 - Xã Ia Rong.zip › XA03 - Xã Ia Rong.xlsx"]?["score"] as? Double == 97.71, "zipped")
        #expect(sub("CQ05")?["format"] as? String == "csv")
        #expect(sub("CQ05")?["eligible"] as? Bool == false, "criterion 12 not met")
        #expect(sub("XA04")?["eligible"] as? Bool == false, "a line scored 0 for want of evidence")
        // XA04 wrote "Không" as the evidence of line 10: read as no evidence, scored 0, with its warning.
        let xa04Items = sub("XA04")?["items"] as? [[String: Any]] ?? []
        #expect(xa04Items.first { $0["code"] as? String == "10" }?["score"] as? Double == 0)
        #expect(xa04Items.first { $0["code"] as? String == "10" }?["claimed"] as? Double == 8)
        let said = (sub("XA04")?["issues"] as? [[String: Any]] ?? []).compactMap { $0["message"] as? String }
        #expect(said.contains { $0.contains("minh chứng ghi “Không” được hiểu là chưa có minh chứng") }, "\(said)")
        #expect(sub("XA08")?["format"] as? String == "csv")
        #expect(sub("XA08")?["score"] as? Double == 97.85, "Windows-1258 CSV with decimal comma")
        #expect(sub("DB04")?["score"] as? Double == 96, "LibreOffice re-save with verified points")
        #expect(sub("XA05")?["score"] as? Double == 97, "criterion 5 recomputed from the counts")
    }

    @Test func samplesRankingAwardsSupersessionAndMissing() throws {
        let run = try Self.consolidate()
        defer { run.dir.remove() }
        let json = try CLI.jsonObject(try Data(contentsOf: run.json))
        let subs = try Self.submissions(json)
        func sub(_ prefix: String) -> [String: Any]? { subs.first { $0.key.hasPrefix(prefix) }?.value }

        #expect(sub("DB01")?["rank"] as? Int == 1)
        #expect(sub("DB01")?["award"] as? String == "excellent")
        #expect(sub("XA01")?["rank"] as? Int == 2)
        #expect(sub("XA01")?["score"] as? Double == 99.78)
        #expect(sub("XA01")?["award"] as? String == "good")
        #expect(sub("XA01")?["tie"] as? Bool == false)
        for code in ["XA02", "CQ01"] {   // 98 each, one "Tốt" and one "Khá" place: the council decides
            #expect(sub(code)?["rank"] as? Int == 3, "\(code)")
            #expect(sub(code)?["score"] as? Double == 98, "\(code)")
            #expect(sub(code)?["tie"] as? Bool == true, "\(code)")
            #expect(sub(code)?["award"] is NSNull, "\(code): a tied unit holds no level")
            #expect(sub(code)?["contends"] as? [String] == ["good", "fair"], "\(code)")
        }
        #expect(sub("DB01")?["contends"] as? [String] == [])
        // No level is held by more units than its quota.
        let quotas = ["excellent": 1, "good": 2, "fair": 3]
        for (level, quota) in quotas {
            let holders = subs.values.filter { $0["award"] as? String == level }.count
            #expect(holders <= quota, "\(level): \(holders) units for \(quota) places")
        }
        #expect(sub("XA07 - Xã Ia Phang (lần 2")?["rank"] as? Int == 5, "competition ranking skips 4")
        #expect(sub("XA07 - Xã Ia Phang (lần 2")?["award"] as? String == "fair")
        #expect(sub("DB02")?["award"] is NSNull, "below the quotas: null award")

        let first = try #require(sub("XA07 - Xã Ia Phang (lần 1)"))
        #expect(first["superseded"] as? Bool == true)
        #expect(first["rank"] is NSNull)
        #expect(first["eligible"] as? Bool == false)
        #expect(sub("XA07 - Xã Ia Phang (lần 2")?["superseded"] as? Bool == false)
        for invalid in ["CQ04", "XA06", "DB03"] { #expect(sub(invalid)?["rank"] is NSNull, "\(invalid)") }

        let missing = try #require(json["missing"] as? [[String: Any]])
        #expect(missing.compactMap { $0["code"] as? String } == ["DB05", "XA09"], "roster order; DB05 sent a web page")
        #expect(missing.last?["name"] as? String == "Xã Ia Blứ")
        #expect(missing.last?["type"] as? String == "locality")

        let files = try #require(json["files"] as? [[String: Any]])
        let inboxNames = try FileManager.default.contentsOfDirectory(atPath: CLI.inbox.path)
        #expect(Set(files.compactMap { ($0["path"] as? String).map(Self.inboxFile) }) == Set(inboxNames),
                "every file of the inbox (an archive by its entries)")
        func status(_ prefix: String) -> String? {
            files.first { ($0["path"] as? String)?.hasPrefix(prefix) == true }?["status"] as? String
        }
        #expect(status("DB01") == "used")
        #expect(status("XA07 - Xã Ia Phang (lần 1)") == "superseded")
        #expect(status("XA07 - Xã Ia Phang (lần 2") == "used")
        #expect(status("CQ04") == "invalid")
        #expect(status("CQ06") == "used")
        #expect(status("DB05") == "unsupported")
        #expect(status("XA03 - Xã Ia Rong.zip › XA03") == "used")
        #expect(status("XA03 - Xã Ia Rong.zip › Minh chứng/") == "skipped", "the evidence scan beside the sheet")
        #expect(status("~$XA02") == "skipped")
        for file in files where file["status"] as? String != "skipped" {
            let hash = file["sha256"] as? String ?? ""
            #expect(hash.count == 64 && hash.allSatisfy { $0.isHexDigit && !$0.isUppercase }, "\(file["path"] ?? "")")
            #expect(file["format"] is String)
        }
        #expect(files.first { ($0["path"] as? String)?.hasPrefix("~$") == true }?["reason"] is String)
    }

    @Test func workbookReadBackWithOwnReader() throws {
        let run = try Self.consolidate()
        defer { run.dir.remove() }
        let grid = try CLI.readWorkbook(run.report)
        #expect(grid.sheets.map(\.name) == ["Tổng hợp", "Chi tiết tiêu chí", "Đề nghị khen thưởng", "Cần sửa",
                                             "Chưa nộp", "Biểu đồ", "Nguồn"])

        let summary = try #require(grid.sheet(named: "Tổng hợp"))
        #expect(summary[0, 0].value == .text("ĐẢNG BỘ TỈNH GIA LAI"))
        let rankHeader = try #require(summary.find("Hạng"), "the ranked table's header")
        let accepted = try #require(summary.find("Điểm được công nhận"))
        let code = try #require(summary.find("Mã"))
        #expect(accepted.row == rankHeader.row && code.row == rankHeader.row)
        let top = rankHeader.row + 1
        #expect(summary[top, rankHeader.column].value == .number(1))
        #expect(summary[top, code.column].value == .text("DB01"))
        #expect(summary[top, accepted.column].value == .number(100), "a number, not text")
        #expect(summary[top + 1, code.column].value == .text("XA01"))
        #expect(summary[top + 1, accepted.column].value == .number(99.78))
        let codes = summary.column(code.column, from: top)
        #expect(Array(codes.prefix(4)) == ["DB01", "XA01", "CQ01", "XA02"], "the tie in Vietnamese order of names")
        let status = try #require(summary.find("Trạng thái"))
        let statuses = summary.column(status.column, from: top)
        #expect(statuses.count == codes.count)
        let byCode = Dictionary(zip(codes, statuses).map { ($0, [$1]) }, uniquingKeysWith: +)
        #expect(byCode["DB01"] == ["Hợp lệ"])
        #expect(byCode["XA04"] == ["Hợp lệ, có cảnh báo"])
        #expect(byCode["CQ04"] == ["Cần sửa"])
        #expect(byCode["XA07"].map(Set.init) == ["Hợp lệ", "Bị thay thế"])
        #expect(["DB05", "XA09"].map { byCode[$0] } == [["Chưa nộp"], ["Chưa nộp"]])
        #expect(byCode["CQ06"] == ["Hợp lệ"], "an Excel 97–2003 file is read")

        let missing = try #require(grid.sheet(named: "Chưa nộp"))
        let missingCode = try #require(missing.find("Mã"))
        #expect(missing.column(missingCode.column, from: missingCode.row + 1) == ["DB05", "XA09"])

        let audit = try #require(grid.sheet(named: "Nguồn"))
        let fileHeader = try #require(audit.find("Tệp"))
        let listed = audit.column(fileHeader.column, from: fileHeader.row + 1)
        let inboxNames = try FileManager.default.contentsOfDirectory(atPath: CLI.inbox.path)
        #expect(Set(listed.map(Self.inboxFile)) == Set(inboxNames))
        #expect(listed.count == inboxNames.count + 1, "the zip is listed by its two entries")
        #expect(listed.contains("XA03 - Xã Ia Rong.zip › XA03 - Xã Ia Rong.xlsx"))

        let fixes = try #require(grid.sheet(named: "Cần sửa"))
        let fixTexts = Set(fixes.sortedCells.map(\.cell.value.displayText))
        #expect(fixTexts.contains("CQ04 - Phòng Văn hóa và Thông tin"))
        #expect(fixTexts.contains { $0.contains("D20") })
    }

    @Test func summaryInEnglish() throws {
        let run = try Self.consolidate(["--lang", "en"])
        defer { run.dir.remove() }
        #expect(run.output.status == 1)
        #expect(run.output.stdout.contains("Files read: 20 (skipped: 2)"))
        #expect(run.output.stdout.contains("Not submitted: 2"))
        #expect(run.output.stdout.contains("Report: " + run.report.path))
        #expect(!run.output.stdout.contains("Báo cáo:"))
    }

    @Test func aReturnFolderThatCannotBeMadeStillLeavesTheReportAndJSON() throws {
        let dir = try TempDir()
        defer { dir.remove() }
        try Data("không phải thư mục".utf8).write(to: dir.url.appendingPathComponent("tep"))
        let out = try CLI.run(["consolidate", CLI.inbox.path, "--roster", CLI.roster.path, "-o", dir.path("r.xlsx"),
                               "--json", dir.path("k.json"), "--return-dir", dir.path("tep/tra-lai"), "-q"])
        #expect(out.status == 3)
        #expect(out.stderr.contains("tep/tra-lai"))
        #expect(FileManager.default.fileExists(atPath: dir.path("r.xlsx")))
        #expect(FileManager.default.fileExists(atPath: dir.path("k.json")))
    }

    @Test func returnListsOnePerUnitWithErrorsOrWarnings() throws {
        let dir = try TempDir()
        defer { dir.remove() }
        let out = try CLI.run(["consolidate", CLI.inbox.path, "--roster", CLI.roster.path, "-o", dir.path("r.xlsx"),
                               "--return-dir", dir.path("tra-lai"), "-q"])
        #expect(out.status == 1)
        let names = try dir.files("tra-lai")
        #expect(names == ["CQ03 - Phòng Tư pháp - can sua.xlsx",
                          "CQ04 - Phòng Văn hóa và Thông tin - can sua.xlsx",
                          "DB03 - Chi bộ Văn phòng Huyện ủy - can sua.xlsx",
                          "XA04 - Xã Ia Dreng - can sua.xlsx",
                          "XA05 - Xã Ia Hla - can sua.xlsx",
                          "XA06 - Xã Chư Don - can sua.xlsx"])
        for name in names {
            let grid = try CLI.readWorkbook(dir.url.appendingPathComponent("tra-lai/" + name))
            #expect(!grid.sheets.isEmpty, "\(name)")
        }
        let cq04 = try CLI.readWorkbook(dir.url.appendingPathComponent("tra-lai/" + names[1]))
        let texts = cq04.sheets.flatMap { $0.sortedCells.map(\.cell.value.displayText) }
        #expect(texts.contains { $0.contains("D20") } && texts.contains { $0.contains("D26") }, "the cells to fix")
        #expect(!texts.contains { $0.contains("Xã Chư Don") }, "only this unit's findings")
    }
}

/// Determinism (SPEC §6, §7): same inbox → byte-identical report and JSON, whatever the
/// listing order, file times and thread count.
extension ConsolidateCommandTests {
    @Test func twoRunsGiveIdenticalBytes() throws {
        let a = try Self.consolidate(["-q"]), b = try Self.consolidate(["-q"])
        defer { a.dir.remove(); b.dir.remove() }
        #expect(a.output.status == 1 && b.output.status == 1)
        #expect(try Data(contentsOf: a.report) == Data(contentsOf: b.report))
        #expect(try Data(contentsOf: a.json) == Data(contentsOf: b.json))
    }

    @Test func inboxCopiedInReverseOrderWithOtherTimesGivesIdenticalBytes() throws {
        let dir = try TempDir()
        defer { dir.remove() }
        let shuffled = dir.url.appendingPathComponent("inbox")
        try FileManager.default.createDirectory(at: shuffled, withIntermediateDirectories: true)
        let names = try FileManager.default.contentsOfDirectory(atPath: CLI.inbox.path).sorted().reversed()
        // Created last name first, each an hour older than the next: the second XA07 file is
        // now the older one on disk, but its sheet date (which decides) is still the newer.
        let base = Date(timeIntervalSince1970: 1_700_000_000)
        for (i, name) in names.enumerated() {
            let target = shuffled.appendingPathComponent(name)
            try Data(contentsOf: CLI.inbox.appendingPathComponent(name)).write(to: target)
            try FileManager.default.setAttributes([.modificationDate: base.addingTimeInterval(Double(i) * 3600)],
                                                  ofItemAtPath: target.path)
        }
        let original = try Self.consolidate(["-q"])
        let copy = try Self.consolidate(["-q"], inbox: shuffled)
        defer { original.dir.remove(); copy.dir.remove() }
        #expect(copy.output.status == 1)
        #expect(try Data(contentsOf: original.report) == Data(contentsOf: copy.report))
        #expect(try Data(contentsOf: original.json) == Data(contentsOf: copy.json))
    }

    @Test func fileTimeDecidesOnlyWhenSheetDatesTie() throws {
        let dir = try TempDir()
        defer { dir.remove() }
        let inbox = dir.url.appendingPathComponent("inbox")
        try FileManager.default.createDirectory(at: inbox, withIntermediateDirectories: true)
        let original = "XA08 - Xã Ia Le.csv", copy = "XA08 - Xã Ia Le (bản khác).csv"
        for name in [original, copy] {
            try FileManager.default.copyItem(at: CLI.inbox.appendingPathComponent(original),
                                             to: inbox.appendingPathComponent(name))
        }
        let base = Date(timeIntervalSince1970: 1_718_000_000)
        for (newer, older) in [(original, copy), (copy, original)] {
            try FileManager.default.setAttributes([.modificationDate: base.addingTimeInterval(3600)],
                                                  ofItemAtPath: inbox.appendingPathComponent(newer).path)
            try FileManager.default.setAttributes([.modificationDate: base],
                                                  ofItemAtPath: inbox.appendingPathComponent(older).path)
            let json = dir.path("ket-qua.json")
            let out = try CLI.run(["consolidate", inbox.path, "-o", dir.path("r.xlsx"), "--json", json, "-q"])
            #expect(out.status == 0)
            let files = try #require(try CLI.jsonObject(try Data(contentsOf: URL(fileURLWithPath: json)))["files"]
                as? [[String: Any]])
            let status = Dictionary(uniqueKeysWithValues: files.map { ($0["path"] as? String ?? "", $0["status"] as? String) })
            #expect(status[newer] == "used", "the newer file time wins when the sheet dates are equal")
            #expect(status[older] == "superseded")
        }
    }

    @Test func threadCountDoesNotChangeTheReport() throws {
        let one = try Self.consolidate(["-q", "--threads", "1"]), two = try Self.consolidate(["-q", "--threads", "2"])
        defer { one.dir.remove(); two.dir.remove() }
        #expect(try Data(contentsOf: one.report) == Data(contentsOf: two.report))
        #expect(try Data(contentsOf: one.json) == Data(contentsOf: two.json))
    }
}

/// Outputs (SPEC §7, §9): exit 3 when they cannot be written, leaving nothing behind;
/// exit 2 before touching anything when an output would land on an input.
extension ConsolidateCommandTests {
    static func leftovers(_ dir: URL) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: dir.path).filter { $0.hasPrefix(".~thidua-") }
    }

    @Test func unwritableOutputExitsThreeWithoutPartialFile() throws {
        let dir = try TempDir()
        defer { dir.remove() }
        // Tests run as root, so chmod cannot stop writing: put the report under a regular file.
        let blocker = dir.url.appendingPathComponent("blocker")
        try Data("x".utf8).write(to: blocker)
        let out = try CLI.run(["consolidate", CLI.inbox.path, "-o", blocker.path + "/report.xlsx", "-q"])
        #expect(out.status == 3)
        #expect(!out.stderr.isEmpty)
        #expect(try Data(contentsOf: blocker) == Data("x".utf8))
        #expect(try dir.files() == ["blocker"])

        // A report path that is an existing folder: the rename fails; no temporary file stays.
        let folder = dir.url.appendingPathComponent("folder")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let second = try CLI.run(["consolidate", CLI.inbox.path, "-o", folder.path, "-q"])
        #expect(second.status == 3)
        #expect(try dir.files() == ["blocker", "folder"])
        #expect(try dir.files("folder").isEmpty)

        let json = try CLI.run(["consolidate", CLI.inbox.path, "-o", dir.path("r.xlsx"),
                                "--json", blocker.path + "/ket-qua.json", "-q"])
        #expect(json.status == 3)
        #expect(try Self.leftovers(dir.url).isEmpty)
    }

    @Test func outputInsideTheInboxOrOnAnInputIsRefused() throws {
        let dir = try TempDir()
        defer { dir.remove() }
        let inbox = try dir.copyOfInbox()
        let roster = dir.url.appendingPathComponent("roster.csv")
        try FileManager.default.copyItem(at: CLI.roster, to: roster)
        let before = try snapshot(inbox), rosterBefore = try Data(contentsOf: roster)
        let input = inbox.appendingPathComponent("XA01 - Thị trấn Nhơn Hòa.xlsx").path
        let attempts: [[String]] = [
            ["-o", inbox.appendingPathComponent("BaoCaoTongHop.xlsx").path],
            ["-o", input],
            ["-o", dir.path("r.xlsx"), "--json", input],
            ["-o", dir.path("r.xlsx"), "--return-dir", inbox.appendingPathComponent("tra-lai").path],
            ["-o", roster.path],
            ["-o", dir.path("r.xlsx"), "--json", roster.path],
            ["-o", dir.path("r.xlsx"), "--json", dir.path("r.xlsx")],
        ]
        for extra in attempts {
            let out = try CLI.run(["consolidate", inbox.path, "--roster", roster.path, "-q"] + extra)
            #expect(out.status == 2, "\(extra)")
            #expect(!out.stderr.isEmpty, "\(extra)")
        }
        #expect(try snapshot(inbox) == before, "the inbox is untouched")
        #expect(try Data(contentsOf: roster) == rosterBefore, "the roster is untouched")
        #expect(try dir.files() == ["inbox", "roster.csv"], "nothing written")
    }

    @Test func usageErrorsExitTwo() throws {
        let dir = try TempDir()
        defer { dir.remove() }
        let missing = try CLI.run(["consolidate", dir.path("no-such-inbox"), "-o", dir.path("r.xlsx")])
        #expect(missing.status == 2)
        #expect(missing.stderr.contains("no-such-inbox"))
        #expect(try CLI.run(["consolidate", CLI.inbox.path, "--no-such-option"], in: dir.url).status == 2)
        #expect(try CLI.run(["consolidate", CLI.inbox.path, "--threads", "0"], in: dir.url).status == 2)
        #expect(try CLI.run(["consolidate", CLI.inbox.path, "--date", "25/06/2024"], in: dir.url).status == 2)
        #expect(try dir.files().isEmpty)
    }
}
