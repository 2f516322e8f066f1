import Testing
@testable import SheetModel

@Test(arguments: [("A1", 0, 0), ("B7", 6, 1), ("$Z$10", 9, 25), ("AA1", 0, 26), ("XFD1048576", 1_048_575, 16_383), ("ab12", 11, 27)])
func parsesA1(text: String, row: Int, column: Int) {
    let ref = CellRef(a1: text)
    #expect(ref == CellRef(row: row, column: column))
}

@Test(arguments: ["", "A", "1", "A0", "XFE1", "A1048577", "A1B", "ÄB1"])
func refusesMalformedA1(text: String) {
    #expect(CellRef(a1: text) == nil)
}

@Test func columnNamesRoundTrip() {
    for column in [0, 1, 25, 26, 27, 51, 52, 701, 702, 16_383] {
        let name = CellRef.columnName(column)
        #expect(CellRef(a1: name + "1")?.column == column, "column \(column) → \(name)")
    }
    #expect(CellRef(row: 6, column: 1).a1 == "B7")
}

@Test func rangesNormaliseAndContain() {
    let range = CellRange(a1: "C3:A1")
    #expect(range?.description == "A1:C3")
    #expect(range?.contains(CellRef(row: 1, column: 1)) == true)
    #expect(range?.contains(CellRef(row: 3, column: 0)) == false)
}

@Test func sparseSheetStoresOnlyValues() {
    var sheet = Sheet(name: "S")
    sheet.set(Cell(.number(1)), at: CellRef(row: 1_048_575, column: 16_383))
    sheet.set(Cell(.empty), at: CellRef(row: 0, column: 0))
    sheet.set(Cell(.empty, isFormula: true), at: CellRef(row: 2, column: 2))
    #expect(sheet.cellCount == 2)
    #expect(sheet.rowCount == 1_048_576)
    #expect(sheet[2, 2].isFormula)
}

@Test func sourceLocationQuotesSheetNames() {
    #expect(SourceLocation(file: "a.xlsx", sheet: "Tự chấm điểm", cell: CellRef(row: 0, column: 0)).place == "'Tự chấm điểm'!A1")
    #expect(SourceLocation(file: "a.xlsx", sheet: "Sheet1", cell: CellRef(row: 0, column: 0)).place == "Sheet1!A1")
}

@Test func a1MatchesColumnNameAndRowForTheWholeGrid() {
    for column in Array(0..<1_000) + Array(16_000..<CellRef.maxColumns) {
        for row in [0, 8, 9, 99, 999_999, CellRef.maxRows - 1] {
            let ref = CellRef(row: row, column: column)
            #expect(ref.a1 == CellRef.columnName(column) + String(row + 1))
            #expect(CellRef(a1: ref.a1) == ref)
        }
    }
    #expect(CellRef(row: 0, column: CellRef.maxColumns).a1 == "XFE1")  // outside the grid: the slow path
}
