/// Writes the sheets of one workbook description, one format per style. Inlinable, so
/// that each module's styles get a specialized copy of the loop over every cell.
@usableFromInline
struct SheetRenderer<Style: CellStyle> {
    @usableFromInline let workbook: Workbook
    @usableFromInline let rowsLeftOut: (@Sendable (Int) -> SheetDescription<Style>.Cell)?
    @usableFromInline var formats: [Style: Format] = [:]
    /// The last style and format written in each column: a table's rows repeat their
    /// columns' styles, so most cells skip the dictionary.
    @usableFromInline var columnStyles: [Style?] = []
    @usableFromInline var columnFormats: [Format?] = []
    /// What had to be cut or left out so far.
    @usableFromInline var limits = RenderLimits()

    @inlinable
    init(workbook: Workbook, rowsLeftOut: (@Sendable (Int) -> SheetDescription<Style>.Cell)?) {
        self.workbook = workbook
        self.rowsLeftOut = rowsLeftOut
    }

    /// Adds the sheet and writes it: layout and every range first (constant-memory mode
    /// writes rows out as it goes), then its rows in order.
    @inlinable
    mutating func render(_ sheet: SheetDescription<Style>) throws(WriterError) -> Worksheet {
        let ws = try workbook.addWorksheet(sheet.name)
        columnStyles = Array(repeating: nil, count: sheet.columnCount)
        columnFormats = Array(repeating: nil, count: sheet.columnCount)
        for (c, w) in sheet.columnWidths.enumerated() { try ws.setColumns(c, c, width: w) }
        let total = sheet.rowCount
        let lastRow = min(total, ExcelLimits.maxRows) - 1
        if sheet.hidden {
            try ws.hide()
        } else {
            if let p = sheet.print { try ws.setPrint(p) }
            try ws.setGridlines(screen: sheet.gridlines.screen, print: sheet.gridlines.print)
            if let f = sheet.frozen { try ws.freezePanes(row: f.row, col: f.column) }
        }
        if let a = sheet.autofilter?.clipped(toRow: lastRow) {
            try ws.autofilter(a.firstRow, a.firstCol, a.lastRow, a.lastCol)
        }
        for c in sheet.conditionalFormats {
            guard let a = c.area.clipped(toRow: lastRow) else { continue }
            try ws.addConditionalFormat(a.firstRow, a.firstCol, a.lastRow, a.lastCol, try conditional(c.rule))
        }
        for v in sheet.validations {
            guard let a = v.area.clipped(toRow: lastRow) else { continue }
            try ws.addValidation(a.firstRow, a.firstCol, a.lastRow, a.lastCol, v.rule)
        }
        for chart in sheet.charts { try insert(chart, into: ws) }
        if let p = sheet.protection { try ws.protect(p) }

        // Past the sheet's last row: the rows that fit, the last one saying how many did not.
        let cut = total > ExcelLimits.maxRows ? ExcelLimits.maxRows - 1 : Int.max
        try sheet.eachRow { (row, r) throws(WriterError) -> Bool in
            guard r < cut else { return false }
            try write(row, at: r, of: sheet.name, into: ws)
            return true
        }
        if total > ExcelLimits.maxRows {
            limits.droppedRows[sheet.name, default: 0] += total - cut
            let note = rowsLeftOut.map { [$0(total - cut)] } ?? []
            try write(.init(cells: note), at: cut, of: sheet.name, into: ws)
        }
        return ws
    }

    @inlinable
    mutating func write(_ row: SheetDescription<Style>.Row, at r: Int, of sheet: String,
                                into ws: Worksheet) throws(WriterError) {
        if let h = row.height { try ws.setRow(r, height: h) }
        for c in row.cells.indices {
            guard let cell = row.cells[c] else { continue }
            let f: Format
            if c < columnStyles.count, columnStyles[c] == cell.style, let known = columnFormats[c] {
                f = known
            } else {
                f = try format(cell.style)
                if c < columnStyles.count { (columnStyles[c], columnFormats[c]) = (cell.style, f) }
            }
            if cell.span > 1 { try ws.mergeRange(r, c, r, c + cell.span - 1, "", f) }
            switch cell.content {
            case .empty: try ws.writeBlank(r, c, f)
            case .text(let s): try ws.writeText(r, c, limits.fitted(s, sheet: sheet, row: r, col: c), f)
            case .number(let n): try ws.writeNumber(r, c, n, f)
            case .date(let d): try ws.writeDate(r, c, d, f)
            case .formula(let formula, let cached, _): try ws.writeFormula(r, c, formula, result: cached, f)
            }
        }
    }

    @inlinable
    mutating func format(_ style: Style) throws(WriterError) -> Format {
        if let known = formats[style] { return known }
        let made = try workbook.format(style.format)
        formats[style] = made
        return made
    }

    @inlinable
    mutating func conditional(_ rule: SheetDescription<Style>.Conditional.Rule) throws(WriterError) -> ConditionalFormat {
        switch rule {
        case .threeColorScale(let lo, let mid, let hi): .threeColorScale(min: lo, mid: mid, max: hi)
        case .cell(let comparison, let value, let style): .cell(comparison, value, try format(style))
        case .between(let lo, let hi, let style): .between(lo, hi, try format(style))
        }
    }

    @inlinable
    func insert(_ d: ChartDescription, into ws: Worksheet) throws(WriterError) {
        let chart = try workbook.addChart(d.kind)
        for s in d.series { try chart.addSeries(categories: s.categories, values: s.values, name: s.name, color: s.color) }
        if let title = d.title { try chart.setTitle(title) }
        if d.categoryAxis != nil || d.valueAxis != nil { try chart.setAxisNames(category: d.categoryAxis, value: d.valueAxis) }
        if d.valueMin != nil || d.valueMax != nil { try chart.setValueAxis(min: d.valueMin, max: d.valueMax) }
        if let legend = d.legend { try chart.setLegend(legend) }
        if let f = d.valueFormat { try chart.setValueAxisNumberFormat(f) }
        if d.reversed { try chart.reverseCategories() }
        try ws.insertChart(d.row, d.col, chart, xScale: d.xScale, yScale: d.yScale)
    }
}
