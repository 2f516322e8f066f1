import Catalog
import Scoring
import SheetModel
import SheetWriter

/// The texts of a Party document's header (Hướng dẫn 36-HD/VPTW), shared by the
/// templates, the report and the form: higher body and issuing body top left with a `*`
/// below them, the national heading top right with the place and date below it. Every
/// string comes from the rubric's issuer (other plans, other bodies); the place and date
/// are written in Vietnamese whatever the language.
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
    static let blankPlaceDate = DocumentText.placeDate(place: "", date: nil).vi

    /// `Chu Puh, ngày 05 tháng 01 năm 2024`; with no date, `Chu Puh, ngày …… tháng …… năm ………`
    /// (never today's date: the same inputs must give the same bytes).
    func placeDate(_ date: DateTimeValue?) -> String {
        DocumentText.placeDate(place: issuer.place, date: date.map(DocumentText.Day.init)).vi
    }
}

extension DocumentText.Day {
    /// The day of a date value.
    init(_ d: DateTimeValue) { self.init(year: d.year, month: d.month, day: d.day) }
}

extension PrintSetup {
    /// A4 print setup of Party documents (Hướng dẫn 36-HD/VPTW): left margin 3 cm,
    /// right 1.5 cm, top and bottom 2 cm, "Trang x/y" centred in the footer.
    static func partyDocument(_ orientation: PrintSetup.Orientation, footerSize: Int,
                              repeatRows: ClosedRange<Int>?) -> PrintSetup {
        var p = PrintSetup(orientation: orientation)
        p.left = 3 / 2.54; p.right = 1.5 / 2.54; p.top = 2 / 2.54; p.bottom = 2 / 2.54
        p.footer = "&C&\"Times New Roman\"&\(footerSize)" + DocumentText.pageFooter.vi
        p.repeatRows = repeatRows
        return p
    }
}
