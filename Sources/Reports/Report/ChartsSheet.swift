import Scoring
import SheetWriter

/// "Biểu đồ": accepted total by unit (bars, from "Tổng hợp") and the share of
/// units meeting each line (columns, from "Chi tiết tiêu chí").
enum ChartsSheet {
    static let name = "Biểu đồ"
    /// Most units drawn in the bar chart (the best ranked first); more would be unreadable.
    static let maxBars = 60

    static func build(_ input: ReportInput, summary: SummarySheet.Layout, matrix: MatrixSheet.Layout) -> ReportSheet {
        let t = input.text
        var s = ReportSheet(name: name, columnWidths: Array(repeating: 9, count: 16))
        s.line(t("Biểu đồ", "Charts").uppercased(), .title)
        s.line(TitleBlock.planLine(input.rubric, t), .subtitle)
        s.gap()
        guard let rows = summary.submittedRows else {
            s.line(t("Chưa có đơn vị nào để vẽ biểu đồ.", "No units to chart."), .note)
            return s
        }
        let last = min(rows.upperBound, rows.lowerBound + maxBars - 1)
        let count = last - rows.lowerBound + 1
        var title = t("Điểm được công nhận của các đơn vị", "Accepted points by unit")
        if count < rows.count { title += t(" (\(count) đơn vị đầu bảng)", " (first \(count) units)") }
        let top = s.nextRow
        s.charts.append(.init(kind: .bar, title: title, categoryAxis: t("Đơn vị", "Unit"), valueAxis: t("Điểm", "Points"),
                              categories: Chart.range(sheet: SummarySheet.name, rows.lowerBound, SummarySheet.unit, last, SummarySheet.unit),
                              values: Chart.range(sheet: SummarySheet.name, rows.lowerBound, SummarySheet.accepted, last, SummarySheet.accepted),
                              valueMax: input.rubric.total, row: top, col: 0,
                              xScale: 2.9, yScale: barScale(count), reversed: true))
        if let share = matrix.shareRow {
            // Below the bar chart: 288 px × yScale ≈ rows of 20 px.
            let below = top + Int((barScale(count) * 288 / 20).rounded(.up)) + 2
            s.charts.append(.init(kind: .column, title: t("Tỷ lệ đơn vị đạt điểm tối đa từng tiêu chí", "Share of units at each line's maximum"),
                                  categoryAxis: t("Tiêu chí", "Line"), valueAxis: t("Tỷ lệ", "Share"),
                                  categories: Chart.range(sheet: MatrixSheet.name, matrix.codeRow, matrix.lineColumns.lowerBound,
                                                          matrix.codeRow, matrix.lineColumns.upperBound),
                                  values: Chart.range(sheet: MatrixSheet.name, share, matrix.lineColumns.lowerBound,
                                                      share, matrix.lineColumns.upperBound),
                                  valueMax: 1, row: below, col: 0, xScale: 2.9, yScale: 1.3, valueFormat: "0%"))
        }
        return s
    }

    /// Height scale of the bar chart: about 32 px a bar, at least 1.4 × 288 px.
    static func barScale(_ bars: Int) -> Double { max(1.4, Double(bars) * 0.11 + 0.35) }
}
