import Foundation
import Testing

/// `thidua check` run as a process on the sample submissions: exit codes, the score,
/// findings with their A1 cells, and the JSON of SPEC §9.
@Suite struct CheckCommandTests {
    static func sample(_ name: String) -> String { CLI.inbox.appendingPathComponent(name).path }
    static let valid = sample("DB01 - Đảng bộ Công an huyện.xlsx")
    static let invalid = sample("CQ04 - Phòng Văn hóa và Thông tin.xlsx")
    static let warned = sample("XA05 - Xã Ia Hla.xlsx")

    @Test func validSampleExitsZeroWithItsScore() throws {
        let out = try CLI.run(["check", Self.valid])
        #expect(out.status == 0)
        #expect(out.stdout.contains("DB01 - Đảng bộ Công an huyện"))
        #expect(out.stdout.contains("điểm được tính: 100/100 — hợp lệ"))
        #expect(!out.stdout.contains("[Lỗi]"))
    }

    @Test func invalidSampleExitsOneWithFindingsAndCells() throws {
        let out = try CLI.run(["check", Self.invalid])
        #expect(out.status == 1)
        #expect(out.stdout.contains("cần sửa"))
        #expect(out.stdout.contains("[Lỗi] D20 (giá trị: 12)"), "the cell, without spreadsheet syntax")
        #expect(out.stdout.contains("[Lỗi] D26"))
        #expect(!out.stdout.contains("[aboveMax]"), "codes are for --verbose only")
        let verbose = try CLI.run(["check", Self.invalid, "--verbose"])
        #expect(verbose.stdout.contains("[aboveMax]"))
        #expect(verbose.stdout.contains("[notANumber]"))
    }

    @Test func warningsAloneStillExitZero() throws {
        let out = try CLI.run(["check", Self.warned, "--lang", "en", "-v"])
        #expect(out.status == 0)
        #expect(out.stdout.contains("accepted score: 97/100 — valid, with warnings"))
        #expect(out.stdout.contains("D24 (value: 8)"))
        #expect(out.stdout.contains("[computedDiffers]"))
    }

    @Test func severalFilesInOneCallGroupedByFile() throws {
        let out = try CLI.run(["check", Self.valid, Self.invalid, Self.warned])
        #expect(out.status == 1, "one file needs fixing")
        let positions = [Self.valid, Self.invalid, Self.warned].map { out.stdout.range(of: $0)?.lowerBound }
        #expect(positions.allSatisfy { $0 != nil })
        #expect(positions.compactMap { $0 } == positions.compactMap { $0 }.sorted(), "in the order given")
        let d20 = try #require(out.stdout.range(of: "] D20 "))
        #expect(d20.lowerBound > positions[1]! && d20.lowerBound < positions[2]!, "under its own file")
    }

    @Test func jsonPerSpec() throws {
        let out = try CLI.run(["check", Self.valid, Self.invalid, Self.sample("XA08 - Xã Ia Le.csv"), "--json"])
        #expect(out.status == 1)
        let json = try CLI.jsonObject(out.stdoutData)
        #expect(Array(json.keys) == ["files"])
        let files = try #require(json["files"] as? [[String: Any]])
        #expect(files.count == 3)
        let fields = ["file", "format", "status", "unit", "period", "claimedTotal", "score", "items", "counts",
                      "nominees", "issues"]
        for f in files { #expect(fields.filter { f[$0] == nil }.isEmpty, "\(f["file"] ?? "")") }
        #expect(files.map { $0["file"] as? String } == [Self.valid, Self.invalid, Self.sample("XA08 - Xã Ia Le.csv")])
        #expect(files.map { $0["status"] as? String } == ["valid", "invalid", "valid"])
        #expect(files.map { $0["format"] as? String } == ["xlsx", "xlsx", "csv"])

        let db01 = files[0]
        #expect(db01["score"] as? Double == 100)
        let unit = try #require(db01["unit"] as? [String: Any])
        #expect(unit["code"] as? String == "DB01" && unit["type"] as? String == "party")
        let items = try #require(db01["items"] as? [[String: Any]])
        #expect(items.map { $0["code"] as? String } == ["1", "2", "3", "4a", "4b", "5", "6", "7", "8", "9a", "9b",
                                                         "10", "11", "12"])
        #expect(items.allSatisfy { $0["verified"] is NSNull && $0["claimed"] is Double && $0["max"] is Double })
        let counts = try #require(db01["counts"] as? [String: Any])
        #expect(Set(counts.keys) == ["staff", "pledges", "excellent", "good", "rating"])
        let nominee = try #require((db01["nominees"] as? [[String: Any]])?.first)
        #expect(nominee["name"] as? String == "Nguyễn Văn Hùng" && nominee["partyMember"] as? Bool == true)

        let issues = try #require(files[1]["issues"] as? [[String: Any]])
        let above = try #require(issues.first { $0["code"] as? String == "aboveMax" })
        #expect(above["severity"] as? String == "error")
        #expect((above["location"] as? String)?.hasSuffix("'Tự chấm điểm'!D20") == true)
        #expect(above["value"] as? String == "12")
        #expect((above["message"] as? String)?.isEmpty == false)
        #expect(files[2]["score"] as? Double == 97.85, "decimal comma in a Windows-1258 CSV")
    }

    @Test func jsonKeysAreStableAcrossRuns() throws {
        let a = try CLI.run(["check", Self.invalid, "--json"]), b = try CLI.run(["check", Self.invalid, "--json"])
        #expect(a.stdoutData == b.stdoutData)
    }

    @Test func unreadableFileIsAnErrorNotACrash() throws {
        let out = try CLI.run(["check", Self.sample("DB05 - Chi bộ Ban Quản lý dự án đầu tư xây dựng huyện.xls"), "--json"])
        #expect(out.status == 1)
        let file = try #require((try CLI.jsonObject(out.stdoutData)["files"] as? [[String: Any]])?.first)
        #expect(file["status"] as? String == "invalid")
        #expect((file["issues"] as? [[String: Any]])?.first?["code"] as? String == "htmlAsXLS")
        #expect(try CLI.run(["check"]).status == 2, "no file: usage error")
    }
}
