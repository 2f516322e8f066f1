@testable import Catalog
import SheetModel
import Testing
@testable import Scoring

/// The inspection form's locator and row typing on built grids: by labels and codes,
/// not positions; every bad cell a finding naming the form's cell.
@Suite struct InspectionFormLocatorTests {
    @Test func findsTheTableByLabelsWhateverTheColumnOrder() throws {
        var g = InspectionFormGrid()
        g.labels = ["Ghi chú", "Điểm kiểm tra", "Mã", "Trạng thái", "Tên đơn vị", "Mã đơn vị"]
        g.headerRow = 3
        g.add("DB01", "Đảng bộ Công an huyện", line: "2", verified: .number(8), note: "Thiếu biên bản")
        g.add("DB01", "Đảng bộ Công an huyện", line: "4.b", verified: .text("4,5"))
        g.add("XA01", "Thị trấn Nhơn Hòa", line: "12", verified: .empty, note: "Chưa kiểm tra")
        let form = try #require(g.locate())
        #expect(form.units.map(\.code) == ["DB01", "XA01"])
        let db01 = form.units[0]
        #expect(db01.points["2"]?.value == 8)
        #expect(db01.points["4b"]?.value == 4.5, "\"4.b\" is line 4b; \"4,5\" is 4.5")
        #expect(db01.points["4b"]?.line == "4b")
        #expect(db01.points["2"]?.location == SourceLocation(file: InspectionFormGrid.file, sheet: "Phiếu kiểm tra",
                                                             cell: CellRef(a1: g.a1("Điểm kiểm tra", row: 0))))
        #expect(db01.entries["2"]?.note == "Thiếu biên bản")
        #expect(form.units[1].points.isEmpty)
        #expect(form.units[1].entries["12"]?.note == "Chưa kiểm tra", "notes are kept for a re-written form")
        #expect(form.findings.isEmpty)
        #expect(form.applies && form.rubricID == "142-KH/HU")
    }

    @Test func readsEnglishLabelsAndRetypedOnes() throws {
        var g = InspectionFormGrid()
        g.labels = ["Unit code", "Unit name", "Line", "Verified", "Note"]
        g.rows = [["Unit code": .text("CQ01"), "Line": .number(3), "Verified": .number(10)]]
        #expect(try #require(g.locate()).units.first?.points["3"]?.value == 10, "a code read as a number")
        g.labels = ["MÃ ĐƠN VỊ:", "Đơn vị", "Mã", "Điểm Đoàn kiểm tra (*)"]
        g.rows = [["MÃ ĐƠN VỊ:": .text("CQ01"), "Mã": .text("3"), "Điểm Đoàn kiểm tra (*)": .text(" 9,5 ")]]
        #expect(try #require(g.locate()).units.first?.points["3"]?.value == 9.5)
    }

    /// (cell value, line, expected points or finding code)
    static let cells: [(CellValue, String, Double?, FindingCode?)] = [
        (.number(3), "4a", 3, nil),
        (.number(0), "4a", 0, nil),
        (.text("2,5"), "4a", 2.5, nil),
        (.text("2.75"), "4a", 2.75, nil),
        (.number(3.5), "4a", nil, .formOutOfRange),
        (.number(-1), "1", nil, .formOutOfRange),
        (.text("12"), "2", nil, .formOutOfRange),
        (.text("đạt"), "1", nil, .formNotANumber),
        (.bool(true), "1", nil, .formNotANumber),
        (.error("#VALUE!"), "1", nil, .formNotANumber),
        (.text("1.234"), "2", nil, .formAmbiguousNumber),
        (.empty, "1", nil, nil),
        (.text("   "), "1", nil, nil),
    ]

    @Test(arguments: cells.indices)
    func typesEachVerifiedCell(_ k: Int) throws {
        let (value, line, points, code) = Self.cells[k]
        var g = InspectionFormGrid()
        g.add("DB01", "Đảng bộ Công an huyện", line: line, verified: value)
        let form = try #require(g.locate())
        #expect(form.units.first?.points[line]?.value == points, "\(value)")
        #expect(form.findings.map(\.code) == (code.map { [$0] } ?? []), "\(value)")
        if let f = form.findings.first {
            #expect(f.severity == .error)
            #expect(f.location?.cell == g.a1("Điểm kiểm tra", row: 0))
            #expect(f.location?.file == InspectionFormGrid.file)
            #expect(!f.text(.vi).isEmpty && f.text(.vi).contains("DB01"))
            #expect(!f.text(.vi).contains("form"), "no English word in the Vietnamese message")
        }
    }

    @Test func aFormulaWithoutValueIsNotANumber() throws {
        var g = InspectionFormGrid()
        g.add("DB01", nil, line: "1")
        var grid = g.grid
        grid.sheets[0][CellRef(a1: g.a1("Điểm kiểm tra", row: 0))!] = Cell(.empty, isFormula: true)
        let form = try #require(InspectionFormLocator.locate(grid, file: "f.xlsx", rubric: .seed))
        #expect(form.findings.map(\.code) == [.formNotANumber])
        let cached = Cell(.number(4), isFormula: true)
        grid.sheets[0][CellRef(a1: g.a1("Điểm kiểm tra", row: 0))!] = cached
        #expect(try #require(InspectionFormLocator.locate(grid, file: "f.xlsx", rubric: .seed)).units[0].points["1"]?.value == 4)
    }

    @Test func unknownLinesIncompleteAndDuplicateRowsAreWarnedWhenFilled() throws {
        var g = InspectionFormGrid()
        g.add("DB01", "A", line: "13", verified: .number(2))     // not in the rubric
        g.add("DB01", "A", line: "13")                           // same, empty: nothing to say
        g.add(nil, nil, line: "1", verified: .number(5))         // no unit
        g.add("DB01", "A", line: nil, verified: .number(5))      // no line
        g.add(nil, nil, line: nil)                               // a blank row
        g.add("DB01", "A", line: "2", verified: .number(9))
        g.add("DB01", "A", line: "2", verified: .number(7))      // the same line again
        g.add("XA01", "B", line: "2")
        g.add("XA01", "B", line: "2", verified: .number(7))      // a first row left empty
        let form = try #require(g.locate())
        #expect(form.findings.map(\.code) == [.formLineUnknown, .formRowIncomplete, .formRowIncomplete, .formDuplicateRow])
        #expect(form.findings.allSatisfy { $0.severity == .warning })
        #expect(form.findings[0].value == "13")
        #expect(form.findings[3].location?.cell == g.a1("Điểm kiểm tra", row: 6))
        #expect(form.units[0].points["2"]?.value == 9, "the first row of a line wins")
        #expect(form.units[1].points["2"] == nil, "an empty first row still comes first")
    }

    @Test func theHiddenSheetGivesRubricAndFiles() throws {
        var g = InspectionFormGrid()
        g.meta = ("142-KH/HU", [("DB01", "Đảng bộ Công an huyện", "DB01.xlsx", String(repeating: "AB", count: 32)),
                                ("", "Chi bộ không mã", "khong-ma.xlsx", "00")])
        g.add("db01", "Đảng bộ Công an huyện", line: "1", verified: .number(5))
        g.add(nil, "Chi bộ không mã", line: "1", verified: .number(5))
        let form = try #require(g.locate())
        #expect(form.units[0].file == "DB01.xlsx")
        #expect(form.units[0].sha256 == String(repeating: "ab", count: 32), "codes compare case-insensitively")
        #expect(form.units[1].file == "khong-ma.xlsx")
        #expect(form.findings.isEmpty)
    }

    @Test func aFormForAnotherRubricAppliesNothing() throws {
        var g = InspectionFormGrid()
        g.meta = ("99-KH/TU", [])
        g.add("DB01", nil, line: "1", verified: .number(5))
        let form = try #require(g.locate())
        #expect(!form.applies)
        #expect(form.findings.map(\.code) == [.formOtherRubric])
        #expect(form.findings[0].severity == .error)
        #expect(form.findings[0].location?.sheet == "_thidua_form" && form.findings[0].location?.cell == "B2")
        #expect(form.findings[0].text(.vi).contains("\"99-KH/TU\""))
    }

    @Test func withoutTheHiddenSheetTheChecksAreSkippedWithAnInfo() throws {
        var g = InspectionFormGrid()
        g.meta = nil
        g.add("DB01", nil, line: "1", verified: .number(5))
        let form = try #require(g.locate())
        #expect(form.applies && form.rubricID == nil)
        #expect(form.findings.map(\.code) == [.formNoMeta])
        #expect(form.findings[0].severity == .info)
        #expect(form.units[0].points["1"]?.value == 5)
    }

    @Test func aGridWithoutTheTableIsNotAForm() {
        var template = Sheet(name: "Tự chấm điểm")
        for (c, label) in ["Mã", "Nội dung", "Điểm tối đa", "Điểm tự chấm", "Minh chứng", "Điểm kiểm tra"].enumerated() {
            template[CellRef(row: 12, column: c)] = Cell(.text(label))
        }
        template[CellRef(row: 2, column: 0)] = Cell(.text("Mã đơn vị"))
        #expect(InspectionFormLocator.locate(Grid(sheets: [template]), file: "t.xlsx", rubric: .seed) == nil)
        #expect(InspectionFormLocator.locate(Grid(sheets: []), file: "t.xlsx", rubric: .seed) == nil)
    }
}
