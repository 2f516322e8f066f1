import Foundation
import SheetModel
import Testing

/// `consolidate --inspection-form`: the form written from Samples/, read back with
/// thidua's own reader.
@Suite struct InspectionFormWriteTests {
    static func consolidate(_ dir: TempDir, _ extra: [String], inbox: URL = CLI.inbox) throws -> CLI.Output {
        try CLI.run(["consolidate", inbox.path, "--roster", CLI.roster.path, "-o", dir.path("r.xlsx"),
                     "--json", dir.path("k.json"), "--date", "2024-06-25"] + extra)
    }

    @Test func formFromSamplesHasEveryActiveUnitAndLineInRankOrder() throws {
        let dir = try TempDir()
        defer { dir.remove() }
        let out = try Self.consolidate(dir, ["--inspection-form", dir.path("PhieuKiemTra.xlsx")])
        #expect(out.status == 1)
        #expect(out.stdout.contains("Phiếu kiểm tra: " + dir.path("PhieuKiemTra.xlsx")))
        let grid = try CLI.readWorkbook(dir.url.appendingPathComponent("PhieuKiemTra.xlsx"))
        #expect(grid.sheets.map(\.name) == ["Phiếu kiểm tra", "_thidua_form"])
        #expect(grid.sheets.map(\.state) == [.visible, .hidden])
        let sheet = grid.sheets[0]
        #expect(sheet[0, 0].value == .text("ĐẢNG BỘ TỈNH GIA LAI"))
        #expect(sheet.find("PHIẾU KIỂM TRA KẾT QUẢ THI ĐUA") != nil)
        let (header, rows) = try FormFile.table(sheet)
        #expect(header.sorted { $0.value < $1.value }.map(\.key) == [
            "Mã đơn vị", "Tên đơn vị", "Mã", "Nội dung", "Điểm tối đa", "Điểm tự chấm", "Minh chứng",
            "Điểm tính từ số liệu", "Trạng thái", "Điểm kiểm tra", "Ghi chú"])

        // Units in use: ranked first (rank order), then those needing fixes, then the rest.
        let json = try CLI.jsonObject(try Data(contentsOf: dir.url.appendingPathComponent("k.json")))
        let subs = try #require(json["submissions"] as? [[String: Any]]).filter {
            $0["superseded"] as? Bool == false && !(($0["items"] as? [Any]) ?? []).isEmpty   // read, in use
        }
        func code(_ s: [String: Any]) -> String { (s["unit"] as? [String: Any])?["code"] as? String ?? "" }
        let expected = subs.filter { $0["rank"] is Int }.map(code)
            + subs.filter { !($0["rank"] is Int) && $0["status"] as? String == "invalid" }.map(code)
            + subs.filter { !($0["rank"] is Int) && $0["status"] as? String != "invalid" }.map(code)
        #expect(rows.count == expected.count * 14, "one row per unit and line")
        let units = stride(from: 0, to: rows.count, by: 14).map { rows[$0].unit }
        #expect(units == expected)
        #expect(units.first == "DB01" && !units.contains("DB05"), "rank 1 first; an unreadable file has no rows")
        #expect(rows.prefix(14).map(\.line) == ["1", "2", "3", "4a", "4b", "5", "6", "7", "8", "9a", "9b", "10", "11", "12"])
        #expect(units.filter { $0 == "XA07" }.count == 1, "the superseded file of XA07 is left out")

        // What the unit claimed and on what evidence; verified points pre-filled.
        let byKey = Dictionary(uniqueKeysWithValues: rows.map { ("\($0.unit)/\($0.line)", $0) })
        #expect(byKey["XA01/5"]?["Điểm tự chấm"] == .number(7.78))
        #expect(byKey["XA01/5"]?["Điểm tính từ số liệu"] == .number(7.78))
        #expect(byKey["XA01/5"]?["Điểm tối đa"] == .number(8))
        #expect(byKey["DB01/1"]?["Minh chứng"].displayText.isEmpty == false)
        #expect(byKey["DB04/8"]?["Điểm kiểm tra"] == .number(10), "pre-filled from the unit's file")
        #expect(byKey["DB04/10"]?["Điểm kiểm tra"] == .number(4))
        #expect(byKey["DB01/2"]?["Điểm kiểm tra"] == .empty)
        #expect(byKey["CQ04/1"]?["Trạng thái"] == .text("Cần sửa"))

        // The hidden sheet: the rubric id and each unit's file with its SHA-256.
        let meta = grid.sheets[1]
        #expect(meta[1, 0].value == .text("rubric_id") && meta[1, 1].value == .text("142-KH/HU"))
        let files = try #require(json["files"] as? [[String: Any]])
        let sha = Dictionary(uniqueKeysWithValues: files.map { ($0["path"] as! String, $0["sha256"] as? String ?? "") })
        let unitHeader = try #require(meta.find("unit_code"))
        let metaRows = meta.column(0, from: unitHeader.row + 1)
        #expect(metaRows == expected)
        let db01 = unitHeader.row + 1
        let db01File = meta[db01, 2].value.displayText
        #expect(db01File == "DB01 - Đảng bộ Công an huyện.xlsx")
        #expect(meta[db01, 3].value.displayText == sha[db01File])
    }

    @Test func sameInputsGiveTheSameBytes() throws {
        let dir = try TempDir()
        defer { dir.remove() }
        _ = try Self.consolidate(dir, ["--inspection-form", dir.path("a.xlsx"), "--threads", "1"])
        _ = try Self.consolidate(dir, ["--inspection-form", dir.path("b.xlsx")])
        let a = try Data(contentsOf: dir.url.appendingPathComponent("a.xlsx"))
        let b = try Data(contentsOf: dir.url.appendingPathComponent("b.xlsx"))
        #expect(!a.isEmpty && a == b)
        #expect(try dir.files().filter { $0.hasPrefix(".~thidua") }.isEmpty, "no temporary file left")
    }

    @Test func englishLabelsReadBackToo() throws {
        let dir = try TempDir()
        defer { dir.remove() }
        let out = try Self.consolidate(dir, ["--lang", "en", "--inspection-form", dir.path("form-en.xlsx")])
        #expect(out.status == 1)
        #expect(out.stdout.contains("Inspection form: "))
        let sheet = try CLI.readWorkbook(dir.url.appendingPathComponent("form-en.xlsx")).sheets[0]
        let (header, rows) = try FormFile.table(sheet, verifiedLabel: "Verified")
        #expect(header["Unit code"] == 0 && header["Note"] == 10)
        #expect(rows.count == 18 * 14)
        #expect(sheet.find("INSPECTION FORM") != nil)

        let back = try Self.consolidate(dir, ["--inspected", dir.path("form-en.xlsx")])
        #expect(back.stdout.contains("Phiếu kiểm tra form-en.xlsx: dùng điểm kiểm tra ở 9 dòng của 7 đơn vị."),
                "the units' own verified points, pre-filled, come back")
    }

    @Test func checkJSONSaysVerifiedPointsCameFromTheFile() throws {
        let out = try CLI.run(["check", CLI.inbox.appendingPathComponent("DB04 - Chi bộ Trung tâm Y tế huyện.xlsx").path, "--json"])
        let json = try CLI.jsonObject(out.stdoutData)
        let file = try #require((json["files"] as? [[String: Any]])?.first)
        #expect(item(file, "8")?["verified"] as? Double == 10)
        #expect(item(file, "8")?["verifiedSource"] as? String == "file")
        #expect(item(file, "1")?["verifiedSource"] is NSNull)
    }
}
