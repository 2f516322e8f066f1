import Scoring
import SheetModel
import Testing

/// The template's signature block ("THỦ TRƯỞNG ĐƠN VỊ", "(Ký, ghi rõ họ tên, đóng dấu)")
/// sits one row under the nominee rows, in the achievements column: it must end the
/// nominations table, not become two nominees without a name.
@Test(arguments: [false, true])
func signatureUnderFullNomineeRowsIsNoNominee(merged: Bool) {
    var builder = TemplateGridBuilder()
    builder.nominees = (0..<5).map { ["Nguyễn Văn Số \($0 + 1)", "Đảng viên", "Có", "Hoàn thành tốt nhiệm vụ"] }
    var sheet = builder.build()
    let last = CellRef(a1: builder.placed["nominee:4:achievements"]!.a1)!
    let title = CellRef(row: last.row + 2, column: last.column), hint = CellRef(row: last.row + 3, column: last.column)
    sheet.set(Cell(.text("THỦ TRƯỞNG ĐƠN VỊ")), at: title)
    sheet.set(Cell(.text("(Ký, ghi rõ họ tên, đóng dấu)")), at: hint)
    if merged {
        sheet.merged += [CellRange(first: title, last: CellRef(row: title.row, column: title.column + 2)),
                         CellRange(first: hint, last: CellRef(row: hint.row, column: hint.column + 2))]
    }
    let s = Locator.locate(Grid(sheets: [sheet]), file: "don-vi.xlsx", rubric: seedRubric, fileModified: nil)
    #expect(s.nominees.count == 5)
    #expect(s.nominees.allSatisfy { !$0.name.text.isEmpty })
    let scored = Scorer.score(s, rubric: seedRubric)
    #expect(!scored.findings.contains { $0.code == .nomineeNameMissing })
}
