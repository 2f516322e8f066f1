import Catalog
import Scoring
import SheetModel
import Testing

private let plan = LocatorPlan(rubric: seedRubric)

private func locate(_ sheets: [Sheet], file: String = "don-vi.xlsx") -> Submission {
    Locator.locate(Grid(sheets: sheets), file: file, plan: plan, fileModified: nil)
}

/// A sheet from rows of optional texts/numbers, starting at A1.
private func sheet(_ name: String = "S", _ rows: [[CellValue?]], merged: [String] = []) -> Sheet {
    var s = Sheet(name: name, merged: merged.compactMap { CellRange(a1: $0) })
    for (r, row) in rows.enumerated() {
        for (c, value) in row.enumerated() {
            if let value { s[CellRef(row: r, column: c)] = Cell(value) }
        }
    }
    return s
}

private func t(_ s: String) -> CellValue? { .text(s) }
private func n(_ d: Double) -> CellValue? { .number(d) }

/// Claimed values by code and the cells they came from.
private func claims(_ s: Submission) -> [String: String] {
    Dictionary(uniqueKeysWithValues: s.items.map {
        ($0.code, $0.claimed.value.displayText + "@" + ($0.claimed.location?.cell ?? "-"))
    })
}

@Suite struct LocatorVariantTests {
    @Test(arguments: ["number", "dotted", "spaced", "upper", "prefixed", "trailingDot", "decimal"])
    func codesAsUnitsAndProgramsWriteThem(style: String) {
        var b = TemplateGridBuilder()
        b.writeCode = { code in
            let digits = String(code.prefix { $0.isNumber })
            let letter = code.dropFirst(digits.count)
            switch style {
            case "number": return letter.isEmpty ? .number(Double(digits)!) : .text(code)
            case "dotted": return .text(letter.isEmpty ? code : digits + "." + letter)
            case "spaced": return .text(letter.isEmpty ? code : digits + " " + letter)
            case "upper": return .text(code.uppercased())
            case "prefixed": return .text("Tiêu chí " + code)
            case "trailingDot": return .text(code + ".")
            default:  // 1.0 as text, 4a as 4.1
                return letter.isEmpty ? .text(digits + ".0")
                    : .number(Double(digits)! + (letter == "a" ? 0.1 : 0.2))
            }
        }
        let s = locate([b.build()])
        #expect(s.items.map(\.code) == seedRubric.items.map(\.code))
        #expect(s.items.map { $0.location?.cell } == seedRubric.items.map { b.placed["code:\($0.code)"]?.a1 })
        #expect(s.findings.isEmpty, "\(s.findings)")
    }

    @Test func subLinesUnderTheirCriterionRow() {
        var b = TemplateGridBuilder()
        b.splitSubLines = true
        b.writeCode = { code in Double(code).map { .number($0) } ?? .text(code) }  // "4" as a number
        let s = locate([b.build()])
        #expect(s.items.map(\.code) == seedRubric.items.map(\.code))
        #expect(s.items.map { $0.location?.cell } == seedRubric.items.map { b.placed["code:\($0.code)"]?.a1 })
        #expect(claims(s)["9b"] == "4.5@D" + String(Int(b.placed["code:9b"]!.a1.dropFirst())!))
        #expect(s.findings.isEmpty)
    }

    @Test func metaSheetOfThisRubric() {
        var b = TemplateGridBuilder()
        let meta = sheet("_thidua", [[t("rubric_id"), t("142-KH/HU")], [t("unit_code"), t("CB09")]])
        let s = locate([b.build(), meta])
        #expect(s.templateRubricID == "142-KH/HU")
        #expect(s.findings.isEmpty)
        #expect(s.unitCode.value == .text("CB01"))  // the header wins over the meta sheet
    }

    @Test func metaSheetOfAnotherRubric() throws {
        var b = TemplateGridBuilder()
        let meta = sheet("_thidua", [[t("template_version"), t("1")], [t("rubric_id"), t("99-KH/TU")]])
        let s = locate([meta, b.build()])
        #expect(s.templateRubricID == "99-KH/TU")
        let finding = try #require(s.findings.first { $0.code == .otherRubric })
        #expect(finding.severity == .error)
        #expect(finding.location?.sheet == "_thidua")
        #expect(finding.location?.cell == "B2")
        #expect(finding.value == "99-KH/TU")
        #expect(finding.text(.vi).contains("142-KH/HU"))
        #expect(s.items.count == 14)  // still read, so the unit sees its other findings
    }

    @Test func unitCodeFromMetaWhenTheHeaderLacksIt() {
        let meta = sheet("_thidua", [[t("rubric_id"), t("142-KH/HU")], [t("unit_code"), t("CB09")]])
        let s = locate([meta, sheet("S", [[t("Mã"), t("Điểm tự chấm")], [t("1"), n(5)]])])
        #expect(s.unitCode.value == .text("CB09"))
        #expect(s.unitCode.location?.cell == "B2")
    }

    @Test func noScoringTable() throws {
        for grid in [[sheet("Sheet1", [[t("Báo cáo"), t("Mã"), t("Điểm tự chấm")], [t("abc")]])], []] {
            let s = locate(grid, file: "bao-cao.xlsx")
            let finding = try #require(s.findings.first)
            #expect(s.findings.count == 1)
            #expect(finding.code == .noScoringTable)
            #expect(finding.severity == .error)
            #expect(finding.location?.file == "bao-cao.xlsx")
            #expect(finding.text(.vi).contains("Mau-tu-cham-diem.xlsx"))
            #expect(finding.text(.vi).contains("bao-cao.xlsx"))
        }
    }

    @Test func twoRowHeaderWithMergedCells() {
        let s = locate([sheet("S", [
            [t("Tên đơn vị"), nil, t("Xã Ia Hrú")],
            [t("Mã"), t("Nội dung"), t("Điểm"), nil, nil, t("Minh chứng")],
            [nil, nil, t("Tối đa"), t("Tự chấm"), t("Kiểm tra"), nil],
            [t("1"), t("…"), n(5), n(5), nil, t("CV 1")],
            [t("2"), t("…"), n(10), n(9), n(8), nil],
        ], merged: ["A2:A3", "B2:B3", "C2:E2", "F2:F3", "A1:B1"])])
        #expect(claims(s) == ["1": "5@D4", "2": "9@D5"])
        #expect(s.items[1].verified.value == .number(8))
        #expect(s.items[1].verified.location?.cell == "E5")
        #expect(s.items[0].evidence.value == .text("CV 1"))
        #expect(s.unitName.value == .text("Xã Ia Hrú"))
        #expect(s.unitName.location?.cell == "C1")
    }

    @Test func retypedCountLabelsAndValueBelow() {
        let s = locate([sheet("S", [
            [t("Mã"), t("Điểm tự chấm")],
            [t("1"), n(5)],
            [t("Tổng cộng"), n(5)],
            [t("Tổng số CB, ĐV, CC, VC"), n(30)],
            [t("Số bản cam kết đã ký"), n(29)],
            [t("Số người HT xuất sắc NV"), n(7)],
            [t("Số người hoàn thành tốt nhiệm vụ")],
            [n(20)],
        ])])
        #expect(s.counts["staff"] == Entry(.number(30), at: SheetModel.SourceLocation(
            file: "don-vi.xlsx", sheet: "S", cell: CellRef(a1: "B4"))))
        #expect(s.counts["pledges"]?.value == .number(29))
        #expect(s.counts["excellent"]?.value == .number(7))
        #expect(s.counts["good"]?.value == .number(20))
        #expect(s.counts["good"]?.location?.cell == "A8")
        #expect(s.writtenTotal.location?.cell == "B3")
    }

    @Test func emptyValueBeforeTheNextLabelStaysEmpty() {
        let s = locate([sheet("S", [
            [t("Tên đơn vị:"), nil, t("Mã đơn vị:"), t("CB01")],
            [t("Mã"), t("Điểm tự chấm")],
            [t("1"), nil],
        ])])
        #expect(s.unitName.value == .empty)
        #expect(s.unitName.location?.cell == "B1")
        #expect(s.unitCode.value == .text("CB01"))
        #expect(s.items[0].claimed.value == .empty)
        #expect(s.items[0].claimed.location?.cell == "B3")
    }

    @Test func unknownAndDuplicateLines() {
        let s = locate([sheet("S", [
            [t("Mã"), t("Điểm tự chấm")],
            [t("1"), n(5)],
            [t("13"), n(2)],
            [t("1"), n(4)],
            [t("14"), nil],
            [t("Ghi chú: đơn vị điền đầy đủ các cột"), nil],
        ])])
        #expect(claims(s) == ["1": "5@B2"])
        let codes = s.findings.map { "\($0.code)/\($0.severity)/\($0.location?.cell ?? "")" }
        #expect(codes == ["unknownItem/warning/A3", "duplicateItem/warning/A4", "unknownItem/info/A5"])
    }

    @Test func nomineesSkipEmptyRowsAndStopAtTheNextLabel() {
        let s = locate([sheet("S", [
            [t("Mã"), t("Điểm tự chấm")],
            [t("1"), n(5)],
            [t("Đề nghị khen thưởng cá nhân")],
            [t("TT"), t("Họ tên"), t("Chức vụ"), t("Đảng viên"), t("Thành tích")],
            [n(1), t("A Lê"), nil, t("x")],
            [n(2)],
            [n(3), t("Ksor H'Nhi"), t("Phó Chủ tịch UBND xã"), t("Không"), t("Điển hình")],
            [nil, t("Người lập:"), t("Y Thanh")],
        ])])
        #expect(s.nominees.map(\.name.text) == ["A Lê", "Ksor H'Nhi"])
        #expect(s.nominees[0].partyMember.location?.cell == "D5")
        #expect(s.nominees[0].position.value == .empty)
        #expect(s.nominees[1].achievements.location?.cell == "E7")
        #expect(s.preparer.value == .text("Y Thanh"))
    }

    @Test func formulaFlagAndTrimming() {
        var s1 = sheet("S", [[t("Mã"), t("Điểm tự chấm"), t("Minh chứng")], [t("1"), nil, t("  CV số 5 \n")]])
        s1[CellRef(row: 1, column: 1)] = Cell(.number(5), isFormula: true)
        let s = locate([s1])
        #expect(s.items[0].claimed.isFormula)
        #expect(!s.items[0].evidence.isFormula)
        #expect(s.items[0].evidence.value == .text("CV số 5"))
    }
}
