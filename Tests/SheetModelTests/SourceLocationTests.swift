import Testing
import SheetModel

@Test(arguments: [("Sheet1", "Sheet1!B7"), ("Tự chấm điểm", "'Tự chấm điểm'!B7"),
                  ("Bảng của đơn vị A's", "'Bảng của đơn vị A''s'!B7"), ("'", "''''!B7"), ("", "B7")])
func placeQuotesSheetNamesThatNeedIt(_ sheet: String, _ place: String) {
    #expect(SourceLocation(file: "a.xlsx", sheet: sheet, cell: CellRef(a1: "B7")).place == place)
}
