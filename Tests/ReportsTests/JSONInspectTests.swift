import Foundation
import Reports
import SheetModel
import SheetReaders
import Testing

/// `inspect --json`: one line, keys in the declared order, cells as SPEC §9 writes them.
@Suite struct JSONInspectTests {
    static func document(_ cells: [String: CellValue], name: String = "Tờ 1") -> String {
        var sheet = Sheet(name: name, state: .visible)
        for (a1, value) in cells { sheet[CellRef(a1: a1)!] = Cell(value) }
        return InspectJSON.render(ReadResult(grid: Grid(sheets: [sheet]), format: .csv), file: "x.csv")
    }

    @Test func everyKindOfCell() throws {
        var sheet = Sheet(name: "Tờ \"1\"", state: .hidden)
        sheet[CellRef(a1: "B1")!] = Cell(.number(7.5))
        sheet[CellRef(a1: "A3")!] = Cell(.date(DateTimeValue(year: 2024, month: 1, day: 5)))
        sheet[CellRef(a1: "C3")!] = Cell(.date(DateTimeValue(year: 2024, month: 1, day: 5, hour: 8)))
        sheet[CellRef(a1: "D3")!] = Cell(.empty, isFormula: true)
        sheet[CellRef(a1: "A4")!] = Cell(.error("#N/A"))
        sheet[CellRef(a1: "B4")!] = Cell(.bool(false))
        sheet[CellRef(a1: "C4")!] = Cell(.text("a\nb"))
        let json = InspectJSON.render(ReadResult(grid: Grid(sheets: [sheet]), format: .xlsx), file: "x.xlsx")
        #expect(json == ##"{"file":"x.xlsx","format":"xlsx","sheets":[{"name":"Tờ \"1\"","state":"hidden","rows":[[null,7.5],[],[{"date":"2024-01-05"},null,{"datetime":"2024-01-05T08:00:00"}],[{"error":"#N/A"},false,"a\nb"]]}]}"##)
    }

    @Test func anUnreadableFileGivesTheErrorObject() {
        let error = InspectJSON.render(ReadError(.encrypted, file: "x.xlsx"), file: "x.xlsx", message: "Tệp có \"mật khẩu\".")
        #expect(error == #"{"file":"x.xlsx","error":{"code":"encrypted","message":"Tệp có \"mật khẩu\"."}}"#)
    }

    @Test func anArchiveHoldsItsEntriesDocuments() {
        let read = Self.document(["A1": .text("x")])
        let failed = InspectJSON.render(ReadError(.corruptZip, file: "a.zip › b.xlsx"), file: "a.zip › b.xlsx", message: "m")
        #expect(InspectJSON.render(archive: "a.zip", format: "zip", entries: [read, failed])
                == #"{"file":"a.zip","format":"zip","entries":["# + read + "," + failed + "]}")
        #expect(InspectJSON.render(archive: "a.zip", format: "zip", entries: []) == #"{"file":"a.zip","format":"zip","entries":[]}"#)
    }

    /// Numbers as the listing shows them (`CellValue.format`): −0 as `0`, no `.0`; NaN and ±∞
    /// as `null`. Control characters other than line end, return and tab as `\u00XX`.
    @Test func numbersAndEscapes() {
        #expect(Self.document(["A1": .number(-0.0), "B1": .number(100), "C1": .number(1e21), "D1": .number(.nan),
                               "E1": .number(-.infinity), "F1": .number(-2.5)])
                .contains(#""rows":[[0,100,1e+21,null,null,-2.5]]"#))
        #expect(InspectJSON.quote("a\u{08}b\u{0C}c\u{01}\u{1F}\t\r\n\"\\/é\u{7F}")
                == #""a\u0008b\u000cc\u0001\u001f\t\r\n\"\\/é"# + "\u{7F}\"")
    }

    /// Every document is JSON that Foundation reads back to the same cells.
    @Test func documentsAreJSON() throws {
        let json = Self.document(["A1": .text("Đơn vị \"A\"\u{08}"), "C2": .bool(true), "B3": .number(0.1)], name: "a/b")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let sheets = try #require(object["sheets"] as? [[String: Any]])
        #expect(sheets.first?["name"] as? String == "a/b")
        let rows = try #require(sheets.first?["rows"] as? [[Any]])
        #expect(rows.count == 3 && rows[0].first as? String == "Đơn vị \"A\"\u{08}" && rows[1].count == 3)
    }
}
