import Scoring

/// The parts of a Party document (Hướng dẫn 36-HD/VPTW) every workbook prints, and the
/// words of the workbooks' document properties. The place and date under the national
/// heading, the page footer and the keywords are written in Vietnamese whatever the
/// language (`vi`); `en` says the same in English.
public enum DocumentText: CatalogMessage {
    /// `Chu Puh, ngày 05 tháng 01 năm 2024`; without a place or a date, dots to fill by hand.
    case placeDate(place: String, date: Day?)
    /// `ngày 15 tháng 6 năm 2023`.
    case date(Day)
    /// The plan's line under a title: its number, date and short title.
    case planLine(number: String, date: String, shortTitle: String)
    /// The page footer in Excel's codes: "Trang 1/3".
    case pageFooter
    case reportTitle(plan: String)
    case reportKeywords(rubric: String)
    case formKeywords(rubric: String)
    case templateTitle(plan: String)
    case templateKeywords(rubric: String)
    case templateComments

    /// A day of the calendar.
    public struct Day: Sendable, Hashable {
        public var year: Int
        public var month: Int
        public var day: Int

        /// The day `year-month-day`.
        public init(year: Int, month: Int, day: Int) {
            self.year = year
            self.month = month
            self.day = day
        }

        /// `2023-06-15`; nil unless it has a year, a month and a day.
        public init?(iso: String) {
            let p = iso.split(separator: "-").compactMap { Int($0) }
            guard p.count == 3 else { return nil }
            self.init(year: p[0], month: p[1], day: p[2])
        }
    }

    public var vi: String {
        switch self {
        case .placeDate(let place, let date):
            (place.isEmpty ? "……………" : place) + ", " + (date.map { Self.date($0).vi } ?? "ngày …… tháng …… năm ………")
        case .date(let d):
            // Days 1–9 and months 1–2 take a leading zero, as administrative documents write them.
            "ngày \(d.day < 10 ? "0" : "")\(d.day) tháng \(d.month < 3 ? "0" : "")\(d.month) năm \(d.year)"
        case .planLine(let number, let date, let shortTitle):
            "Kế hoạch số " + number + (Day(iso: date).map { " " + Self.date($0).vi } ?? "") + " — " + shortTitle
        case .pageFooter: "Trang &P/&N"
        case .reportTitle(let plan): "Báo cáo tổng hợp thi đua – " + plan
        case .reportKeywords(let rubric): "thi đua; tổng hợp; " + rubric
        case .formKeywords(let rubric): "thi đua; phiếu kiểm tra; " + rubric
        case .templateTitle(let plan): "Bảng tự chấm điểm thi đua – " + plan
        case .templateKeywords(let rubric): "thi đua; tự chấm điểm; " + rubric
        case .templateComments: "Tạo bởi thidua"
        }
    }

    public var en: String {
        switch self {
        case .placeDate(let place, let date):
            (place.isEmpty ? "……………" : place) + ", " + (date.map { Self.date($0).en } ?? "…… / …… / ………")
        case .date(let d): "\(d.year)-\(d.month < 10 ? "0" : "")\(d.month)-\(d.day < 10 ? "0" : "")\(d.day)"
        case .planLine(let number, let date, let shortTitle): "Plan No. " + number + " of " + date + " — " + shortTitle
        case .pageFooter: "Page &P/&N"
        case .reportTitle(let plan): "Emulation report – " + plan
        case .reportKeywords(let rubric): "emulation; consolidated report; " + rubric
        case .formKeywords(let rubric): "emulation; inspection form; " + rubric
        case .templateTitle(let plan): "Emulation self-scoring sheet – " + plan
        case .templateKeywords(let rubric): "emulation; self-scoring; " + rubric
        case .templateComments: "Made by thidua"
        }
    }
}
