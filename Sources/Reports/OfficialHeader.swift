import Scoring
import SheetModel
import SheetWriter

/// The texts of a Party document's header (Hướng dẫn 36-HD/VPTW), shared by the
/// templates and the report: higher body and issuing body top left with a `*`
/// below them, the national heading top right with the place and date below it.
/// Every string comes from the rubric's issuer (other plans, other bodies).
struct OfficialHeader {
    let issuer: Issuer

    /// `ĐẢNG BỘ TỈNH GIA LAI`.
    var higherBody: String { issuer.higherBody.uppercased() }
    /// `HUYỆN ỦY CHU PUH`.
    var issuingBody: String { issuer.issuingBody.uppercased() }
    /// `ĐẢNG CỘNG SẢN VIỆT NAM`.
    var nationalHeading: String { issuer.nationalHeading.uppercased() }
    /// The mark under the issuing body.
    let star = "*"

    /// The blank place-and-date line a unit fills by hand.
    static let blankPlaceDate = "……………, ngày …… tháng …… năm ………"

    /// `Chu Puh, ngày 05 tháng 01 năm 2024`; with no date, `Chu Puh, ngày …… tháng …… năm ………`
    /// (never today's date: the same inputs must give the same bytes).
    func placeDate(_ date: DateTimeValue?) -> String {
        let place = issuer.place.isEmpty ? "……………" : issuer.place
        guard let date else { return "\(place), ngày …… tháng …… năm ………" }
        return "\(place), " + VietnameseDate.long(date)
    }
}

extension VietnameseDate {
    /// `ngày 05 tháng 01 năm 2024` for a date value.
    static func long(_ d: DateTimeValue) -> String {
        long(d.isoDate) ?? "ngày \(d.day) tháng \(d.month) năm \(d.year)"
    }
}

extension PrintSetup {
    /// A4 print setup of Party documents (Hướng dẫn 36-HD/VPTW): left margin 3 cm,
    /// right 1.5 cm, top and bottom 2 cm, "Trang x/y" centred in the footer.
    static func partyDocument(_ orientation: PrintSetup.Orientation, footerSize: Int,
                              repeatRows: ClosedRange<Int>?) -> PrintSetup {
        var p = PrintSetup(orientation: orientation)
        p.left = 3 / 2.54; p.right = 1.5 / 2.54; p.top = 2 / 2.54; p.bottom = 2 / 2.54
        p.footer = "&C&\"Times New Roman\"&\(footerSize)Trang &P/&N"
        p.repeatRows = repeatRows
        return p
    }
}
