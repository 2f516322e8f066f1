/// A chart placed on a sheet of a description, its series read from ranges (possibly of
/// other sheets: see `Chart.range(sheet:…)`).
public struct ChartDescription: Sendable, Hashable {
    /// One series: category labels and values, with its legend name and fill colour.
    public struct Series: Sendable, Hashable {
        public var categories: String?
        public var values: String
        public var name: String?
        /// Solid fill, RGB.
        public var color: UInt32?

        /// A series of `values` over `categories`.
        public init(categories: String?, values: String, name: String? = nil, color: UInt32? = nil) {
            self.categories = categories
            self.values = values
            self.name = name
            self.color = color
        }
    }

    public var kind: Chart.Kind
    public var series: [Series]
    public var title: String?
    public var categoryAxis: String?
    public var valueAxis: String?
    /// Bounds of the value axis; nil lets the spreadsheet choose.
    public var valueMin: Double?
    public var valueMax: Double?
    /// Number format of the value axis (`0%`), when not the default.
    public var valueFormat: String?
    /// Categories in reverse order (for bar charts: the first on top).
    public var reversed = false
    /// Where the legend goes; nil keeps the library's default.
    public var legend: Chart.Legend?
    /// The cell of its top-left corner and its scale from 480×288 px.
    public var row: Int
    public var col: Int
    public var xScale: Double
    public var yScale: Double

    /// A chart at (`row`, `col`), scaled.
    public init(kind: Chart.Kind, series: [Series], title: String? = nil, categoryAxis: String? = nil,
                valueAxis: String? = nil, valueMin: Double? = nil, valueMax: Double? = nil,
                valueFormat: String? = nil, reversed: Bool = false, legend: Chart.Legend? = nil,
                row: Int, col: Int, xScale: Double = 1, yScale: Double = 1) {
        self.kind = kind
        self.series = series
        self.title = title
        self.categoryAxis = categoryAxis
        self.valueAxis = valueAxis
        self.valueMin = valueMin
        self.valueMax = valueMax
        self.valueFormat = valueFormat
        self.reversed = reversed
        self.legend = legend
        self.row = row
        self.col = col
        self.xScale = xScale
        self.yScale = yScale
    }
}
