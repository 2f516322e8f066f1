import Foundation
import SheetModel
import Testing
@testable import SheetReaders
@testable import SheetWriter

/// A workbook description written by `WorkbookRenderer` and read back with thidua's own
/// reader (cells, merges, sheet states) and from its XML parts (validations, protection,
/// panes, autofilter, print titles, defined names, properties).
@Suite struct WorkbookRendererTests {
    /// The styles of the test workbook.
    enum Look: CellStyle {
        case plain, header, input, date
        var format: SheetWriter.FormatStyle {
            switch self {
            case .plain: SheetWriter.FormatStyle(fontName: "Times New Roman", wrap: true)
            case .header: SheetWriter.FormatStyle(fontName: "Times New Roman", bold: true, horizontal: .center, border: .thin)
            case .input: SheetWriter.FormatStyle(fill: 0xFFF2CC, numberFormat: "0.00", locked: false)
            case .date: SheetWriter.FormatStyle(numberFormat: "dd/mm/yyyy", locked: false)
            }
        }
        var wrapSize: Double? { self == .plain ? 11 : nil }
    }

    typealias Sheet = SheetDescription<Look>

    static func description() -> WorkbookDescription<Look> {
        var s = Sheet(name: "Tự chấm điểm", columnWidths: [8, 30, 12, 12])
        s.add(s.row([.text("Bảng tự chấm", .header, span: 4)], height: 30))
        s.add(s.row([.text("Mã", .header), .text("Nội dung", .header), .text("Điểm", .header), .text("Ngày", .header)]))
        s.add(s.row([.text("=SUM(A1)", .plain), .text("+84 912", .plain), .number(7.5, .input),
                     .init(content: .date(CalendarDate(year: 2024, month: 1, day: 5)), style: .date)]))
        let shape = s
        s.addBlocks(rowCount: 3, count: 3) { k in
            [shape.row([.text("dòng \(k + 1)", .plain), .blank(.plain), .number(Double(k), .input)], fitting: 18)]
        }
        s.add(s.row([.text("Tổng cộng", .header, span: 2), nil,
                     .init(content: .formula("SUM(C3:C6)", cached: .number(10.5), plain: 10.5), style: .input),
                     .init(content: .formula("IF(C7>0,\"có\",\"\")", cached: .text("có")), style: .plain)]))
        s.print = PrintSetup(orientation: .landscape)
        s.print?.repeatRows = 1...1
        s.frozen = FrozenPanes(row: 2, column: 1)
        s.autofilter = CellArea(firstRow: 1, firstCol: 0, lastRow: 5, lastCol: 3)
        s.validations = [.init(CellArea(firstRow: 2, firstCol: 2, lastRow: 5, lastCol: 2),
                               DataValidation(.decimal(min: 0, max: 10), inputTitle: "Điểm", errorMessage: "Từ 0 đến 10")),
                         .init(CellArea(row: 2, col: 1), DataValidation(.listFrom("=DS_Co")))]
        s.conditionalFormats = [.init(CellArea(firstRow: 2, firstCol: 2, lastRow: 5, lastCol: 2),
                                      .threeColorScale(min: 0xF8696B, mid: 0xFFEB84, max: 0x63BE7B)),
                                .init(CellArea(firstRow: 2, firstCol: 2, lastRow: 5, lastCol: 2), .cell(.greater, 9, .header))]
        s.charts = [ChartDescription(kind: .column, series: [.init(categories: Chart.range(sheet: s.name, 2, 0, 5, 0),
                                                                   values: Chart.range(sheet: s.name, 2, 2, 5, 2))],
                                     title: "Điểm", row: 9, col: 0)]
        var p = Protection()
        p.formatRows = true
        s.protection = p

        var lists = Sheet(name: "_ds", columnWidths: [10])
        lists.add(lists.row([.text("Có", .plain)]))
        lists.add(lists.row([.text("Không", .plain)]))
        lists.hidden = true

        var w = WorkbookDescription<Look>(properties: DocumentProperties(title: "Thử", created: DocumentProperties.fixedEpoch))
        w.customProperties = [.init("thidua.rubric_id", .text("142-KH/HU")), .init("count", .number(3)), .init("personal", .bool(true))]
        w.sheets = [lists, s]
        w.definedNames = [.init("DS_Co", "='_ds'!$A$1:$A$2")]
        w.activeSheet = 1
        return w
    }

    static func parts(_ path: String, _ names: [String]) throws -> [String] {
        let bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: path)))
        return try bytes.withUnsafeBytes { raw in
            let zip = try ZipArchive(bytes: raw, file: path, limits: .standard)
            return try names.map { String(decoding: try zip.read($0), as: UTF8.self) }
        }
    }

    @Test func aDescriptionReadsBackCellForCell() throws {
        let path = try scratchDirectory().appendingPathComponent("d.xlsx").path
        let limits = try WorkbookRenderer.write(Self.description(), to: path)
        #expect(limits.isEmpty)
        let grid = try SheetReader.read(contentsOf: path).grid
        #expect(grid.sheets.map(\.name) == ["_ds", "Tự chấm điểm"])
        #expect(grid.sheets.map(\.state) == [.hidden, .visible])
        let s = grid.sheets[1]
        #expect(s[CellRef(a1: "A1")!].value == .text("Bảng tự chấm"))
        #expect(s.merged.map(\.description) == ["A1:D1", "A7:B7"])
        #expect(s[CellRef(a1: "A3")!].value == .text("=SUM(A1)") && !s[CellRef(a1: "A3")!].isFormula, "text, never a formula")
        #expect(s[CellRef(a1: "B3")!].value == .text("+84 912"))
        #expect(s[CellRef(a1: "C3")!].value == .number(7.5))
        #expect(s[CellRef(a1: "D3")!].value == .date(DateTimeValue(year: 2024, month: 1, day: 5)))
        #expect((4...6).map { s[CellRef(a1: "A\($0)")!].value } == [.text("dòng 1"), .text("dòng 2"), .text("dòng 3")],
                "block rows in order")
        #expect(s[CellRef(a1: "C7")!].value == .number(10.5) && s[CellRef(a1: "C7")!].isFormula)
        #expect(s[CellRef(a1: "D7")!].value == .text("có") && s[CellRef(a1: "D7")!].isFormula)
        #expect(grid.sheets[0][CellRef(a1: "A2")!].value == .text("Không"))
    }

    @Test func layoutValidationAndProtectionReachTheParts() throws {
        let path = try scratchDirectory().appendingPathComponent("d.xlsx").path
        try WorkbookRenderer.write(Self.description(), to: path)
        let p = try Self.parts(path, ["xl/worksheets/sheet2.xml", "xl/workbook.xml", "docProps/custom.xml", "xl/worksheets/sheet1.xml"])
        let (sheet, workbook, custom, hidden) = (p[0], p[1], p[2], p[3])
        #expect(sheet.contains("<sheetProtection sheet=\"1\"") && sheet.contains("formatRows=\"0\""))
        #expect(sheet.contains("<dataValidation type=\"decimal\"") && sheet.contains("sqref=\"C3:C6\""))
        #expect(sheet.contains("type=\"list\"") && sheet.contains("<formula1>DS_Co</formula1>"))
        #expect(sheet.contains("<pane xSplit=\"1\" ySplit=\"2\""))
        #expect(sheet.contains("<autoFilter ref=\"A2:D6\"/>"))
        #expect(sheet.contains("colorScale") && sheet.contains("operator=\"greaterThan\""))
        #expect(sheet.contains("orientation=\"landscape\"") && sheet.contains("<drawing "))
        #expect(sheet.contains("<row r=\"1\" spans=\"1:4\" ht=\"30\" customHeight=\"1\">"))
        #expect(!hidden.contains("<pageSetup"), "a hidden sheet gets no print setup")
        #expect(workbook.contains("name=\"_ds\" sheetId=\"1\" state=\"hidden\""))
        #expect(workbook.contains("activeTab=\"1\""))
        #expect(workbook.contains("<definedName name=\"DS_Co\">'_ds'!$A$1:$A$2</definedName>"))
        #expect(workbook.contains("_xlnm.Print_Titles"))
        #expect(custom.contains("thidua.rubric_id") && custom.contains("<vt:bool>true</vt:bool>"))
    }

    @Test func theSameDescriptionGivesTheSameBytes() throws {
        let dir = try scratchDirectory()
        try WorkbookRenderer.write(Self.description(), to: dir.appendingPathComponent("a.xlsx").path)
        var materialized = Self.description()
        materialized.sheets = materialized.sheets.map { $0.materialized() }
        try WorkbookRenderer.write(materialized, to: dir.appendingPathComponent("b.xlsx").path)
        #expect(try Data(contentsOf: dir.appendingPathComponent("a.xlsx")) == Data(contentsOf: dir.appendingPathComponent("b.xlsx")),
                "blocks write what their rows would")
    }

    @Test func textLongerThanACellIsCutAndNoted() throws {
        var s = Sheet(name: "x", columnWidths: [10])
        s.add(s.row([.text(String(repeating: "ầ", count: 40_000), .plain)]))
        var w = WorkbookDescription<Look>(properties: DocumentProperties(created: DocumentProperties.fixedEpoch))
        w.sheets = [s]
        let path = try scratchDirectory().appendingPathComponent("cut.xlsx").path
        let limits = try WorkbookRenderer.write(w, to: path)
        #expect(limits.cutCells == [RenderLimits.Place(sheet: "x", cell: "A1")])
        let text = try SheetReader.read(contentsOf: path).grid.sheets[0][CellRef(a1: "A1")!].value.displayText
        #expect(text.utf16.count == ExcelLimits.maxStringLength && text.hasSuffix("…"))
    }

    @Test func rowsPastTheSheetAreLeftOutAndSaidInTheLastRow() throws {
        var s = Sheet(name: "dài", columnWidths: [10])
        let blocks = 1025, perBlock = 1024          // 1,049,600 rows: 1,025 more than a sheet holds
        s.addBlocks(rowCount: blocks * perBlock, count: blocks) { k in
            [Sheet.Row(cells: [.number(Double(k), .plain)])] + Array(repeating: Sheet.Row(cells: []), count: perBlock - 1)
        }
        var w = WorkbookDescription<Look>(properties: DocumentProperties(created: DocumentProperties.fixedEpoch))
        w.sheets = [s]
        w.options = Workbook.Options(constantMemory: true)
        w.rowsLeftOut = { n in .text("còn \(n) dòng", .plain) }
        let path = try scratchDirectory().appendingPathComponent("long.xlsx").path
        let limits = try WorkbookRenderer.write(w, to: path)
        #expect(limits.droppedRows == ["dài": blocks * perBlock - ExcelLimits.maxRows + 1])
        let sheet = try SheetReader.read(contentsOf: path).grid.sheets[0]
        #expect(sheet[ExcelLimits.maxRows - 1, 0].value == .text("còn 1025 dòng"))
        #expect(sheet[(blocks - 2) * perBlock, 0].value == .number(Double(blocks - 2)))
    }

    @Test func csvHoldsTheSameCells() {
        let s = Self.description().sheets[1].materialized()
        let csv = String(decoding: CSVWriter.bytes(s).dropFirst(3), as: UTF8.self)
        let lines = csv.components(separatedBy: "\r\n")
        #expect(lines[0] == "Bảng tự chấm,,,")
        #expect(lines[2] == "'=SUM(A1),'+84 912,7.5,2024-01-05")
        #expect(lines[6] == "Tổng cộng,,10.5,", "a formula as its plain number, or nothing")
        #expect(lines.count == 8 && lines[7].isEmpty)
    }

    @Test func anActiveSheetThatIsNotThereIsRefused() throws {
        var w = Self.description()
        w.activeSheet = 2
        let e = #expect(throws: WriterError.self) {
            try WorkbookRenderer.write(w, to: try scratchDirectory().appendingPathComponent("x.xlsx").path)
        }
        #expect(e?.code == .invalidArgument)
    }
}
