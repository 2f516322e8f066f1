import Catalog
import Scoring
import SheetWriter

/// "Chi tiết tiêu chí": units × lines of accepted scores, with the max row, each
/// unit's total, the average of each line and the share of units meeting it
/// (score = max), under a heat-map.
enum MatrixSheet {
    static let name = ReportSheetName.criteria.vi
    static let firstLine = 3   // columns: STT, unit, status, then one per line, then total

    /// Where the share row is, for the charts sheet.
    struct Layout: Equatable {
        var codeRow: Int
        var shareRow: Int?
        var lineColumns: ClosedRange<Int>
    }

    static func build(_ input: ReportInput) -> (ReportSheet, Layout) {
        let t = input.text, rubric = input.rubric
        let items = rubric.items
        let total = firstLine + items.count
        var s = ReportSheet.report(name, columnWidths: [5, 26, 12] + Array(repeating: 6.5, count: items.count) + [9])
        s.line(t(.criteriaTitle).uppercased(), .title)
        s.line(TitleBlock.planLine(rubric, t), .subtitle)
        s.gap()
        let header = s.add([.text(t(ReportColumn.number), .header), .text(t(ReportColumn.unit), .header),
                            .text(t(ReportColumn.status), .header)]
                           + items.map { .text($0.code, .header) } + [.text(t(ReportColumn.total), .header)], minimum: 24)
        let maxRow = s.add([.blank(.group), .text(t(.maximum), .group), .blank(.group)]
                           + items.map { .number($0.max, .pointsBold) } + [.number(rubric.total, .pointsBold)])
        s.header(rows: header...maxRow, frozenColumns: 2)
        let first = s.nextRow
        // One pass over the units for the sums the average and share rows need; each unit's
        // row is made only when it is written (a block per unit).
        var sums = Array(repeating: 0.0, count: items.count), met = Array(repeating: 0, count: items.count)
        var totalSum = 0.0
        let all = input.consolidation.units
        let shown = all.indices.filter { !all[$0].superseded }
        for i in shown {
            for (k, score) in scores(all[i].result, items).enumerated() {
                sums[k] += score ?? 0
                if abs((score ?? 0) - items[k].max) < 0.005 { met[k] += 1 }
            }
            totalSum += all[i].score
        }
        let count = shown.count, sheet = s
        s.addBlocks(rowCount: count, count: count) { k in
            let u = all[shown[k]]
            let status = RowStatus.unit(u.status)
            var row: [ReportSheet.Cell?] = [.number(Double(k + 1), .integer), .text(u.name),
                                            .text(status.label(t), .status(status.tone))]
            row.reserveCapacity(total + 1)
            row += scores(u.result, items).map { .number($0) }
            row.append(.number(u.score, .pointsBold))
            return [sheet.fitted(row)]
        }
        let last = s.nextRow - 1
        let lines = firstLine...(total - 1)
        guard count > 0 else {
            s.line(t(.noUnits), .note)
            return (s, Layout(codeRow: header, shareRow: nil, lineColumns: lines))
        }
        s.autofilter = CellArea(firstRow: header, firstCol: 0, lastRow: last, lastCol: total)
        for c in firstLine...total { s.heatMap(CellArea(firstRow: first, firstCol: c, lastRow: last, lastCol: c)) }

        func range(_ c: Int) -> String {
            ExcelLimits.a1(firstRow: first, firstColumn: c, lastRow: last, lastColumn: c)
        }
        var average: [ReportSheet.Cell?] = [.blank(.group), .text(t(.average), .group), .blank(.group)]
        var share: [ReportSheet.Cell?] = [.blank(.group), .text(t(.shareAtMaximum), .group), .blank(.group)]
        for k in items.indices {
            let c = firstLine + k
            let mean = sums[k] / Double(count), ratio = Double(met[k]) / Double(count)
            average.append(.init(content: .formula("AVERAGE(\(range(c)))", cached: .number(mean)), style: .pointsBold))
            let maxCell = ExcelLimits.a1(row: maxRow, column: c)
            share.append(.init(content: .formula("COUNTIF(\(range(c)),\(maxCell))/ROWS(\(range(c)))", cached: .number(ratio)),
                               style: .percent))
        }
        let mean = totalSum / Double(count)
        average.append(.init(content: .formula("AVERAGE(\(range(total)))", cached: .number(mean)), style: .pointsBold))
        share.append(.blank(.group))
        s.add(average)
        let shareRow = s.add(share)
        return (s, Layout(codeRow: header, shareRow: shareRow, lineColumns: lines))
    }

    /// A unit's accepted score per rubric line (lines come in rubric order; looked up by code otherwise).
    static func scores(_ result: UnitResult, _ items: [RubricItem]) -> [Double?] {
        items.enumerated().map { k, item in
            if k < result.lines.count, result.lines[k].code == item.code { return result.lines[k].score }
            return result.line(item.code)?.score
        }
    }
}
