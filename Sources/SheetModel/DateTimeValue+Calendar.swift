/// Calendar arithmetic for `DateTimeValue`: day counts and Excel serial dates.
extension DateTimeValue {
    /// The date `days` after 1970-01-01 (Howard Hinnant's `civil_from_days`), at midnight.
    public init(daysSince1970 days: Int) {
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        self.init(year: yoe + era * 400 + (m <= 2 ? 1 : 0), month: m, day: d)
    }

    /// Days from 1970-01-01 to this date (Howard Hinnant's `days_from_civil`); time ignored.
    public var daysSince1970: Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let doy = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    /// An Excel serial date: days since the epoch of the 1900 or 1904 system, with the
    /// time as the fraction. Nil for negative or absurd serials. In the 1900 system,
    /// serials 1–59 fall before Excel's phantom 29 February 1900, and 60 (the phantom
    /// day itself) reads as 28 February 1900.
    public init?(excelSerial serial: Double, date1904: Bool) {
        guard serial.isFinite, serial >= 0, serial < 2_958_466 else { return nil }
        var seconds = Int((serial * 86_400).rounded())
        var days = seconds / 86_400
        seconds -= days * 86_400
        // Days from 1970-01-01 of each system's day 0.
        if date1904 {
            days += -24_107  // 1904-01-01
        } else if days >= 61 {
            days += -25_569  // 1899-12-30
        } else if days == 60 {
            days = -25_509  // 1900-02-28
        } else {
            days += -25_568  // 1899-12-31
        }
        self.init(daysSince1970: days)
        hour = seconds / 3600
        minute = seconds / 60 % 60
        second = seconds % 60
    }
}
