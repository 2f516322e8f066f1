import SheetModel
import Testing
@testable import Scoring

@Suite struct FieldParsingTests {
    @Test(arguments: [
        ("7,5", ParsedNumber.value(7.5)), ("7.5", .value(7.5)), ("7.50", .value(7.5)), ("8", .value(8)),
        (" 10 ", .value(10)), ("0,25", .value(0.25)), ("-3", .value(-3)), (",5", .value(0.5)),
        ("0.125", .value(0.125)), ("1,234", .value(1.234)),
        ("1.234", .ambiguous("1.234")), ("1.234,5", .ambiguous("1.234,5")), ("1.234.567", .ambiguous("1.234.567")),
        ("tám", .notANumber("tám")), ("8 điểm", .notANumber("8 điểm")), ("", .empty), ("   ", .empty),
    ])
    func numbersFromText(_ text: String, _ expected: ParsedNumber) {
        #expect(FieldParser.number(.text(text)) == expected)
    }

    @Test func numbersFromCells() {
        #expect(FieldParser.number(.number(7.4)) == .value(7.4))
        #expect(FieldParser.number(.empty) == .empty)
        #expect(FieldParser.number(.error("#DIV/0!")) == .notANumber("#DIV/0!"))
        #expect(FieldParser.number(.bool(true)) == .notANumber("TRUE"))
    }

    @Test(arguments: [
        (CellValue.number(40), ParsedCount.value(40)), (.text("37"), .value(37)), (.text("40,5"), .notWhole(40.5)),
        (.number(-1), .notWhole(-1)), (.text("1.234"), .ambiguous("1.234")), (.text("bốn mươi"), .notANumber("bốn mươi")),
        (.empty, .empty), (.number(0), .value(0)),
    ])
    func wholeCounts(_ cell: CellValue, _ expected: ParsedCount) {
        #expect(FieldParser.count(cell) == expected)
    }

    @Test(arguments: [
        ("có", true), ("Có", true), ("CÓ", true), ("x", true), ("yes", true), ("true", true), ("1", true), ("co", true),
        ("không", false), ("Không", false), ("no", false), ("false", false), ("0", false), ("khong", false),
    ])
    func yesNo(_ text: String, _ expected: Bool) {
        #expect(FieldParser.yesNo(.text(text)) == expected)
    }

    @Test func yesNoUnreadableAndCells() {
        #expect(FieldParser.yesNo(.text("có lẽ")) == nil)
        #expect(!FieldParser.yesNoReadable(.text("có lẽ")))
        #expect(FieldParser.yesNoReadable(.empty))
        #expect(FieldParser.yesNo(.bool(false)) == false)
        #expect(FieldParser.yesNo(.number(1)) == true)
    }

    @Test(arguments: [
        ("Hoàn thành xuất sắc nhiệm vụ", "excellent"), ("hoàn thành tốt nhiệm vụ", "good"),
        ("Hoàn thành nhiệm vụ", "done"), ("Không hoàn thành nhiệm vụ", "notDone"),
        ("xuất sắc", "excellent"), ("Tốt", "good"), ("hoàn thành", "done"), ("không hoàn thành", "notDone"),
        ("Hoàn thành tốt", "good"), ("HTXSNV", "excellent"), ("HTTNV", "good"), ("HTNV", "done"), ("KHTNV", "notDone"),
        ("hoan thanh tot nhiem vu", "good"), ("Hoàn  thành   tốt nhiệm vụ", "good"), ("good", "good"),
    ])
    func ratings(_ text: String, _ code: String) {
        #expect(RatingParser.rating(.text(text), ratings: Rubric.seed.ratings) == code)
    }

    @Test func unknownRating() {
        #expect(RatingParser.rating(.text("Khá"), ratings: Rubric.seed.ratings) == nil)
        #expect(RatingParser.rating(.empty, ratings: Rubric.seed.ratings) == nil)
    }

    @Test(arguments: [
        ("Từ tháng 6 năm 2023 đến tháng 6 năm 2024", PeriodCheck.matches), ("6/2023 - 6/2024", .matches),
        ("06/2023–06/2024", .matches), ("2023-2024", .matches), ("Tháng 6/2023 đến tháng 6/2024", .matches),
        ("2023-06 đến 2024-06", .matches), ("tháng 6/2023 - tháng 6/2024", .matches),
        ("", .missing), ("6/2022 - 6/2023", .differs), ("2024-2025", .differs), ("1/2023 - 12/2023", .differs),
        ("Năm nay", .unreadable),
    ])
    func periods(_ text: String, _ expected: PeriodCheck) {
        #expect(PeriodParser.check(text.isEmpty ? .empty : .text(text), against: Rubric.seed.period) == expected)
    }

    @Test(arguments: [
        (CellValue.text("05/01/2024"), "2024-01-05"), (.text("5-1-2024"), "2024-01-05"), (.text("2024-01-05"), "2024-01-05"),
        (.text("ngày 05 tháng 01 năm 2024"), "2024-01-05"), (.text("5.1.24"), "2024-01-05"),
        (.number(45296), "2024-01-05"), (.number(61), "1900-03-01"), (.number(59), "1900-02-28"),
        (.date(DateTimeValue(year: 2024, month: 1, day: 5)), "2024-01-05"),
    ])
    func dates(_ cell: CellValue, _ iso: String) {
        #expect(DateParser.date(cell)?.isoDate == iso)
    }

    @Test func unreadableDates() {
        #expect(DateParser.date(.text("31/02/2024")) == nil)
        #expect(DateParser.date(.text("đầu năm")) == nil)
        #expect(DateParser.date(.text("13/13/2024")) == nil)
    }

    @Test(arguments: [(7.405, 7.41), (7.4049, 7.4), (2.675, 2.68), (0.005, 0.01), (8 * 37.0 / 40, 7.4), (1.0 / 3, 0.33)])
    func roundingHalfUp(_ x: Double, _ expected: Double) {
        #expect(CellNumber.round(x) == expected)
    }

    @Test func numberText() {
        #expect(CellNumber.text(7.4) == "7.4")
        #expect(CellNumber.textVi(7.45) == "7,45")
        #expect(CellNumber.text(8) == "8")
        #expect(CellNumber.text(0.05) == "0.05")
    }
}

@Suite struct NameKeyTests {
    @Test(arguments: [("Hoà Bình", "Hòa Bình"), ("Thuỷ", "Thủy"), ("Huyện uỷ", "Huyện ủy"), ("Ia  Phang ", "ia phang")])
    func matchingKeysAgree(_ a: String, _ b: String) {
        #expect(NameKey.matching(a) == NameKey.matching(b))
    }

    @Test(arguments: [("Chư Don", "Ia Phang"), ("Dân vận", "Đảng ủy"), ("An", "Ân"), ("Ân", "Ba"), ("Ia Le", "Ia Rong")])
    func vietnameseOrder(_ first: String, _ second: String) {
        #expect(VietnameseOrder.precedes(first, second))
        #expect(!VietnameseOrder.precedes(second, first))
    }

    @Test func notCodePointOrder() {
        // Code-point order puts "Đảng ủy" (U+0110) after "Zê"; Vietnamese puts it after D.
        let names = ["Đảng ủy", "Ba", "Ân", "Dân vận", "An"]
        #expect(names.sorted(by: VietnameseOrder.precedes) == ["An", "Ân", "Ba", "Dân vận", "Đảng ủy"])
        #expect(names.sorted() != ["An", "Ân", "Ba", "Dân vận", "Đảng ủy"])
    }

    @Test func aLetterWithAMarkComesAfterEveryWordOfItsBaseLetter() {
        // ă, â, ư, ơ are letters of their own: "Uỷ ban" before "Ưu tú", "aắc" (a, ă) before "Ao".
        // (Foundation's locale comparison put "Uở" after "Ư".)
        let names = ["Ưu tú", "Uỷ ban xã", "Ăn", "Ao", "Uở", "Ư", "ắ", "aắc"]
        #expect(names.sorted(by: VietnameseOrder.precedes) == ["aắc", "Ao", "ắ", "Ăn", "Uở", "Uỷ ban xã", "Ư", "Ưu tú"])
    }

    @Test func tonesOrderAfterTheLetterAndCaseLast() {
        // Tones: none, huyền, hỏi, ngã, sắc, nặng; lower case before upper case.
        let names = ["Mạ", "má", "mã", "mả", "mà", "ma", "Ma", "mb"]
        #expect(names.sorted(by: VietnameseOrder.precedes) == ["ma", "Ma", "mà", "mả", "mã", "má", "Mạ", "mb"])
        #expect(VietnameseOrder.key("Hòa") == VietnameseOrder.key("Hòa".decomposedStringWithCanonicalMapping))
    }
}
