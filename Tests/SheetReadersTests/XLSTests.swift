import SheetModel
import Testing
@testable import SheetReaders

/// Excel 97–2003 workbooks: BIFF8 saved by LibreOffice (from quirks/values.fods), and BIFF5
/// built by hand in code page 1258 (what Vietnamese Excel 95 wrote).
@Suite struct XLSTests {
    @Test func biff8FromLibreOffice() throws {
        let result = try #require(FormatFixtures.read("quirks/values.xls"))
        #expect(result.format == .xls)
        #expect(result.grid.properties["BIFF"] == "8")
        let grid = result.grid
        #expect(grid.sheets.map(\.name) == ["Giá trị", "Ẩn"])
        #expect(grid.sheets.map(\.state) == [.visible, .hidden], "BOUNDSHEET visibility")
        let s = grid.sheets[0]
        let cell = { (a1: String) in s[CellRef(a1: a1)!] }
        #expect(cell("A1").value == .number(7.5))
        #expect(cell("B1").value == .number(0.25))
        #expect(cell("D1").value == .date(DateTimeValue(year: 2024, month: 1, day: 5)), "a date format on a number")
        #expect(cell("E1").value == .date(DateTimeValue(year: 2024, month: 1, day: 5, hour: 13, minute: 45, second: 30)))
        #expect(cell("G1").value == .bool(true), "BOOLERR is a boolean, not the number 1")
        #expect(cell("H1").value == .text("chuỗi"), "a shared string (LABELSST)")
        #expect(cell("A2").value == .text("dòng 1\ndòng 2"))
        #expect(cell("A3") == Cell(.error("#DIV/0!"), isFormula: true), "a formula's cached error")
        #expect(cell("B3") == Cell(.number(8.5), isFormula: true), "a formula's cached number")
        // LibreOffice's .xls export caches no text or boolean formula result (Excel recomputes
        // on opening): the record holds 0, and 0 is what the file says.
        #expect(cell("C3") == Cell(.number(0), isFormula: true))
        #expect(["A4", "B4", "C4"].allSatisfy { cell($0).value == .text("lặp") })
        #expect(s.merged == [CellRange(a1: "A7:B8")!], "MERGEDCELLS")
        #expect(cell("A10").value == .text("Nguyễn Thị Hòa"), "FONT .VnTime of the cell's format: TCVN3 converted")
        #expect(cell("B10").value == .text("Nguyễn Thị Hòa"), "VNI-Times converted")
        #expect(result.notes.contains { $0.code == .legacyFontConverted && $0.detail == "tcvn3" })
        #expect(grid.sheets[1][CellRef(a1: "A1")!].value == .text("ẩn"))
    }

    @Test func biff5InItsCodePage() throws {
        let result = try #require(FormatFixtures.read("quirks/biff5-cp1258.xls"))
        #expect(result.grid.properties["BIFF"] == "5")
        #expect(result.grid.properties["codePage"] == "1258")
        let s = try #require(result.grid.sheets.first)
        #expect(s.name == "Bảng điểm")
        let t = { (a1: String) in FormatFixtures.text(s, a1) }
        // Windows-1258 keeps tones as combining marks; the text comes back NFC, every letter kept.
        #expect(t("A1") == Array("Tên đơn vị".utf8))
        #expect(t("B1") == Array("Xã Ia Hrú".utf8))
        #expect(t("A2") == Array("Điểm tự chấm".utf8))
        #expect(t("A3") == Array("Người lập".utf8))
        #expect(FormatFixtures.value(s, "B2") == .number(7.5), "NUMBER")
        #expect(FormatFixtures.value(s, "B3") == .number(12), "RK integer")
    }

    @Test func rkNumbers() {
        #expect(BIFFScan.rk((12 << 2) | 2) == 12)
        #expect(BIFFScan.rk((1234 << 2) | 3) == 12.34, "integer divided by 100")
        let bits = (1.5).bitPattern >> 32
        #expect(BIFFScan.rk(UInt32(bits)) == 1.5, "the high 30 bits of a double")
        #expect(BIFFScan.rk(UInt32(truncatingIfNeeded: Int32(-7) << 2) | 2) == -7)
    }

    @Test func sheetOptions() throws {
        let first = try #require(FormatFixtures.read("quirks/values.xls", options: ReadOptions(maxSheets: 1)))
        #expect(first.grid.sheets.map(\.name) == ["Giá trị"])
        #expect(first.notes.contains { $0.code == .sheetsSkipped })
    }
}
