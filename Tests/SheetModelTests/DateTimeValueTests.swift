import Testing
@testable import SheetModel

@Test(arguments: [
    (45_292.0, false, "2024-01-01"), (1.0, false, "1900-01-01"), (59.0, false, "1900-02-28"),
    (60.0, false, "1900-02-28"), (61.0, false, "1900-03-01"), (0.0, true, "1904-01-01"),
    (43_830.75, false, "2019-12-31T18:00:00"), (43_830.0 - 1_462.0, true, "2019-12-31"),
])
func excelSerials(serial: Double, date1904: Bool, expected: String) throws {
    let value = try #require(DateTimeValue(excelSerial: serial, date1904: date1904))
    #expect(value.description == expected)
}

@Test func absurdSerialsAreNotDates() {
    #expect(DateTimeValue(excelSerial: -1, date1904: false) == nil)
    #expect(DateTimeValue(excelSerial: .infinity, date1904: false) == nil)
    #expect(DateTimeValue(excelSerial: 3_000_000, date1904: false) == nil)
}

@Test func dayCountsRoundTrip() {
    for days in [-719_468, -25_569, -1, 0, 1, 19_723, 2_932_896] {
        #expect(DateTimeValue(daysSince1970: days).daysSince1970 == days)
    }
    #expect(DateTimeValue(year: 2024, month: 1, day: 5).daysSince1970 == 19_727)
}

/// Every cell of every grid holds a `CellValue`; a date is its largest case.
@Test func aCellValueIsNoLargerThanItsTextCase() {
    #expect(MemoryLayout<CellValue>.stride <= MemoryLayout<String>.stride + 8)
    #expect(MemoryLayout<DateTimeValue>.size <= 24)
}

@Test func fieldsReadBackAsWrittenAndOrderAsBefore() {
    var v = DateTimeValue(year: 2024, month: 6, day: 25, hour: 14, minute: 5, second: 59)
    #expect((v.year, v.month, v.day, v.hour, v.minute, v.second) == (2024, 6, 25, 14, 5, 59))
    v.hour = 23
    v.second = 0
    #expect(v.isoDateTime == "2024-06-25T23:05:00")
    #expect(DateTimeValue(year: 2024, month: 6, day: 25) < v)
    #expect(DateTimeValue(year: 2024, month: 6, day: 26) > v)
    #expect(DateTimeValue(year: 2023, month: 12, day: 31, hour: 23) < DateTimeValue(year: 2024, month: 1, day: 1))
    // Out-of-range fields are kept (not checked here) within ±32,767, never a crash.
    let odd = DateTimeValue(year: 12_345_678, month: 40_000, day: -5)
    #expect(odd.year == 12_345_678 && odd.month == 32_767 && odd.day == -5)
}
