import SheetModel
import Testing
@testable import SheetReaders

/// OpenDocument spreadsheets, hand-written (quirks/values.fods, and the same body zipped by
/// hand as quirks/values.ods) and saved by LibreOffice (producers/libreoffice.*).
@Suite struct ODSTests {
    private func date(_ y: Int, _ m: Int, _ d: Int, _ h: Int = 0, _ mi: Int = 0, _ s: Int = 0) -> CellValue {
        .date(DateTimeValue(year: y, month: m, day: d, hour: h, minute: mi, second: s))
    }

    @Test(arguments: ["quirks/values.fods", "quirks/values.ods"])
    func everyValueType(_ name: String) throws {
        let result = try #require(FormatFixtures.read(name))
        #expect(result.format == (name.hasSuffix(".fods") ? .fods : .ods))
        #expect(result.grid.properties["Application"] == "thidua-fixtures/1.0")
        let s = try #require(result.grid.sheets.first)
        let v = { (a1: String) in FormatFixtures.value(s, a1) }
        #expect(s.name == "Giá trị" && s.state == .visible)
        #expect(v("A1") == .number(7.5))
        #expect(v("B1") == .number(0.25), "a percentage is its fraction, as in XLSX")
        #expect(v("C1") == .number(1_500_000), "currency")
        #expect(v("D1") == date(2024, 1, 5))
        #expect(v("E1") == date(2024, 1, 5, 13, 45, 30))
        let seconds: Double = 13 * 3600 + 45 * 60 + 30
        #expect(v("F1") == .number(seconds / 86_400), "a time is a fraction of a day")
        #expect(v("G1") == .bool(true))
        #expect(v("H1") == .text("chuỗi"))
    }

    @Test(arguments: ["quirks/values.fods", "quirks/values.ods"])
    func textParagraphsSpacesAndRuns(_ name: String) throws {
        let s = try #require(FormatFixtures.read(name)?.grid.sheets.first)
        let t = { (a1: String) in FormatFixtures.text(s, a1) }
        #expect(t("A2") == Array("dòng 1\ndòng 2".utf8), "paragraphs joined with a line feed")
        #expect(t("B2") == Array("a   b".utf8), "text:s with text:c")
        #expect(t("C2") == Array("x\ty".utf8), "text:tab")
        #expect(t("D2") == Array("trên\ndưới".utf8), "text:line-break")
        #expect(t("E2") == Array("Nguyễn Văn An".utf8), "spans")
        #expect(t("F2") == Array("liên kết".utf8), "links")
        #expect(t("G2") == Array("có ghi chú".utf8), "an annotation's text is not the cell's")
        #expect(t("H2") == Array("giá trị".utf8), "office:string-value wins over the displayed text")
        #expect(t("A9") == Array("khoảng trắng thừa".utf8), "raw white space collapses (ODF 1.3 §6.1.2)")
    }

    @Test(arguments: ["quirks/values.fods", "quirks/values.ods"])
    func formulasRepeatsMergesAndHiddenSheets(_ name: String) throws {
        let grid = try #require(FormatFixtures.read(name)?.grid)
        let s = grid.sheets[0]
        let cell = { (a1: String) in s[CellRef(a1: a1)!] }
        #expect(cell("A3") == Cell(.error("#DIV/0!"), isFormula: true), "calcext:value-type error")
        #expect(cell("B3") == Cell(.number(8.5), isFormula: true))
        #expect(cell("C3") == Cell(.text("ab"), isFormula: true))
        #expect(cell("D3") == Cell(.bool(false), isFormula: true))
        #expect(cell("E3") == Cell(.empty, isFormula: true), "a formula without a cached value")
        #expect(["A4", "B4", "C4"].allSatisfy { cell($0).value == .text("lặp") }, "number-columns-repeated")
        #expect(cell("D4").value == .empty)
        #expect([cell("A5"), cell("B5"), cell("A6"), cell("B6")].map(\.value) == [.number(1), .number(2), .number(1), .number(2)],
                "number-rows-repeated")
        #expect(s.merged == [CellRange(a1: "A7:B8")!], "number-columns/rows-spanned")
        #expect(cell("A7").value == .text("gộp") && cell("C7").value == .text("bên phải"), "covered cells take their columns")
        #expect(s.rowCount == 10 && s.columnCount == 8, "LibreOffice's padding rows and columns are not cells")
        #expect(grid.sheets.map(\.name) == ["Giá trị", "Ẩn"])
        #expect(grid.sheets[1].state == .hidden, "table style with table:display=\"false\"")
        let visible = try #require(FormatFixtures.read(name, options: ReadOptions(visibleOnly: true)))
        #expect(visible.grid.sheets.map(\.name) == ["Giá trị"])
        #expect(visible.notes.contains { $0.code == .sheetsSkipped })
    }

    @Test(arguments: ["quirks/values.fods", "quirks/values.ods"])
    func legacyFontsAreConvertedOthersWarned(_ name: String) throws {
        let result = try #require(FormatFixtures.read(name))
        let s = result.grid.sheets[0]
        let t = { (a1: String) in FormatFixtures.text(s, a1) }
        #expect(t("A10") == Array("Nguyễn Thị Hòa".utf8), ".VnTime through a parent style (TCVN3)")
        #expect(t("B10") == Array("Nguyễn Thị Hòa".utf8), "fo:font-family VNI-Times")
        #expect(t("C10") == Array("Trường".utf8), "a span in VNI-Times")
        #expect(t("D10") == Array("Trường Hoøa".utf8), "mixed fonts in one cell: not converted")
        #expect(t("E10") == Array("NguyÔn ThÞ Hßa".utf8), "a Unicode font: kept as is")
        let converted = result.notes.filter { $0.code == .legacyFontConverted }
        #expect(converted.map(\.detail) == ["tcvn3", "vni"])
        #expect(converted.map(\.count) == [1, 2])
        #expect(converted.first?.cell == CellRef(a1: "A10"))
        #expect(result.notes.contains { $0.code == .legacyFontText && $0.cell == CellRef(a1: "E10") },
                "text that looks legacy without the font keeps its warning, with its cell")
    }

    @Test(arguments: [("libreoffice.ods", FileFormat.ods), ("libreoffice.fods", .fods), ("libreoffice.xls", .xls)])
    func canonicalTableSavedByLibreOffice(_ name: String, _ format: FileFormat) throws {
        let result = try #require(FormatFixtures.read("producers/" + name))
        #expect(result.format == format)
        let sheet = try #require(result.grid.sheets.first)
        #expect(sheet.name == "Bảng tự chấm")
        let difference = Fixtures.firstDifference(sheet, Fixtures.expectedRows("typed"))
        #expect(difference == nil, "\(name): \(difference ?? "")")
        #expect(sheet[CellRef(a1: "D21")!].isFormula, "the total is a formula with its cached value")
        #expect(!sheet[CellRef(a1: "D20")!].isFormula)
        #expect(sheet.merged == [CellRange(a1: "A1:E1")!])
    }

    @Test func flatODFIsSniffedByItsRootNotItsName() throws {
        let bytes = try #require(FileManagerBytes.load(FormatFixtures.path("quirks/values.fods")))
        let result = try SheetReader.read(data: bytes, name: "bang-diem.csv")
        #expect(result.format == .fods, "a .fods named .csv is not read as CSV")
        #expect(result.notes.first?.code == .extensionMismatch)
        #expect(bytes.withUnsafeBytes { SheetReader.sniffFormat($0) } == .fods)
        let ods = try #require(FileManagerBytes.load(FormatFixtures.path("quirks/values.ods")))
        #expect(try SheetReader.read(data: ods, name: "bang-diem.xlsx").format == .ods, "by the mimetype entry")
    }
}
