import Foundation
import Scoring
import SheetModel
import SheetWriter
import Testing
@testable import Reports
@testable import SheetReaders

/// The inspection form's writer: rows, order, pre-filled points, carried entries, and
/// the written file (protection, validation, hidden sheet) read back by the locator.
@Suite struct InspectionFormWriterTests {
    typealias F = ReportFixture

    /// Ranked: "Chi bộ A" 100 and "Chi bộ B" 95; needs fixing: "Chi bộ C" (above max);
    /// the rest: "Chi bộ D" (a line without evidence scores 0: not eligible).
    static func input(previous: InspectionPoints? = nil, language: Language = .vi) -> InspectionFormInput {
        let subs = [F.submission(file: "d.xlsx", name: "Chi bộ D", code: "D", evidence: ["6": ""]),
                    F.submission(file: "c.xlsx", name: "Chi bộ C", code: "C", claims: ["2": 12]),
                    F.submission(file: "b.xlsx", name: "Chi bộ B", code: "B", verified: ["2": 5]),
                    F.submission(file: "a.xlsx", name: "Chi bộ A", code: "A")].map(F.scored)
        let c = Consolidator.consolidate(subs, roster: nil, rubric: F.rubric)
        return InspectionFormInput(consolidation: c, files: ["a.xlsx", "b.xlsx", "c.xlsx", "d.xlsx"].map { F.record($0, .used) },
                                   rubricSHA256: "ab12", version: "test", language: language,
                                   reportDate: DateTimeValue(year: 2024, month: 6, day: 25), previous: previous)
    }

    /// The form's sheet with every row made, and where its table is.
    static func form(_ input: InspectionFormInput) -> (sheet: FormSheet, layout: InspectionFormSheet.Layout) {
        let (s, layout) = InspectionFormSheet.build(input)
        return (s.materialized(), layout)
    }

    static func rows(_ form: (sheet: FormSheet, layout: InspectionFormSheet.Layout))
        -> [(unit: String, line: String, verified: CellContent, note: String?)] {
        let s = form.sheet
        return form.layout.dataRows.map { r in
            let cells = s.rows[r].cells
            return (s.text(r, 0) ?? "", s.text(r, 2) ?? "", cells[9]?.content ?? .empty, s.text(r, 10))
        }
    }

    @Test func oneRowPerUnitAndLineRankedThenNeedingFixesThenTheRest() throws {
        let form = Self.form(Self.input())
        let s = form.sheet, data = form.layout.dataRows
        let h = form.layout.headerRow
        #expect((0..<11).map { s.text(h, $0) } == ["Mã đơn vị", "Tên đơn vị", "Mã", "Nội dung", "Điểm tối đa", "Điểm tự chấm",
                                                   "Minh chứng", "Điểm tính từ số liệu", "Trạng thái", "Điểm kiểm tra", "Ghi chú"])
        let rows = Self.rows(form)
        #expect(rows.count == 4 * 14)
        #expect(stride(from: 0, to: rows.count, by: 14).map { rows[$0].unit } == ["A", "B", "C", "D"])
        #expect(rows.prefix(14).map(\.line) == F.rubric.items.map(\.code))
        #expect(rows[14 + 1].verified == .number(5), "B's verified points pre-filled from its file")
        #expect(rows.filter { $0.verified != .empty }.count == 1)
        let c2 = data.lowerBound + 2 * 14 + 1
        #expect(s.rows[c2].cells[8]?.content == .text("Cần sửa"))
        #expect(s.rows[c2].cells[5]?.content == .number(12), "the claim as the unit wrote it, above the max")
        let a5 = data.lowerBound + 5
        #expect(s.rows[a5].cells[7]?.content == .number(8), "criterion 5 computed from the counts")
        #expect(s.rows[a5].cells[4]?.content == .number(8))
        #expect(s.text(a5, 3)!.count <= InspectionFormSheet.criterionLength + 1)
        #expect(s.text(a5, 3)!.hasSuffix("…"))
        #expect(s.text(4, 0) == "PHIẾU KIỂM TRA KẾT QUẢ THI ĐUA")
        #expect(s.text(1, 6) == "Chu Puh, ngày 25 tháng 6 năm 2024")
        // Every other unit's locked cells are banded; the inputs keep their own shading.
        #expect(s.rows[data.lowerBound + 14].cells[1]?.style == .banded(.text))
        #expect(s.rows[data.lowerBound + 14].cells[9]?.style == .verifiedInput)
        #expect(s.rows[data.lowerBound].cells[1]?.style == .text)
    }

    @Test func theTeamsEntriesInAPreviousFormAreWrittenAgain() throws {
        var g = [[String: CellValue]]()
        g.append(["Mã đơn vị": .text("A"), "Mã": .text("2"), "Điểm kiểm tra": .text("7,5"), "Ghi chú": .text("Đủ hồ sơ")])
        g.append(["Mã đơn vị": .text("A"), "Mã": .text("3"), "Điểm kiểm tra": .text("đạt")])
        g.append(["Mã đơn vị": .text("B"), "Mã": .text("4a"), "Ghi chú": .text("Hẹn bổ sung")])
        let previous = InspectionPoints(try #require(Self.locate(Self.sheet(g))))
        let rows = Self.rows(Self.form(Self.input(previous: previous)))
        let byKey = Dictionary(uniqueKeysWithValues: rows.map { ("\($0.unit)/\($0.line)", $0) })
        #expect(byKey["A/2"]?.verified == .number(7.5))
        #expect(byKey["A/2"]?.note == "Đủ hồ sơ")
        #expect(byKey["A/3"]?.verified == .text("đạt"), "kept for the team to correct")
        #expect(byKey["B/4a"]?.note == "Hẹn bổ sung")
        #expect(byKey["B/2"]?.verified == .number(5), "the file's points where the form is blank")
    }

    @Test(arguments: [false, true])
    func theWrittenFormLocksAllButTheInputsAndReadsBack(constantMemory: Bool) throws {
        let dir = try scratch()
        let path = dir + "/PhieuKiemTra.xlsx"
        var input = Self.input()
        input.constantMemory = constantMemory
        try InspectionFormWriter.write(input, to: path)
        let bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: path)))
        let (sheet, workbook) = try bytes.withUnsafeBytes { raw -> (String, String) in
            let zip = try ZipArchive(bytes: raw, file: path, limits: .standard)
            return (String(decoding: try zip.read("xl/worksheets/sheet1.xml"), as: UTF8.self),
                    String(decoding: try zip.read("xl/workbook.xml"), as: UTF8.self))
        }
        #expect(sheet.contains("<sheetProtection sheet=\"1\""))
        #expect(sheet.contains("sort=\"0\"") && sheet.contains("autoFilter=\"0\""), "filtering and sorting allowed")
        let data = Self.form(input).layout.dataRows
        let first = data.lowerBound + 1, last = data.upperBound
        #expect(sheet.contains("sqref=\"J\(first):J\(last)\"><formula1>0</formula1><formula2>$E\(first)</formula2>"))
        #expect(sheet.contains("<autoFilter ref=\"A\(first - 1):K\(last)\"/>"))
        #expect(sheet.contains("state=\"frozen\""))
        #expect(sheet.contains("<pageSetup paperSize=\"9\"") && sheet.contains("orientation=\"landscape\""))
        #expect(workbook.contains("name=\"_thidua_form\" sheetId=\"2\" state=\"hidden\""))
        #expect(workbook.contains("_xlnm.Print_Titles"))

        let grid = try SheetReader.read(contentsOf: path).grid
        let form = try #require(InspectionFormLocator.locate(grid, file: "PhieuKiemTra.xlsx", rubric: F.rubric))
        #expect(form.findings.isEmpty)
        #expect(form.units.map(\.code) == ["A", "B", "C", "D"])
        #expect(form.units[1].points["2"]?.value == 5)
        #expect(form.units.map(\.file) == ["a.xlsx", "b.xlsx", "c.xlsx", "d.xlsx"])
        #expect(form.units[0].sha256 == F.sha("a.xlsx"))

        try InspectionFormWriter.write(input, to: dir + "/again.xlsx")
        #expect(try Data(contentsOf: URL(fileURLWithPath: dir + "/again.xlsx")) == Data(bytes), "same input, same bytes")
    }

    @Test func replacingAFormLosesNothingOnlyWhenItHoldsWhatTheNewOneWrites() throws {
        let input = Self.input()
        func existing(_ rows: [[String: CellValue]]) throws -> InspectionPoints {
            InspectionPoints(try #require(Self.locate(Self.sheet(rows))))
        }
        let same = try existing([["Mã đơn vị": .text("B"), "Mã": .text("2"), "Điểm kiểm tra": .text("5,0")],
                                 ["Mã đơn vị": .text("A"), "Mã": .text("1")]])
        #expect(InspectionFormOverwrite.firstLoss(replacing: same, with: input) == nil)
        let typed = try existing([["Mã đơn vị": .text("A"), "Mã": .text("1"), "Điểm kiểm tra": .number(4)]])
        #expect(InspectionFormOverwrite.firstLoss(replacing: typed, with: input) == .init(unit: "A", line: "1"))
        let noted = try existing([["Mã đơn vị": .text("B"), "Mã": .text("2"), "Điểm kiểm tra": .number(5), "Ghi chú": .text("x")]])
        #expect(InspectionFormOverwrite.firstLoss(replacing: noted, with: input) == .init(unit: "B", line: "2"))
        let gone = try existing([["Mã đơn vị": .text("Z"), "Mã": .text("1"), "Điểm kiểm tra": .number(4)]])
        #expect(InspectionFormOverwrite.firstLoss(replacing: gone, with: input)?.unit == "Z")
        // Read back as --inspected, the same entries are written again: nothing lost.
        let carried = Self.input(previous: typed)
        #expect(InspectionFormOverwrite.firstLoss(replacing: typed, with: carried) == nil)
        // Another form read back decides the rows it has, also one it emptied; not the others.
        let returned = try existing([["Mã đơn vị": .text("A"), "Mã": .text("1")],
                                     ["Mã đơn vị": .text("B"), "Mã": .text("2"), "Điểm kiểm tra": .number(3)]])
        let both = try existing([["Mã đơn vị": .text("A"), "Mã": .text("1"), "Điểm kiểm tra": .number(4)],
                                 ["Mã đơn vị": .text("B"), "Mã": .text("2"), "Điểm kiểm tra": .number(5)]])
        #expect(InspectionFormOverwrite.firstLoss(replacing: both, with: Self.input(previous: returned)) == nil)
        let other = try existing([["Mã đơn vị": .text("C"), "Mã": .text("1"), "Điểm kiểm tra": .number(4)]])
        #expect(InspectionFormOverwrite.firstLoss(replacing: other, with: Self.input(previous: returned)) == .init(unit: "C", line: "1"))
    }

    @Test func englishLabels() throws {
        let (s, layout) = Self.form(Self.input(language: .en))
        let h = layout.headerRow
        #expect(s.text(h, 0) == "Unit code" && s.text(h, 9) == "Verified" && s.text(h, 10) == "Note")
        #expect(s.text(layout.dataRows.lowerBound, 8) == "Valid")
    }

    // MARK: Helpers

    /// A form's sheet holding only a header and `rows` (values by label).
    static func sheet(_ rows: [[String: CellValue]]) -> Grid {
        let labels = ["Mã đơn vị", "Tên đơn vị", "Mã", "Điểm kiểm tra", "Ghi chú"]
        var sheet = Sheet(name: "Phiếu kiểm tra")
        for (c, l) in labels.enumerated() { sheet[CellRef(row: 0, column: c)] = Cell(.text(l)) }
        for (r, row) in rows.enumerated() {
            for (l, v) in row { sheet[CellRef(row: r + 1, column: labels.firstIndex(of: l)!)] = Cell(v) }
        }
        return Grid(sheets: [sheet])
    }

    static func locate(_ grid: Grid) -> InspectionForm? {
        InspectionFormLocator.locate(grid, file: "cu.xlsx", rubric: F.rubric)
    }
}
