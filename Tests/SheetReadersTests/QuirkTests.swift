import SheetModel
import Testing
@testable import SheetReaders

/// Hand-built workbooks, one per case of the issue's XLSX list.
@Suite struct QuirkTests {
    private func sheet(_ file: String, _ index: Int = 0) throws -> Sheet {
        let result = try #require(Fixtures.read("quirks/" + file))
        return try #require(result.grid.sheets.indices.contains(index) ? result.grid.sheets[index] : nil)
    }

    private func value(_ s: Sheet, _ a1: String) -> CellValue { s[CellRef(a1: a1)!].value }

    private func date(_ y: Int, _ m: Int, _ d: Int, _ h: Int = 0, _ mi: Int = 0, _ sec: Int = 0) -> CellValue {
        .date(DateTimeValue(year: y, month: m, day: d, hour: h, minute: mi, second: sec))
    }

    @Test func partsResolvedThroughRelationships() throws {
        let s = try sheet("paths-absolute-uppercase.xlsx")
        #expect(s.name == "Dữ liệu")
        #expect(value(s, "A1") == .text("ok"))
    }

    @Test func sharedStrings() throws {
        let result = try #require(Fixtures.read("quirks/shared-strings.xlsx"))
        let s = try #require(result.grid.sheets.first)
        #expect(value(s, "A1") == .text("Điểm"))
        #expect(value(s, "A2") == .text("Nguyễn Văn An"))          // rich runs joined
        #expect(value(s, "A3") == .text("日本"))                    // phonetic run dropped
        #expect(value(s, "A4") == .text("dòng 1\r\ndòng 2 _x0041_ A"))  // _xHHHH_ escapes
        #expect(value(s, "A5") == .text("  hai khoảng trắng "))     // xml:space="preserve"
        // NFD → NFC (compared by scalars: String's == ignores normalisation).
        guard case .text(let hoa) = value(s, "A6") else { Issue.record("A6 is not text"); return }
        #expect(Array(hoa.unicodeScalars) == ["H", "\u{F2}", "a", " ", "B", "\u{EC}", "n", "h"])
        #expect(value(s, "A7") == .empty)
        #expect(result.notes.contains { $0.code == .legacyFontText && $0.cell == CellRef(a1: "A8") })
    }

    @Test func cellTypesAndMissingReferences() throws {
        let s = try sheet("cell-types-no-r.xlsx")
        #expect(value(s, "A1") == .text("inline"))
        #expect(value(s, "B1") == .text("rich inline"))
        #expect(value(s, "A2") == .text("inline!"))
        #expect(s[CellRef(a1: "A2")!].isFormula)
        #expect(value(s, "B2") == .bool(true))
        #expect(value(s, "C2") == .bool(false))
        #expect(value(s, "D2") == .error("#DIV/0!"))
        #expect(value(s, "A3") == .number(-12.5))
        #expect(value(s, "B3") == .number(0.001))
        #expect(value(s, "C3") == date(2024, 1, 5))
        #expect(value(s, "D3") == date(2024, 1, 5, 13, 45, 30))
        #expect(value(s, "C6") == .number(3))
        #expect(value(s, "D6") == .number(4))  // no r: next column after C6
        #expect(s.cellCount == 12)
    }

    @Test func namespacePrefixes() throws {
        let s = try sheet("namespace-prefix.xlsx")
        #expect(value(s, "A1") == .text("tiền tố"))
        #expect(value(s, "B1") == .number(7.5))
        #expect(s.merged == [CellRange(a1: "A1:B1")!])
    }

    @Test func strictOOXML() throws {
        let s = try sheet("strict.xlsx")
        #expect(value(s, "A1") == .text("nghiêm ngặt"))
        #expect(value(s, "B1") == date(2024, 1, 5))
    }

    @Test func datesFromNumberFormats() throws {
        let s = try sheet("dates-1900.xlsx")
        #expect(value(s, "A1") == date(2024, 1, 5))             // built-in 14
        #expect(value(s, "B1") == date(2024, 1, 5, 13, 45))     // built-in 22
        #expect(value(s, "C1") == date(2024, 1, 5))             // dd/mm/yyyy
        #expect(value(s, "D1") == date(2024, 1, 5))             // [$-42A]d mmmm yyyy
        #expect(value(s, "E1") == .number(0.5))                 // h:mm stays a number
        #expect(value(s, "F1") == .number(1.25))                // [h]:mm:ss elapsed
        #expect(value(s, "G1") == .number(3))                   // 0.0 "ngày": quoted d
        #expect(value(s, "H1") == .number(45296))               // General
        #expect(value(s, "I1") == date(1900, 3, 1))             // after the phantom 29 Feb 1900
        #expect(value(s, "J1") == date(1900, 2, 28))
    }

    @Test func dateSystem1904() throws {
        let result = try #require(Fixtures.read("quirks/dates-1904.xlsx"))
        let s = try #require(result.grid.sheets.first)
        #expect(value(s, "A1") == date(2024, 1, 5))
        #expect(value(s, "B1") == date(1904, 1, 1, 6))
        #expect(result.grid.properties["date1904"] == "true")
    }

    @Test func formulasMergedHiddenAndProperties() throws {
        let result = try #require(Fixtures.read("quirks/formulas-merged-hidden.xlsx"))
        let sheets = result.grid.sheets
        #expect(sheets.map(\.name) == ["Công thức", "Ẩn", "Rất ẩn"])
        #expect(sheets.map(\.state) == [.visible, .hidden, .veryHidden])
        let s = sheets[0]
        #expect(s[CellRef(a1: "A1")!] == Cell(.number(2)))
        #expect(s[CellRef(a1: "B1")!] == Cell(.number(4), isFormula: true))
        #expect(s[CellRef(a1: "C1")!] == Cell(.empty, isFormula: true))   // no cached value
        #expect(s[CellRef(a1: "D2")!] == Cell(.number(1), isFormula: true))  // shared formula
        #expect(s[CellRef(a1: "E2")!] == Cell(.error("#DIV/0!"), isFormula: true))
        #expect(s.merged == [CellRange(a1: "A3:C3")!, CellRange(a1: "D4:D6")!])
        #expect(s.mergedRange(containing: CellRef(a1: "D5")!) == CellRange(a1: "D4:D6"))
        #expect(sheets[1][CellRef(a1: "A1")!].value == .text("rubric=seed"))
        #expect(result.grid.properties["Application"] == "Microsoft Excel")
        #expect(result.grid.properties["AppVersion"] == "16.0300")
    }

    @Test func declaredDimensionIsIgnored() throws {
        let s = try sheet("dimension-lies.xlsx")
        #expect(s.rowCount == 40)
        #expect(s.columnCount == 5)
        #expect(value(s, "E40") == .number(40))
    }
}
