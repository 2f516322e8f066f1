import CXlsxWriter

/// A chart made by `Workbook.addChart`, placed with `Worksheet.insertChart`.
public final class Chart {
    /// Chart types the reports use.
    public enum Kind: Sendable, Hashable {
        /// Horizontal bars (good for long unit names).
        case bar
        /// Vertical columns.
        case column
        /// Lines.
        case line
        /// Pie.
        case pie

        var lxwType: UInt8 {
            let t: lxw_chart_type = switch self {
            case .bar: LXW_CHART_BAR
            case .column: LXW_CHART_COLUMN
            case .line: LXW_CHART_LINE
            case .pie: LXW_CHART_PIE
            }
            return UInt8(t.rawValue)
        }
    }

    /// Legend placement.
    public enum Legend: Sendable, Hashable { case none, right, bottom, top }

    let workbook: Workbook
    let handle: UnsafeMutablePointer<lxw_chart>
    /// The chart's type.
    public let kind: Kind

    init(workbook: Workbook, handle: UnsafeMutablePointer<lxw_chart>, kind: Kind) {
        self.workbook = workbook
        self.handle = handle
        self.kind = kind
    }

    /// Bar charts swap the axes: the category axis is vertical (y), the value axis x.
    private func axes(_ c: UnsafeMutablePointer<lxw_chart>) -> (category: UnsafeMutablePointer<lxw_chart_axis>?, value: UnsafeMutablePointer<lxw_chart_axis>?) {
        kind == .bar ? (c.pointee.y_axis, c.pointee.x_axis) : (c.pointee.x_axis, c.pointee.y_axis)
    }

    func chart() throws(WriterError) -> UnsafeMutablePointer<lxw_chart> {
        guard !workbook.isClosed else { throw WriterError(.closed, "the workbook is already closed", path: workbook.path) }
        return handle
    }

    /// A range reference for series: `'Tổng hợp'!$B$2:$B$20`.
    public static func range(sheet: String, _ firstRow: Int, _ firstCol: Int, _ lastRow: Int, _ lastCol: Int) -> String {
        ExcelLimits.quotedSheet(sheet) + "!" +
            ExcelLimits.absolute(firstRow: firstRow, firstColumn: firstCol, lastRow: lastRow, lastColumn: lastCol)
    }

    /// Adds a series: category labels and values are ranges (see `range(sheet:…)`).
    /// - Parameters:
    ///   - name: legend name of the series.
    ///   - color: solid fill colour, RGB.
    /// - Throws: `library` when libxlsxwriter refuses the series.
    public func addSeries(categories: String?, values: String, name: String? = nil,
                          color: UInt32? = nil) throws(WriterError) {
        let c = try chart()
        let series = withCStrings([categories, values]) { s in chart_add_series(c, s[0], s[1]) }
        guard let series else {
            throw WriterError(.library, "libxlsxwriter refused the chart series \(values)", path: workbook.path)
        }
        if let name { name.withCString { chart_series_set_name(series, $0) } }  // copied by the library
        if let color {
            var fill = lxw_chart_fill()
            fill.color = lxw_color_t(color)
            chart_series_set_fill(series, &fill)
        }
    }

    /// Sets the chart's title (copied by the library).
    public func setTitle(_ title: String) throws(WriterError) {
        let c = try chart()
        title.withCString { chart_title_set_name(c, $0) }
    }

    /// Names the category (x) and value (y) axes.
    public func setAxisNames(category: String?, value: String?) throws(WriterError) {
        let c = try chart()
        let a = axes(c)
        if let category { category.withCString { chart_axis_set_name(a.category, $0) } }
        if let value { value.withCString { chart_axis_set_name(a.value, $0) } }
    }

    /// Fixes the value axis bounds (for example 0…100 points).
    public func setValueAxis(min: Double?, max: Double?) throws(WriterError) {
        let c = try chart()
        let a = axes(c).value
        if let min, min.isFinite { chart_axis_set_min(a, min) }
        if let max, max.isFinite { chart_axis_set_max(a, max) }
    }

    /// Lists categories in reverse order (for bar charts: the first category on top),
    /// keeping the value axis at the bottom.
    public func reverseCategories() throws(WriterError) {
        let c = try chart()
        let a = axes(c)
        chart_axis_set_reverse(a.category)
        chart_axis_set_crossing_max(a.category)
    }

    /// Sets the value axis' number format (`0%` for shares).
    public func setValueAxisNumberFormat(_ format: String) throws(WriterError) {
        let c = try chart()
        format.withCString { chart_axis_set_num_format(axes(c).value, $0) }
    }

    /// Places or hides the legend.
    public func setLegend(_ legend: Legend) throws(WriterError) {
        let c = try chart()
        let pos: lxw_chart_legend_position = switch legend {
        case .none: LXW_CHART_LEGEND_NONE
        case .right: LXW_CHART_LEGEND_RIGHT
        case .bottom: LXW_CHART_LEGEND_BOTTOM
        case .top: LXW_CHART_LEGEND_TOP
        }
        chart_legend_set_position(c, UInt8(pos.rawValue))
    }
}

extension Worksheet {
    /// Places a chart with its top-left corner at a cell, scaled from the default 480×288 px.
    public func insertChart(_ row: Int, _ col: Int, _ chart: Chart, xScale: Double = 1, yScale: Double = 1) throws(WriterError) {
        let ws = try ws()
        try checkCell(row, col)
        guard chart.workbook === workbook else { throw fail(.invalidArgument, "the chart belongs to another workbook") }
        guard xScale > 0, yScale > 0, xScale.isFinite, yScale.isFinite else { throw fail(.invalidArgument, "chart scale must be > 0") }
        var o = lxw_chart_options()
        o.x_scale = xScale
        o.y_scale = yScale
        try run("insert chart", ExcelLimits.a1(row: row, column: col)) {
            worksheet_insert_chart_opt(ws, lxw_row_t(row), lxw_col_t(col), chart.handle, &o)
        }
    }
}
