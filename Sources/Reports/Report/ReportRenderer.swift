import Scoring
import SheetWriter

/// Writes `ReportSheet` models with SheetWriter, strictly row by row in order
/// (libxlsxwriter's constant-memory mode drops cells written to earlier rows). This is the
/// writer boundary of SPEC §12: text longer than a cell holds is cut and rows past the
/// sheet's last are left out (both noted in `limits`), so content never fails a report.
enum ReportRenderer {
    /// Margins of Party documents: left 3 cm, right 1.5 cm, top and bottom 2 cm.
    static func printSetup(_ sheet: ReportSheet) -> PrintSetup {
        .partyDocument(sheet.orientation, footerSize: 11, repeatRows: sheet.headerRows)
    }

    static func render(_ sheet: ReportSheet, into wb: Workbook, language: Language,
                       limits: inout RenderLimits) throws(WriterError) -> Worksheet {
        // Blocks are made as they are written, unless the sheet holds more rows than fit.
        let sheet = sheet.rowCount > ExcelLimits.maxRows ? sheet.materialized() : sheet
        let rows = limits.fittedRows(sheet, language: language)
        let lastRow = rows.count + sheet.blocks.reduce(0) { $0 + $1.rowCount } - 1
        let ws = try wb.addWorksheet(sheet.name)
        for (c, w) in sheet.columnWidths.enumerated() { try ws.setColumns(c, c, width: w) }
        try ws.setPrint(printSetup(sheet))
        try ws.setGridlines(screen: true, print: false)
        if let h = sheet.headerRows { try ws.freezePanes(row: h.upperBound + 1, col: sheet.frozenColumns) }
        // Everything that names a range first: constant-memory mode refuses ranges over flushed rows.
        if let a = sheet.autofilter, a.firstRow <= lastRow {
            try ws.autofilter(a.firstRow, a.firstCol, min(a.lastRow, lastRow), a.lastCol)
        }
        for a in sheet.colorScales where a.firstRow <= lastRow {
            try ws.addConditionalFormat(a.firstRow, a.firstCol, min(a.lastRow, lastRow), a.lastCol,
                                        .threeColorScale(min: 0xF8696B, mid: 0xFFEB84, max: 0x63BE7B))
        }
        for spec in sheet.charts {
            let chart = try wb.addChart(spec.kind)
            try chart.addSeries(categories: spec.categories, values: spec.values, name: spec.valueAxis, color: 0x4472C4)
            try chart.setTitle(spec.title)
            try chart.setAxisNames(category: spec.categoryAxis, value: spec.valueAxis)
            try chart.setValueAxis(min: 0, max: spec.valueMax)
            try chart.setLegend(.none)
            if let f = spec.valueFormat { try chart.setValueAxisNumberFormat(f) }
            if spec.reversed { try chart.reverseCategories() }
            try ws.insertChart(spec.row, spec.col, chart, xScale: spec.xScale, yScale: spec.yScale)
        }
        var formats: [ReportStyle: Format] = [:]
        func write(_ row: ReportSheet.Row, at r: Int) throws(WriterError) {
            if let h = row.height { try ws.setRow(r, height: h) }
            for (c, cell) in row.cells.enumerated() {
                guard let cell else { continue }
                let f: Format
                if let known = formats[cell.style] { f = known } else {
                    f = try wb.format(cell.style.format)
                    formats[cell.style] = f
                }
                if cell.span > 1 { try ws.mergeRange(r, c, r, c + cell.span - 1, "", f) }
                switch cell.content {
                case .empty: try ws.writeBlank(r, c, f)
                case .text(let s): try ws.writeText(r, c, limits.fitted(s, sheet: sheet.name, row: r, col: c), f)
                case .number(let n): try ws.writeNumber(r, c, n, f)
                case .formula(let formula, let cached): try ws.writeFormula(r, c, formula, result: .number(cached), f)
                }
            }
        }
        if sheet.blocks.isEmpty {
            for (r, row) in rows.enumerated() { try write(row, at: r) }
        } else {
            try sheet.eachRow { (row, r) throws(WriterError) in try write(row, at: r) }
        }
        return ws
    }
}
