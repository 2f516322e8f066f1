import Foundation
import Testing
@testable import Reports

/// Golden checks of the report's content: each sheet's model (cells, styles,
/// merges, heights, filters, charts) dumped as text and compared with
/// `Tests/Fixtures/report-golden/`. `RECORD_GOLDEN=1 swift test` re-records them.
/// (The XML parts will be compared too once SheetReaders' ZIP reader is merged:
/// see `WorkbookPartReader`.)
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

    @Test(arguments: Array(ReportWriter.build(ReportDemo.input()).enumerated()))
    func sheetMatchesGolden(_ item: (offset: Int, element: ReportSheet)) throws {
        try Self.check("\(item.offset + 1)-\(item.element.name).txt", item.element.dump())
    }

    @Test func partListMatchesGolden() throws {
        let path = try scratch() + "/r.xlsx"
        try ReportWriter.write(ReportDemo.input(), to: path)
        try Self.check("parts.txt", try ZipDirectory.names(path).joined(separator: "\n") + "\n")
    }

    @Test func returnListMatchesGolden() throws {
        let c = ReportDemo.consolidation()
        let unit = c.units.first { $0.name == "UBND xã Ia Dreng" }!
        let s = ReturnListWriter.build(unit, rubric: c.rubric, text: ReportText(language: .vi), date: nil)
        try Self.check("return-list.txt", s.dump())
    }
}
