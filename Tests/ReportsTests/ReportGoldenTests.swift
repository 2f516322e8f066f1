import Foundation
import SheetModel
import SheetReaders
import Testing
@testable import Reports

/// Golden checks of the report, compared with `Tests/Fixtures/report-golden/`
/// (`RECORD_GOLDEN=1 swift test` re-records them; read the diff before committing):
/// - each sheet's model (cells, styles, merges, heights, filters, charts) dumped as text;
/// - the written workbook read back with thidua's own reader, cell by cell, per sheet;
/// - the ZIP part list; and the same for one return list.
@Suite struct ReportGoldenTests {
    static let dir = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/report-golden")
    static let record = ProcessInfo.processInfo.environment["RECORD_GOLDEN"] != nil

    static func check(_ name: String, _ actual: String) throws {
        let url = dir.appendingPathComponent(name)
        if record {
            try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
            try actual.write(to: url, atomically: true, encoding: .utf8)
            return
        }
        let expected = try String(contentsOf: url, encoding: .utf8)
        let a = actual.split(separator: "\n", omittingEmptySubsequences: false)
        let e = expected.split(separator: "\n", omittingEmptySubsequences: false)
        if let i = (0..<min(a.count, e.count)).first(where: { a[$0] != e[$0] }) {
            Issue.record("\(name): line \(i + 1) differs\n  expected: \(e[i])\n  actual:   \(a[i])")
        } else {
            #expect(a.count == e.count, "\(name): \(a.count) lines, golden has \(e.count)")
        }
    }

    /// One line per stored cell, in row order: `B7<TAB>number<TAB>97.5`. Text is quoted
    /// with escapes so that line breaks inside a cell stay on one line.
    static func dump(_ sheet: Sheet) -> String {
        var out = "[\(sheet.name)] \(sheet.state.rawValue), \(sheet.cellCount) cells\n"
        for (ref, cell) in sheet.sortedCells {
            let (type, value): (String, String)
            switch cell.value {
            case .empty: (type, value) = ("empty", "")
            case .text(let s): (type, value) = ("text", InspectJSON.quote(s))
            case .number(let d): (type, value) = ("number", CellValue.format(d))
            case .bool(let b): (type, value) = ("bool", b ? "TRUE" : "FALSE")
            case .date(let d): (type, value) = ("date", d.description)
            case .error(let e): (type, value) = ("error", e)
            }
            out += "\(ref.a1)\t\(type)\(cell.isFormula ? "+formula" : "")\t\(value)\n"
        }
        return out
    }

    @Test(arguments: Array(ReportWriter.build(ReportDemo.input()).enumerated()))
    func sheetMatchesGolden(_ item: (offset: Int, element: ReportSheet)) throws {
        try Self.check("\(item.offset + 1)-\(item.element.name).txt", item.element.dump())
    }

    @Test func writtenWorkbookReadsBackCellByCell() throws {
        let path = try scratch() + "/r.xlsx"
        try ReportWriter.write(ReportDemo.input(), to: path)
        let grid = try SheetReader.read(contentsOf: path).grid
        #expect(grid.sheets.map(\.name) == ReportWriter.sheetNames)
        for (i, sheet) in grid.sheets.enumerated() {
            try Self.check("grid-\(i + 1)-\(sheet.name).txt", Self.dump(sheet))
        }
    }

    @Test func partListMatchesGolden() throws {
        let path = try scratch() + "/r.xlsx"
        try ReportWriter.write(ReportDemo.input(), to: path)
        try Self.check("parts.txt", try ZipDirectory.names(path).joined(separator: "\n") + "\n")
    }

    @Test func returnListMatchesGolden() throws {
        let c = ReportDemo.consolidation()
        let unit = c.units.first { $0.name == "UBND xã Ia Dreng" }!
        let s = ReturnListWriter.build(unit, rubric: c.rubric, text: Words(language: .vi), date: nil)
        try Self.check("return-list.txt", s.dump())
        let path = try ReturnListWriter.write(for: unit, rubric: c.rubric, into: try scratch())
        let grid = try SheetReader.read(contentsOf: path).grid
        #expect(grid.sheets.count == 1)
        try Self.check("grid-return-list.txt", Self.dump(grid.sheets[0]))
    }
}
