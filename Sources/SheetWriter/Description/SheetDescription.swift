/// One sheet of a workbook described as data before it is written: rows of styled cells
/// (some rows made only while the sheet is written, `RowBlocks`), column widths, print
/// setup, frozen panes, autofilter, conditional formats, validations, charts, protection
/// and whether it is hidden. `WorkbookRenderer` writes it row by row, in order.
public struct SheetDescription<Style: CellStyle>: Sendable {
    /// A cell: what it holds, how it looks, and how many columns it covers (more than
    /// one merges it with the cells to its right, in its row).
    public struct Cell: Sendable, Hashable {
        public var content: CellContent
        public var style: Style
        public var span: Int

        /// A cell covering `span` columns.
        @inlinable public init(content: CellContent, style: Style, span: Int = 1) {
            self.content = content
            self.style = style
            self.span = span
        }
    }

    /// One row: its cells by column (nil writes nothing) and its height in points (nil:
    /// the default height).
    public struct Row: Sendable, Hashable {
        public var cells: [Cell?]
        public var height: Double?

        /// A row of these cells.
        @inlinable public init(cells: [Cell?], height: Double? = nil) {
            self.cells = cells
            self.height = height
        }
    }

    /// A data validation over an area.
    public struct Validation: Sendable, Hashable {
        public var area: CellArea
        public var rule: DataValidation

        /// `rule` over `area`.
        @inlinable public init(_ area: CellArea, _ rule: DataValidation) {
            self.area = area
            self.rule = rule
        }
    }

    /// A conditional format over an area.
    public struct Conditional: Sendable, Hashable {
        /// What it does.
        public enum Rule: Sendable, Hashable {
            /// Three colours from the lowest to the highest value (heat-maps), RGB.
            case threeColorScale(min: UInt32, mid: UInt32, max: UInt32)
            /// Cells whose value compares to the number get the style.
            case cell(ConditionalFormat.Comparison, Double, Style)
            /// Cells whose value lies in [low, high] get the style.
            case between(Double, Double, Style)
        }

        public var area: CellArea
        public var rule: Rule

        /// `rule` over `area`.
        @inlinable public init(_ area: CellArea, _ rule: Rule) {
            self.area = area
            self.rule = rule
        }
    }

    /// The sheet's name (checked against Excel's rules when it is written).
    public var name: String
    /// Width of each column in Excel's units; the sheet's width is their count.
    public var columnWidths: [Double]
    /// The rows made beforehand, in order (the blocks' rows go between them).
    public var rows: [Row] = []
    /// Regions of rows made one block at a time while the sheet is written, in order.
    public var blocks: [RowBlocks] = []
    /// How the sheet prints; nil keeps libxlsxwriter's defaults.
    public var print: PrintSetup?
    public var gridlines = Gridlines()
    public var frozen: FrozenPanes?
    public var autofilter: CellArea?
    /// Conditional formats, in the order they are added.
    public var conditionalFormats: [Conditional] = []
    /// Data validations, in the order they are added (Excel applies the first that covers a cell).
    public var validations: [Validation] = []
    /// Charts placed on this sheet (their data may be on other sheets).
    public var charts: [ChartDescription] = []
    /// Sheet protection without a password; nil leaves the sheet unprotected.
    public var protection: Protection?
    /// Hidden sheets are written with no print setup, gridlines or frozen panes.
    public var hidden = false

    /// An empty sheet with these columns.
    @inlinable public init(name: String, columnWidths: [Double]) {
        self.name = name
        self.columnWidths = columnWidths
    }

    /// Number of columns.
    @inlinable public var columnCount: Int { columnWidths.count }

    /// How many rows the sheet writes, its blocks' included.
    @inlinable public var rowCount: Int { rows.count + blocks.reduce(0) { $0 + $1.rowCount } }

    /// Index the next row added will get (after the blocks' rows).
    @inlinable public var nextRow: Int { rowCount }

    /// Width in Excel units of `span` columns from `col`.
    @inlinable public func width(_ col: Int, span: Int) -> Double {
        columnWidths[col..<min(columnCount, col + span)].reduce(0, +)
    }
}

extension SheetDescription.Cell {
    /// Text, as text.
    @inlinable public static func text(_ s: String, _ style: Style, span: Int = 1) -> Self {
        Self(content: .text(s), style: style, span: span)
    }

    /// A number.
    @inlinable public static func number(_ n: Double, _ style: Style) -> Self { Self(content: .number(n), style: style) }

    /// A number, or an empty cell of the style when nil.
    @inlinable public static func number(_ n: Double?, _ style: Style) -> Self {
        Self(content: n.map { .number($0) } ?? .empty, style: style)
    }

    /// An empty cell that carries the style.
    @inlinable public static func blank(_ style: Style, span: Int = 1) -> Self { Self(content: .empty, style: style, span: span) }
}
