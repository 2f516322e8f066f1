import Foundation
import SheetModel
import Testing
import TestSupport

/// What clerks read after `consolidate` on Samples/ is plain Vietnamese (SPEC §5, issue 9):
/// no camelCase code, no English word, no decimal point in any string cell of the report
/// or of a return list, nor in any message, reason or label of the JSON.
@Suite struct PlainVietnameseTests {
    /// Text a unit or the system wrote that the report shows as it is: a SHA-256, the
    /// producing application ("Microsoft Excel 16.0300").
    static func isInputData(_ text: String, column header: String?) -> Bool {
        header == "SHA-256" || header == "Ứng dụng tạo tệp"
    }

    /// The problems of every text cell, and how many cells were read.
    static func problems(in grid: Grid, file: String) -> (problems: [String], cells: Int) {
        var out: [String] = []
        var scanned = 0
        for sheet in grid.sheets {
            // The header row of each table: the cell above in the same column that is a header label.
            var headers: [Int: String] = [:]
            for (ref, cell) in sheet.sortedCells {
                guard case .text(let text) = cell.value else { continue }
                if text == "SHA-256" || text == "Ứng dụng tạo tệp" { headers[ref.column] = text }
                if isInputData(text, column: headers[ref.column]) { continue }
                scanned += 1
                for p in VietnameseTextCheck.problems(in: text) {
                    out.append("\(file) \(sheet.name)!\(ref.a1): \(p) in “\(text)”")
                }
            }
        }
        return (out, scanned)
    }

    @Test func reportReturnListsAndJSONReadAsVietnamese() throws {
        let dir = try TempDir()
        defer { dir.remove() }
        let out = try CLI.run(["consolidate", CLI.inbox.path, "--roster", CLI.roster.path, "-o", dir.path("r.xlsx"),
                               "--json", dir.path("r.json"), "--return-dir", dir.path("tra-lai"), "-q"])
        #expect(out.status == 1)
        var (problems, scanned) = Self.problems(in: try CLI.readWorkbook(dir.url.appendingPathComponent("r.xlsx")), file: "r.xlsx")
        let lists = try dir.files("tra-lai")
        #expect(!lists.isEmpty)
        for name in lists {
            let list = Self.problems(in: try CLI.readWorkbook(dir.url.appendingPathComponent("tra-lai/" + name)), file: name)
            problems += list.problems
            scanned += list.cells
        }
        let json = try CLI.jsonObject(try Data(contentsOf: dir.url.appendingPathComponent("r.json")))
        var messages: [String] = []
        for sub in json["submissions"] as? [[String: Any]] ?? [] {
            messages += (sub["issues"] as? [[String: Any]] ?? []).compactMap { $0["message"] as? String }
            messages += sub["ineligibleReasons"] as? [String] ?? []
        }
        messages += (json["files"] as? [[String: Any]] ?? []).compactMap { $0["reason"] as? String }
        #expect(messages.count > 20)
        #expect(scanned > 500, "the scan read the workbooks' text cells (\(scanned))")
        for m in messages { problems += VietnameseTextCheck.problems(in: m).map { "JSON: \($0) in “\(m)”" } }
        #expect(problems.isEmpty, "\(problems.joined(separator: "\n"))")
        // The codes stay in JSON.
        let codes = (json["submissions"] as? [[String: Any]] ?? []).flatMap { ($0["issues"] as? [[String: Any]] ?? []) }
        #expect(codes.contains { $0["code"] as? String == "aboveMax" })
        #expect(codes.allSatisfy { $0.keys.contains("detail") }, "every issue has a detail key (null when absent)")
    }
}
