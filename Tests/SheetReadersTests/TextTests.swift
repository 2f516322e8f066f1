import SheetModel
import Testing
@testable import SheetReaders

/// CSV details, text decoding, numbers and dates.
@Suite struct TextTests {
    private func csv(_ text: String, name: String = "t.csv") throws -> (Sheet, ReadResult) {
        let result = try SheetReader.read(data: Array(text.utf8), name: name)
        return (try #require(result.grid.sheets.first), result)
    }

    @Test func quotedFieldsAndLineEnds() throws {
        let (s, r) = try csv("a,\"b \"\"q\"\"\r\nline\",c\r\n\"x,y\",,z\n")
        #expect(r.format == .csv)
        #expect(s[0, 1].value == .text("b \"q\"\nline"))
        #expect(s[0, 2].value == .text("c"))
        #expect(s[1, 0].value == .text("x,y"))
        #expect(s[1, 1].value == .empty)
        #expect(s[1, 2].value == .text("z"))
    }

    /// thidua's CSV template writes `'=x` for text starting with a formula character;
    /// reading it back gives the text as typed. Other apostrophes stay.
    @Test func protectiveApostropheIsDropped() throws {
        let (s, _) = try csv("'=1+1,'+84 905,'-5 điểm,'@SUM(A1),\"'=a,b\",'95,'',' x,'\n")
        #expect(s[0, 0].value == .text("=1+1"))
        #expect(s[0, 1].value == .text("+84 905"))
        #expect(s[0, 2].value == .text("-5 điểm"))
        #expect(s[0, 3].value == .text("@SUM(A1)"))
        #expect(s[0, 4].value == .text("=a,b"))
        #expect(s[0, 5].value == .text("'95"))
        #expect(s[0, 6].value == .text("''"))
        #expect(s[0, 7].value == .text("' x"))
        #expect(s[0, 8].value == .text("'"))
    }

    @Test func sepLineAndDelimiterSniffing() throws {
        let (s, _) = try csv("sep=;\r\nMã;Điểm\r\n1;7,5\r\n")
        #expect(s[0, 0].value == .text("Mã"))
        #expect(s[1, 1].value == .text("7,5"))
        let (t, r) = try csv("Tiêu đề\nMã\tĐiểm\n1\t7,5\n")
        #expect(r.format == .tsv)
        #expect(t[2, 1].value == .text("7,5"))
        #expect(CSVReader.sniffDelimiter(Array("a;b;c,d\n".utf8), from: 0) == 0x3B)
        #expect(CSVReader.sniffDelimiter(Array("\"a,b\";c\n".utf8), from: 0) == 0x3B)
    }

    /// The vi-VN list separator and decimal mark can both be `,`: when the header row holds as
    /// many `;` as `,`, `;` is the delimiter (and a tab beats both on a tie).
    @Test func delimiterTiesGoToSemicolonThenTab() throws {
        #expect(CSVReader.sniffDelimiter(Array("Mã;Điểm,5\n".utf8), from: 0) == 0x3B)
        #expect(CSVReader.sniffDelimiter(Array("Mã,Tên;Điểm,x;y\n".utf8), from: 0) == 0x3B)
        #expect(CSVReader.sniffDelimiter(Array("Mã\tĐiểm;5\n".utf8), from: 0) == 0x09)
        let (s, r) = try csv("Mã đơn vị;Điểm,5\nDB01;7,5\n")
        #expect(r.grid.properties["delimiter"] == ";")
        #expect(s[0, 0].value == .text("Mã đơn vị"))
        #expect(s[0, 1].value == .text("Điểm,5"))
        #expect(s[1, 1].value == .text("7,5"))
    }

    @Test func lossyQuestionMarksAreRefusedButURLsAreNot() throws {
        #expect(LossyCheck.firstLossyWord("Nguy?n Th? H?a") == "Nguy?n")
        #expect(LossyCheck.firstLossyWord("Có không? Có.") == nil)
        #expect(LossyCheck.firstLossyWord("https://x.gov.vn/a?id=5") == nil)
        do {
            _ = try SheetReader.read(data: Array("Tên,Nguy?n V?n A\n".utf8), name: "t.csv")
            Issue.record("lossy CSV was read")
        } catch {
            #expect(error.code == .lossyEncoding)
            #expect(error.detail == "\"Nguy?n\"", "the garbled word, for the finding's value")
        }
    }

    @Test func nfdInputIsComposed() throws {
        let (s, _) = try csv("Thu\u{309}y,Ho\u{300}a\n")
        guard case .text(let t) = s[0, 0].value else { Issue.record("not text"); return }
        #expect(Array(t.unicodeScalars) == ["T", "h", "\u{1EE7}", "y"])
    }

    @Test func legacyFontTextIsNoted() throws {
        let (_, r) = try csv("Họ tên,NguyÔn ThÞ Hßa\n")
        #expect(r.notes.contains { $0.code == .legacyFontText && $0.cell == CellRef(row: 0, column: 1) })
        let (_, clean) = try csv("Họ tên,Nguyễn Thị Hòa\n")
        #expect(!clean.notes.contains { $0.code == .legacyFontText })
    }

    @Test(arguments: [("7", 7.0), ("-12.5", -12.5), ("0.05", 0.05), ("1E-3", 0.001), ("3.1415926535897931", 3.141592653589793),
                      ("84.75", 84.75), ("1e300", 1e300), (" 42 ", 42.0), ("0.1", 0.1), ("123456789012345678", 123456789012345678.0)])
    func numbers(_ text: String, _ value: Double) {
        let parsed = Array(text.utf8).withUnsafeBufferPointer { Numbers.double($0) }
        #expect(parsed == value)
    }

    @Test(arguments: ["", "abc", "1.2.3", "1e", "--1", "."])
    func notNumbers(_ text: String) {
        #expect(Array(text.utf8).withUnsafeBufferPointer { Numbers.double($0) } == nil)
    }

    @Test func serialDates() {
        #expect(ExcelDate.fromSerial(45296, date1904: false) == DateTimeValue(year: 2024, month: 1, day: 5))
        #expect(ExcelDate.fromSerial(1, date1904: false) == DateTimeValue(year: 1900, month: 1, day: 1))
        #expect(ExcelDate.fromSerial(45296.999999999, date1904: false) == DateTimeValue(year: 2024, month: 1, day: 6))
        #expect(ExcelDate.fromSerial(0, date1904: true) == DateTimeValue(year: 1904, month: 1, day: 1))
        #expect(ExcelDate.fromSerial(-1, date1904: false) == nil)
    }

    @Test(arguments: [("dd/mm/yyyy", true), ("d-mmm-yy", true), ("mmm yyyy", true), ("h:mm", false), ("[h]:mm:ss", false),
                      ("0.00", false), ("General", false), ("#,##0 \"đ\"", false), ("[Red]0.0", false), ("mm:ss", false),
                      ("[$-42A]dddd, d mmmm yyyy", true), ("yyyy-mm-dd hh:mm", true)])
    func dateFormats(_ code: String, _ isDate: Bool) {
        #expect(Styles.isDateFormat(code) == isDate)
    }

    @Test func partPaths() {
        #expect(RelationshipsParser.resolve("worksheets/sheet1.xml", from: "xl/") == "xl/worksheets/sheet1.xml")
        #expect(RelationshipsParser.resolve("/xl/worksheets/sheet1.xml", from: "xl/") == "xl/worksheets/sheet1.xml")
        #expect(RelationshipsParser.resolve("../docProps/app.xml", from: "xl/") == "docProps/app.xml")
        #expect(RelationshipsParser.resolve("worksheets\\s.xml", from: "xl/") == "xl/worksheets/s.xml")
        #expect(RelationshipsParser.relsPath(of: "xl/workbook.xml") == "xl/_rels/workbook.xml.rels")
        #expect(RelationshipsParser.relsPath(of: "") == "_rels/.rels")
        #expect(!ZipArchive.isSafe("../../etc/x"))
        #expect(!ZipArchive.isSafe("/etc/x"))
        #expect(ZipArchive.isSafe("xl/worksheets/sheet1.xml"))
        #expect(!ZipArchive.isSafe("xl/../../x"))
        #expect(!ZipArchive.isSafe("xl/.."))
        #expect(!ZipArchive.isSafe("c:/x"))
        #expect(ZipArchive.isSafe("xl/..data/...x"))
        #expect(RelationshipsParser.resolve("./worksheets/./s.xml", from: "xl/") == "xl/worksheets/s.xml")
        #expect(RelationshipsParser.resolve("../../../x.xml", from: "xl/") == "x.xml")
    }
}
