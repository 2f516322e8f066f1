import Catalog
import Scoring
import SheetWriter

/// "Biểu đồ": accepted total by unit (bars, from "Tổng hợp") and the share of
/// units meeting each line (columns, from "Chi tiết tiêu chí").
enum ChartsSheet {
    static let name = ReportSheetName.charts.vi
    /// Most units drawn in the bar chart (the best ranked first); more would be unreadable.
    static let maxBars = 60

    static func build(_ input: ReportInput, summary: SummarySheet.Layout, matrix: MatrixSheet.Layout) -> ReportSheet {
        let t = input.text
        var s = ReportSheet.report(name, columnWidths: Array(repeating: 9, count: 16))
        s.line(t(.chartsTitle).uppercased(), .title)
        s.line(TitleBlock.planLine(input.rubric, t), .subtitle)
        s.gap()
        guard let rows = summary.submittedRows else {
            s.line(t(.noUnitsToChart), .note)
            return s
        }
        let last = min(rows.upperBound, rows.lowerBound + maxBars - 1)
        let count = last - rows.lowerBound + 1
        let title = t(.acceptedByUnit(shown: count < rows.count ? count : nil))
        let top = s.nextRow
        s.charts.append(chart(.bar, title: title, categoryAxis: t(ReportColumn.unit), valueAxis: t(ReportColumn.points),
                              categories: Chart.range(sheet: SummarySheet.name, rows.lowerBound, SummarySheet.unit, last, SummarySheet.unit),
                              values: Chart.range(sheet: SummarySheet.name, rows.lowerBound, SummarySheet.accepted, last, SummarySheet.accepted),
                              valueMax: input.rubric.total, row: top, yScale: barScale(count), reversed: true))
        if let share = matrix.shareRow {
            // Below the bar chart: 288 px × yScale ≈ rows of 20 px.
            let below = top + Int((barScale(count) * 288 / 20).rounded(.up)) + 2
            s.charts.append(chart(.column, title: t(.shareAtMaximumByLine), categoryAxis: t(.criterion), valueAxis: t(.share),
                                  categories: Chart.range(sheet: MatrixSheet.name, matrix.codeRow, matrix.lineColumns.lowerBound,
                                                          matrix.codeRow, matrix.lineColumns.upperBound),
                                  values: Chart.range(sheet: MatrixSheet.name, share, matrix.lineColumns.lowerBound,
                                                      share, matrix.lineColumns.upperBound),
                                  valueMax: 1, row: below, yScale: 1.3, valueFormat: "0%"))
        }
        return s
    }

    /// A chart of the report: one blue series named for the value axis, from 0, no legend,
    /// 2.9 times the default width, at column A.
    private static func chart(_ kind: Chart.Kind, title: String, categoryAxis: String, valueAxis: String,
                              categories: String, values: String, valueMax: Double, row: Int, yScale: Double,
                              valueFormat: String? = nil, reversed: Bool = false) -> ChartDescription {
        ChartDescription(kind: kind, series: [.init(categories: categories, values: values, name: valueAxis, color: 0x4472C4)],
                         title: title, categoryAxis: categoryAxis, valueAxis: valueAxis, valueMin: 0, valueMax: valueMax,
                         valueFormat: valueFormat, reversed: reversed, legend: Chart.Legend.none,
                         row: row, col: 0, xScale: 2.9, yScale: yScale)
    }

    /// Height scale of the bar chart: about 32 px a bar, at least 1.4 × 288 px.
    static func barScale(_ bars: Int) -> Double { max(1.4, Double(bars) * 0.11 + 0.35) }
}
