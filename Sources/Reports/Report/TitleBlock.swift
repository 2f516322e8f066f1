import Catalog
import Scoring
import SheetModel

/// Writes the Party-document title block at the top of a report sheet:
/// higher body / issuing body / `*` on the left, national heading / place and
/// date on the right, then the title centred and a plan line under it.
enum TitleBlock {
    /// Adds the block; `split` is the first column of the right-hand half.
    static func add(to sheet: inout ReportSheet, issuer: Issuer, date: DateTimeValue?, split: Int,
                    title: String, subtitle: String?) {
        let h = OfficialHeader(issuer: issuer)
        let n = sheet.columnCount
        let right = n - split
        typealias C = ReportSheet.Cell
        sheet.add([C.text(h.higherBody, .higherBody, span: split)] + pad(split - 1) +
                  [C.text(h.nationalHeading, .nationalHeading, span: right)], height: 20)
        sheet.add([C.text(h.issuingBody, .issuingBody, span: split)], height: 20)
        sheet.add([C.text(h.star, .star, span: split)] + pad(split - 1) +
                  [C.text(h.placeDate(date), .placeDate, span: right)], height: 20)
        sheet.gap(10)
        sheet.line(title.uppercased(), .title)
        if let subtitle { sheet.line(subtitle, .subtitle) }
        sheet.gap(8)
    }

    private static func pad(_ k: Int) -> [ReportSheet.Cell?] { Array(repeating: nil, count: max(0, k)) }

    /// `Kế hoạch số 142-KH/HU ngày 15 tháng 6 năm 2023 — <short title>`.
    static func planLine(_ rubric: Rubric, _ t: Words) -> String {
        t(.planLine(number: rubric.plan.number, date: rubric.plan.date, shortTitle: rubric.plan.shortTitle))
    }
}
