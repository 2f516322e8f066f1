import Foundation
import Testing
@testable import SheetWriter

/// A fresh directory for one test's files.
func scratchDirectory(_ name: String = #function) throws -> URL {
    let safe = name.filter { $0.isLetter || $0.isNumber }
    let dir = FileManager.default.temporaryDirectory
        .appendingPathComponent("SheetWriterTests-\(safe)-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    return dir
}

/// Writes a workbook that uses every feature of the wrapper.
func writeEverything(to path: String) throws {
    let wb = try Workbook(path: path)
    try wb.setProperties(DocumentProperties(title: "Thử nghiệm", author: "thidua", created: DocumentProperties.fixedEpoch))
    try wb.setCustomProperty("rubric", "142-KH/HU")
    try wb.setCustomProperty("count", 3.0)
    try wb.setCustomProperty("personalised", true)
    let sheet = try wb.addWorksheet("Tự chấm điểm")
    let lists = try wb.addWorksheet("Danh mục")
    let bold = try wb.format(FormatStyle(fontName: "Times New Roman", fontSize: 14, bold: true, border: .thin))
    let input = try wb.format(FormatStyle(fill: 0xFFF2CC, numberFormat: "0.00", locked: false))
    let date = try wb.format(FormatStyle(numberFormat: "dd/mm/yyyy", locked: false))
    try sheet.writeText(0, 0, "Mã", bold)
    try sheet.writeText(1, 0, "=SUM(A1)")      // text, never a formula
    try sheet.writeText(2, 0, "+84 912")
    try sheet.writeNumber(1, 1, 7.5, input)
    try sheet.writeFormula(3, 1, "=SUM(B2:B3)", result: .number(7.5))
    try sheet.writeFormula(3, 2, "=IF(B4>0,\"có\",\"\")", result: .text("có"))
    try sheet.writeBoolean(4, 0, true)
    try sheet.writeBlank(4, 1, input)
    try sheet.writeDate(5, 1, CalendarDate(year: 2024, month: 1, day: 5), date)
    try sheet.mergeRange(6, 0, 6, 3, "Tổng cộng", bold)
    try sheet.setColumns(0, 0, width: 6)
    try sheet.setColumns(1, 3, width: 20)
    try sheet.setRow(0, height: 30)
    try sheet.freezePanes(row: 1, col: 0)
    try sheet.autofilter(0, 0, 5, 3)
    var print = PrintSetup(orientation: .landscape)
    print.repeatRows = 0...0
    try sheet.setPrint(print)
    try sheet.setPrintArea(0, 0, 10, 3)
    try sheet.addValidation(1, 1, 3, 1, DataValidation(.decimal(min: 0, max: 10), inputTitle: "Điểm tự chấm",
                                                        inputMessage: "Nhập từ 0 đến 10", errorTitle: "Sai điểm",
                                                        errorMessage: "Điểm phải từ 0 đến 10"))
    try sheet.addValidation(1, 2, 1, 2, DataValidation(.list(["Có", "Không"])))
    try sheet.addValidation(2, 2, 2, 2, DataValidation(.wholeAtLeast(0)))
    try sheet.addValidation(3, 3, 3, 3, DataValidation(.whole(min: 0, max: 9)))
    try sheet.addValidation(5, 1, 5, 1, DataValidation(.date(from: CalendarDate(year: 2023, month: 6, day: 1),
                                                             to: CalendarDate(year: 2025, month: 12, day: 31))))
    try lists.writeText(0, 0, "Cơ quan, đơn vị")
    try lists.writeText(1, 0, "Địa phương")
    try wb.defineName("DS_Loai", "='Danh mục'!$A$1:$A$2")
    try sheet.addValidation(4, 2, 4, 2, DataValidation(.listFrom("=DS_Loai")))
    try sheet.addConditionalFormat(1, 1, 3, 1, .threeColorScale(min: 0xF8696B, mid: 0xFFEB84, max: 0x63BE7B))
    try sheet.addConditionalFormat(1, 1, 3, 1, .cell(.greater, 5, bold))
    try sheet.addConditionalFormat(1, 1, 3, 1, .between(1, 2, bold))
    let chart = try wb.addChart(.bar)
    try chart.addSeries(categories: Chart.range(sheet: sheet.name, 1, 0, 3, 0),
                        values: Chart.range(sheet: sheet.name, 1, 1, 3, 1), name: "Điểm", color: 0x4472C4)
    try chart.setTitle("Tổng điểm theo đơn vị")
    try chart.setAxisNames(category: "Đơn vị", value: "Điểm")
    try chart.setValueAxis(min: 0, max: 100)
    try chart.setLegend(.none)
    try sheet.insertChart(8, 0, chart, xScale: 1.5)
    try sheet.protect()
    try lists.hide()
    try sheet.activate()
    try sheet.setFirstSheet()
    try wb.close()
}

@Test func writesAValidZipWithEveryFeature() throws {
    let dir = try scratchDirectory()
    let path = dir.appendingPathComponent("all.xlsx").path
    try writeEverything(to: path)
    let data = try Data(contentsOf: URL(fileURLWithPath: path))
    #expect(data.count > 5_000)
    #expect(Array(data.prefix(4)) == [0x50, 0x4B, 0x03, 0x04])
}

@Test func sameInputGivesSameBytes() throws {
    let dir = try scratchDirectory()
    let a = dir.appendingPathComponent("a.xlsx").path, b = dir.appendingPathComponent("b.xlsx").path
    try writeEverything(to: a)
    try writeEverything(to: b)
    #expect(try Data(contentsOf: URL(fileURLWithPath: a)) == Data(contentsOf: URL(fileURLWithPath: b)))
}

@Test func unwritablePathFailsAtClose() throws {
    let wb = try Workbook(path: "/nonexistent-dir-\(UUID().uuidString)/x.xlsx")
    _ = try wb.addWorksheet("A")
    let error = #expect(throws: WriterError.self) { try wb.close() }
    #expect(error?.code == .closeFailed)
    #expect(error?.path?.hasSuffix("x.xlsx") == true)
    #expect(wb.isClosed)
}

@Test func closedWorkbookRefusesEverything() throws {
    let dir = try scratchDirectory()
    let wb = try Workbook(path: dir.appendingPathComponent("c.xlsx").path)
    let sheet = try wb.addWorksheet("A")
    try wb.close()
    #expect(throws: WriterError(.closed, "the workbook is already closed", path: wb.path, sheet: "A")) {
        try sheet.writeNumber(0, 0, 1)
    }
    #expect((try? wb.close()) == nil)
    #expect((try? wb.addWorksheet("B")) == nil)
}

@Test(arguments: ["", "a[b", "x:y", "q?", "s/t", "u\\v", "'quoted'", String(repeating: "x", count: 32)])
func badSheetNamesAreRefused(_ name: String) throws {
    let wb = try Workbook(path: "/tmp/unused.xlsx")
    let error = #expect(throws: WriterError.self) { try wb.addWorksheet(name) }
    #expect(error?.code == .invalidSheetName)
}

@Test func sheetNamesAreUniqueIgnoringCase() throws {
    let wb = try Workbook(path: "/tmp/unused.xlsx")
    _ = try wb.addWorksheet("Tổng hợp")
    _ = try wb.addWorksheet(String(repeating: "đ", count: 31))
    let error = #expect(throws: WriterError.self) { try wb.addWorksheet("TỔNG HỢP") }
    #expect(error?.code == .duplicateSheetName)
}

@Test func limitsAreCheckedBeforeC() throws {
    let wb = try Workbook(path: "/tmp/unused.xlsx")
    let s = try wb.addWorksheet("A")
    #expect(throws: WriterError.self) { try s.writeText(0, 0, String(repeating: "ư", count: 32_768)) }
    try s.writeText(0, 0, String(repeating: "ư", count: 32_767))
    var e = #expect(throws: WriterError.self) { try s.writeNumber(1, 0, .nan) }
    #expect(e?.code == .nonFiniteNumber && e?.cell == "A2")
    e = #expect(throws: WriterError.self) { try s.writeNumber(ExcelLimits.maxRows, 0, 1) }
    #expect(e?.code == .outOfBounds)
    e = #expect(throws: WriterError.self) { try s.writeText(0, ExcelLimits.maxColumns, "x") }
    #expect(e?.code == .outOfBounds)
    e = #expect(throws: WriterError.self) { try s.mergeRange(2, 2, 2, 2, "x") }
    #expect(e?.code == .outOfBounds)
    e = #expect(throws: WriterError.self) { try s.writeDate(0, 1, CalendarDate(year: 2023, month: 2, day: 29)) }
    #expect(e?.code == .invalidArgument)
}

@Test func overlappingMergeIsRefusedWithItsRange() throws {
    let wb = try Workbook(path: "/tmp/unused.xlsx")
    let s = try wb.addWorksheet("A")
    try s.mergeRange(0, 0, 1, 1, "x")
    try s.mergeRange(2, 2, 3, 3, "z")
    let e = #expect(throws: WriterError.self) { try s.mergeRange(1, 1, 2, 2, "y") }
    #expect(e?.code == .invalidArgument && e?.cell == "B2:C3")
}

@Test func libraryErrorsCarryTheLibraryTextAndCell() throws {
    let wb = try Workbook(path: "/tmp/unused.xlsx", options: .init(constantMemory: true))
    let s = try wb.addWorksheet("A")
    try s.writeNumber(5, 0, 1)
    let e = #expect(throws: WriterError.self) { try s.writeNumber(0, 0, 2) }   // rows go forward only
    #expect(e?.code == .library && e?.cell == "A1" && e?.sheet == "A" && e?.libraryCode != nil)
    #expect(e?.message.isEmpty == false)
}

@Test func validationLimitsAreChecked() throws {
    let wb = try Workbook(path: "/tmp/unused.xlsx")
    let s = try wb.addWorksheet("A")
    let cases: [DataValidation] = [
        DataValidation(.list(["Cơ quan, đơn vị", "Địa phương"])),                 // comma inside an item
        DataValidation(.list(Array(repeating: "Hoàn thành xuất sắc nhiệm vụ", count: 8))),  // > 255 bytes
        DataValidation(.decimal(min: 0, max: 5), inputTitle: String(repeating: "t", count: 33)),
        DataValidation(.decimal(min: 0, max: 5), errorMessage: String(repeating: "m", count: 256)),
        DataValidation(.decimal(min: 5, max: 0)),
        DataValidation(.list([])),
    ]
    for v in cases {
        let e = #expect(throws: WriterError.self) { try s.addValidation(0, 0, 0, 0, v) }
        #expect(e?.code == .invalidArgument && e?.cell == "A1")
    }
}

@Test func a1Names() {
    #expect(ExcelLimits.a1(row: 0, column: 0) == "A1")
    #expect(ExcelLimits.a1(row: 9, column: 27) == "AB10")
    #expect(ExcelLimits.columnName(16_383) == "XFD")
    #expect(ExcelLimits.absolute(firstRow: 0, firstColumn: 3, lastRow: 3, lastColumn: 3) == "$D$1:$D$4")
    #expect(Chart.range(sheet: "O'Neil", 0, 0, 1, 0) == "'O''Neil'!$A$1:$A$2")
}

/// A closed workbook is freed with its formats (thousands of return lists are written in
/// one run): nothing the workbook made holds it in a cycle once those are let go.
@Test func aClosedWorkbookIsFreedWithItsFormats() throws {
    let dir = try scratchDirectory()
    weak var gone: Workbook?
    weak var format: Format?
    do {
        let wb = try Workbook(path: dir.appendingPathComponent("f.xlsx").path)
        let ws = try wb.addWorksheet("A")
        let bold = try wb.format(FormatStyle(bold: true))
        try ws.writeText(0, 0, "Cần sửa", bold)
        #expect(try wb.format(FormatStyle(bold: true)) === bold, "one format per style")
        try wb.close()
        gone = wb
        format = bold
    }
    #expect(gone == nil)
    #expect(format == nil)
}
