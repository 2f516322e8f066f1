import Foundation
import Testing

/// `thidua inspect` run as a process: exit codes and the JSON of SPEC §9.
@Suite struct InspectCommandTests {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Fixtures/readers")

    private func run(_ arguments: [String]) throws -> (status: Int32, stdout: String) {
        let output = try CLI.run(arguments)
        return (output.status, output.stdout)
    }

    @Test func jsonOfAWorkbook() throws {
        let file = Self.fixtures.appendingPathComponent("quirks/formulas-merged-hidden.xlsx").path
        let (status, out) = try run(["inspect", file, "--json"])
        #expect(status == 0)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(out.utf8)) as? [String: Any])
        #expect(object["format"] as? String == "xlsx")
        let sheets = try #require(object["sheets"] as? [[String: Any]])
        #expect(sheets.map { $0["state"] as? String } == ["visible", "hidden", "veryHidden"])
        #expect(out.contains(##""rows":[[2,4,null,3],[null,null,null,1,{"error":"#DIV/0!"}]]"##))
    }

    @Test func unreadableFileExitsOneWithErrorObject() throws {
        let file = Self.fixtures.appendingPathComponent("hostile/encrypted.xlsx").path
        let (status, out) = try run(["inspect", file, "--json"])
        #expect(status == 1)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(out.utf8)) as? [String: Any])
        #expect(object["file"] as? String == file)
        let error = try #require(object["error"] as? [String: Any])
        #expect(error["code"] as? String == "encrypted")
        #expect((error["message"] as? String)?.contains("mật khẩu") == true)
    }

    @Test func listing() throws {
        let file = Self.fixtures.appendingPathComponent("producers/utf8.csv").path
        let (status, out) = try run(["inspect", file, "--lang", "en"])
        #expect(status == 0)
        #expect(out.contains("B2      text              \"Chi bộ Xã Ia Tô\""))
        let (_, vi) = try run(["inspect", file])
        #expect(vi.contains("B2      chữ               \"Chi bộ Xã Ia Tô\""))
    }
}
