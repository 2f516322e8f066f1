import Foundation
import SheetModel
import Testing

/// `consolidate --inspected`: a form filled by a third-party client (openpyxl, rows
/// sorted), re-saved by LibreOffice and exported as CSV, applied to Samples/.
/// `Tests/Fixtures/inspection/make_fixtures.py` says what each fixture holds.
@Suite struct InspectionFormReadTests {
    static let fixtures = ["filled-openpyxl.xlsx", "libreoffice-resaved.xlsx", "libreoffice.csv"]

    struct Run {
        let output: CLI.Output
        let json: [String: Any]
        let report: Grid
    }

    static func run(_ dir: TempDir, _ extra: [String], inbox: URL = CLI.inbox, roster: Bool = true) throws -> Run {
        let output = try CLI.run(["consolidate", inbox.path, "-o", dir.path("r.xlsx"), "--json", dir.path("k.json"),
                                  "--date", "2024-06-25"] + (roster ? ["--roster", CLI.roster.path] : []) + extra)
        let json = try CLI.jsonObject(try Data(contentsOf: dir.url.appendingPathComponent("k.json")))
        return Run(output: output, json: json, report: try CLI.readWorkbook(dir.url.appendingPathComponent("r.xlsx")))
    }

    /// The cell of a unit's line in a fixture, as the report names it (`'Phiếu kiểm tra'!J20`).
    static func cell(_ fixture: String, unit: String, line: String) throws -> String {
        let sheet = try CLI.readWorkbook(FormFile.fixture(fixture)).sheets[0]
        let (header, rows) = try FormFile.table(sheet)
        let row = try #require(rows.first { $0.unit == unit && $0.line == line })
        return SourceLocation(file: fixture, sheet: sheet.name, cell: CellRef(row: row.row, column: header["Điểm kiểm tra"]!)).place
    }

    /// The same cell as the report shows it ("J35 (trang Phiếu kiểm tra)").
    static func shownCell(_ fixture: String, unit: String, line: String) throws -> String {
        let sheet = try CLI.readWorkbook(FormFile.fixture(fixture)).sheets[0]
        let (header, rows) = try FormFile.table(sheet)
        let row = try #require(rows.first { $0.unit == unit && $0.line == line })
        let a1 = CellRef(row: row.row, column: header["Điểm kiểm tra"]!).a1
        return fixture.hasSuffix(".csv") ? a1 : "\(a1) (trang \(sheet.name))"
    }

    @Test(arguments: fixtures)
    func filledFormApplies(_ fixture: String) throws {
        let dir = try TempDir()
        defer { dir.remove() }
        let base = try Self.run(dir, [])
        let run = try Self.run(dir, ["--inspected", FormFile.fixture(fixture).path])
        #expect(run.output.status == 1)
        #expect(run.output.stdout.contains("Phiếu kiểm tra \(fixture): dùng điểm kiểm tra ở 13 dòng của 11 đơn vị; 2 lỗi, 1 cảnh báo"))
        let before = try activeSubmissions(base.json), after = try activeSubmissions(run.json)

        // Filled cells: a number, a decimal comma in text, a confirmation, the form over the file.
        #expect(item(after["DB01"], "2")?["verified"] as? Double == 8)
        #expect(item(after["DB01"], "2")?["verifiedSource"] as? String == "form")
        #expect(after["DB01"]?["score"] as? Double == 98)
        #expect(item(after["XA01"], "4b")?["verified"] as? Double == 4.5, "\"4,5\" typed as text")
        #expect(after["XA01"]?["score"] as? Double == 99.28)
        #expect(item(after["DB04"], "8")?["verified"] as? Double == 6, "the form wins over the unit's file")
        #expect((after["DB04"]?["issues"] as? [[String: Any]])?.contains { $0["code"] as? String == "formOverridesFile" } == true)
        #expect(after["CQ03"]?["status"] as? String == "valid")
        #expect(!((after["CQ03"]?["issues"] as? [[String: Any]]) ?? []).contains { $0["code"] as? String == "partialBinary" },
                "the team confirmed the partial claim")
        // Pre-filled points come back from the form; a bad cell is not applied.
        #expect(item(after["CQ01"], "2")?["verifiedSource"] as? String == "form")
        #expect(item(after["XA02"], "1")?["verified"] is NSNull)
        #expect(item(after["CQ01"], "3")?["verified"] is NSNull)

        // Every other unit unchanged.
        let changed: Set<String> = ["DB01", "XA01", "DB04"]
        #expect(Set(before.keys) == Set(after.keys))
        for (code, sub) in before where !changed.contains(code) {
            #expect(sub["score"] as? Double == after[code]?["score"] as? Double, "\(code)")
        }
        #expect(after["XA02"]?["score"] as? Double == before["XA02"]?["score"] as? Double)

        // The form's own findings, with its cells.
        let inspection = try #require(run.json["inspection"] as? [String: Any])
        #expect(inspection["path"] as? String == fixture)
        #expect(inspection["sha256"] as? String == (try FormFile.sha256(FormFile.fixture(fixture))))
        #expect(inspection["applied"] as? Int == 13)
        let issues = try #require(inspection["issues"] as? [[String: Any]])
        let byCode = Dictionary(issues.map { ($0["code"] as? String ?? "", [$0]) }, uniquingKeysWith: +)
        let outOfRange = try #require(byCode["formOutOfRange"]?.first)
        #expect(outOfRange["severity"] as? String == "error")
        #expect(outOfRange["value"] as? String == "7")
        let place = try Self.cell(fixture, unit: "XA02", line: "1")
        #expect(outOfRange["location"] as? String == "\(fixture) \(place)")
        #expect((outOfRange["message"] as? String)?.contains("từ 0 đến 5") == true)
        #expect(byCode["formNotANumber"]?.first?["value"] as? String == "đạt")
        #expect(byCode["formUnitNotInInbox"]?.first?["value"] as? String == "ZZ99 - Đơn vị không có trong thư mục")
        #expect(byCode["formFileChanged"] == nil, "the units' files are the ones the form was made from")
        if fixture.hasSuffix(".csv") {
            #expect(inspection["rubric"] is NSNull)
            #expect(byCode["formNoMeta"]?.first?["severity"] as? String == "info")
        } else {
            #expect(inspection["rubric"] as? String == "142-KH/HU")
            #expect(byCode["formNoMeta"] == nil)
        }

        // The report: the audit lists the form and its hash; "Cần sửa" has its group and cell.
        let audit = try #require(run.report.sheet(named: "Nguồn"))
        let auditTexts = Set(audit.sortedCells.map(\.cell.value.displayText))
        #expect(auditTexts.contains(fixture))
        #expect(auditTexts.contains(try FormFile.sha256(FormFile.fixture(fixture))))
        let fixes = try #require(run.report.sheet(named: "Cần sửa"))
        let group = try #require(fixes.sortedCells.first { $0.cell.value.displayText.hasPrefix("Phiếu kiểm tra: \(fixture)") })
        #expect(group.cell.value.displayText.contains("2 lỗi, 1 cảnh báo"))
        let shown = try Self.shownCell(fixture, unit: "XA02", line: "1")
        #expect(fixes.sortedCells.contains { $0.cell.value == .text(shown) && $0.ref.row > group.ref.row })
        let summary = try #require(run.report.sheet(named: "Tổng hợp"))
        #expect(summary.sortedCells.contains { $0.cell.value == .number(99.28) }, "XA01's verified score in the report")
    }

    @Test func formErrorsAloneMakeExitOne() throws {
        let dir = try TempDir()
        defer { dir.remove() }
        let inbox = dir.url.appendingPathComponent("inbox")
        try FileManager.default.createDirectory(at: inbox, withIntermediateDirectories: true)
        for name in ["DB01 - Đảng bộ Công an huyện.xlsx", "XA02 - Xã Ia Hrú.xlsx"] {
            try FileManager.default.copyItem(at: CLI.inbox.appendingPathComponent(name), to: inbox.appendingPathComponent(name))
        }
        #expect(try Self.run(dir, [], inbox: inbox, roster: false).output.status == 0)
        let run = try Self.run(dir, ["--inspected", FormFile.fixture("filled-openpyxl.xlsx").path], inbox: inbox, roster: false)
        #expect(run.output.status == 1, "the out-of-range cell is an error")
        let subs = try activeSubmissions(run.json)
        #expect(subs["XA02"]?["status"] as? String == "valid", "the team's typo is the form's error, not the unit's")
        #expect(subs["DB01"]?["score"] as? Double == 98)
    }

    @Test func formReadBackAndRewrittenOnTheSamePath() throws {
        let dir = try TempDir()
        defer { dir.remove() }
        let form = dir.url.appendingPathComponent("PhieuKiemTra.xlsx")
        try FileManager.default.copyItem(at: FormFile.fixture("filled-openpyxl.xlsx"), to: form)
        let first = try Self.run(dir, ["--inspected", form.path, "--inspection-form", form.path])
        #expect(first.output.status == 1)
        let sheet = try CLI.readWorkbook(form).sheets[0]
        let rows = Dictionary(uniqueKeysWithValues: try FormFile.table(sheet).rows.map { ("\($0.unit)/\($0.line)", $0) })
        #expect(rows["DB01/2"]?["Điểm kiểm tra"] == .number(8))
        #expect(rows["DB01/2"]?["Ghi chú"] == .text("Thiếu biên bản sinh hoạt tháng 3"))
        #expect(rows["XA01/4b"]?["Điểm kiểm tra"] == .number(4.5))
        #expect(rows["XA02/1"]?["Điểm kiểm tra"] == .number(7), "a bad cell is kept for the team to correct")
        #expect(rows["CQ01/3"]?["Điểm kiểm tra"] == .text("đạt"))
        #expect(rows["ZZ99/1"] == nil, "only the inbox's units")
        #expect(try FormFile.table(sheet).rows.first?.unit == "XA01", "rank order again: DB01 has 98 now")

        let second = try Self.run(dir, ["--inspected", form.path])
        #expect(try activeSubmissions(second.json).mapValues { $0["score"] as? Double }
                == (try activeSubmissions(first.json).mapValues { $0["score"] as? Double }), "the round trip is stable")
    }

    @Test func aFilledFormIsNeverOverwrittenUnread() throws {
        let dir = try TempDir()
        defer { dir.remove() }
        let filled = dir.url.appendingPathComponent("PhieuKiemTra.xlsx")
        try FileManager.default.copyItem(at: FormFile.fixture("filled-openpyxl.xlsx"), to: filled)
        let bytes = try Data(contentsOf: filled)
        let refused = try CLI.run(["consolidate", CLI.inbox.path, "--roster", CLI.roster.path, "-o", dir.path("r.xlsx"),
                                   "--inspection-form", filled.path])
        #expect(refused.status == 2)
        #expect(refused.stderr.contains("--inspected " + filled.path))
        #expect(try Data(contentsOf: filled) == bytes)

        // A form thidua wrote and nobody filled is simply replaced.
        let fresh = dir.path("moi.xlsx")
        for _ in 0..<2 {
            let out = try CLI.run(["consolidate", CLI.inbox.path, "--roster", CLI.roster.path, "-o", dir.path("r.xlsx"),
                                   "--inspection-form", fresh])
            #expect(out.status == 1)
        }
    }

    @Test func aUnitFileChangedSinceTheFormStillAppliesWithAWarning() throws {
        let dir = try TempDir()
        defer { dir.remove() }
        let inbox = try dir.copyOfInbox()
        let xa08 = inbox.appendingPathComponent("XA08 - Xã Ia Le.csv")
        let handle = try FileHandle(forWritingTo: xa08)
        try handle.seekToEnd()
        try handle.write(contentsOf: Data("\r\n".utf8))
        try handle.close()
        let run = try Self.run(dir, ["--inspected", FormFile.fixture("libreoffice-resaved.xlsx").path], inbox: inbox)
        let issues = try #require((run.json["inspection"] as? [String: Any])?["issues"] as? [[String: Any]])
        let changed = issues.filter { $0["code"] as? String == "formFileChanged" }
        #expect(changed.count == 1)
        #expect(changed.first?["severity"] as? String == "warning")
        #expect(changed.first?["value"] as? String == "XA08 - Xã Ia Le.csv")
        #expect(item(try activeSubmissions(run.json)["XA08"], "6")?["verifiedSource"] as? String == "form")
    }

    @Test func badFormOptionsAreConfigurationErrors() throws {
        let dir = try TempDir()
        defer { dir.remove() }
        func consolidate(_ extra: [String]) throws -> CLI.Output {
            try CLI.run(["consolidate", CLI.inbox.path, "--roster", CLI.roster.path, "-o", dir.path("r.xlsx")] + extra)
        }
        let missing = try consolidate(["--inspected", dir.path("khong-co.xlsx")])
        #expect(missing.status == 2)
        #expect(missing.stderr.contains("Không mở được phiếu kiểm tra") && missing.stderr.contains("khong-co.xlsx"))
        let notAForm = try consolidate(["--inspected", CLI.roster.path])
        #expect(notAForm.status == 2)
        #expect(notAForm.stderr.contains("không phải phiếu kiểm tra"))
        let broken = dir.url.appendingPathComponent("hong.xlsx")
        try Data("PK\u{03}\u{04}not a zip".utf8).write(to: broken)
        let unreadable = try consolidate(["--inspected", broken.path])
        #expect(unreadable.status == 2)
        #expect(unreadable.stderr.contains("Không đọc được phiếu kiểm tra"))
        let inInbox = CLI.inbox.appendingPathComponent("DB01 - Đảng bộ Công an huyện.xlsx").path
        #expect(try consolidate(["--inspected", inInbox]).status == 2)
        #expect(try consolidate(["--inspection-form", CLI.inbox.appendingPathComponent("phieu.xlsx").path]).status == 2)
        let form = FormFile.fixture("filled-openpyxl.xlsx").path
        let overwrite = try CLI.run(["consolidate", CLI.inbox.path, "-o", form, "--inspected", form])
        #expect(overwrite.status == 2, "the report must not overwrite the team's form")
        #expect(try consolidate(["--inspection-form", CLI.roster.path]).status == 2)
        #expect(!FileManager.default.fileExists(atPath: CLI.inbox.appendingPathComponent("phieu.xlsx").path))
        #expect(!FileManager.default.fileExists(atPath: dir.path("r.xlsx")), "nothing written on a configuration error")
    }
}
