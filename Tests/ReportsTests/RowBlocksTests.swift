import Foundation
import Testing
import SheetWriter
@testable import Reports

/// Tables of every unit are made a block at a time while written (`SheetDescription.RowBlocks`):
/// what they write is what their rows, made beforehand, would write.
@Suite struct RowBlocksTests {
    static func written(_ sheets: [ReportSheet], _ input: ReportInput) throws -> Data {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("thidua-blocks-\(UUID().uuidString).xlsx").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        var workbook = ReportWriter.workbook(input)
        workbook.sheets = sheets
        try WorkbookRenderer.write(workbook, to: path)
        return try Data(contentsOf: URL(fileURLWithPath: path))
    }

    @Test func blocksWriteTheBytesTheirRowsWould() throws {
        let input = ReportDemo.input(constantMemory: true)
        let sheets = ReportWriter.sheets(input)
        #expect(sheets.filter { !$0.blocks.isEmpty }.map(\.name)
                == [SummarySheet.name, MatrixSheet.name, ProposalsSheet.name, FixesSheet.name, SourcesSheet.name])
        #expect(sheets.allSatisfy { $0.rowCount == $0.materialized().rows.count })
        #expect(try Self.written(sheets, input) == (try Self.written(sheets.map { $0.materialized() }, input)))
    }

    @Test func rowsAfterBlocksAreNumberedAfterThem() {
        var s = ReportSheet(name: "x", columnWidths: [10, 10])
        #expect(s.add([.text("đầu")]) == 0)
        let made = s
        let range = s.addBlocks(rowCount: 3, count: 2) { k in
            k == 0 ? [made.fitted([.text("a")]), made.fitted([.text("b")])] : [made.fitted([.text("c")])]
        }
        #expect(range == 1...3)
        #expect(s.add([.text("cuối")]) == 4)
        #expect(s.nextRow == 5 && s.rows.count == 2)
        let m = s.materialized()
        #expect(m.blocks.isEmpty)
        #expect((0..<5).map { m.text($0, 0) } == ["đầu", "a", "b", "c", "cuối"])
        #expect(m.rows[1].cells.count == 2, "padded to the sheet's columns")
        var empty = ReportSheet(name: "y", columnWidths: [10])
        #expect(empty.addBlocks(rowCount: 0, count: 0) { _ in [] } == nil)
    }

    @Test func severalRegionsOfBlocksKeepTheirPlaces() {
        var s = ReportSheet(name: "x", columnWidths: [10])
        let made = s
        s.addBlocks(rowCount: 1, count: 1) { _ in [made.fitted([.text("a")])] }
        s.add([.text("giữa")])
        #expect(s.addBlocks(rowCount: 2, count: 2) { k in [made.fitted([.text(k == 0 ? "b" : "c")])] } == 2...3)
        s.addBlocks(rowCount: 0, count: 0) { _ in [] }
        #expect(s.add([.text("cuối")]) == 4)
        let m = s.materialized()
        #expect((0..<5).map { m.text($0, 0) } == ["a", "giữa", "b", "c", "cuối"])
        var seen: [String] = []
        s.eachRow { row, r in
            #expect(r == seen.count)
            if case .text(let t) = row.cells[0]?.content { seen.append(t) }
            return true
        }
        #expect(seen == ["a", "giữa", "b", "c", "cuối"])
    }
}
