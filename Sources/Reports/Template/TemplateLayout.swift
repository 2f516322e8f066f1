import Scoring

/// Where each block of a generated scoring sheet sits (zero-based rows and columns),
/// the same in the XLSX scoring sheet and in the CSV template.
///
/// The locator must not rely on these positions (units move things); they are
/// published so tests can fill a template and check what is read back.
public struct TemplateLayout: Sendable, Hashable {
    /// Columns of the items table.
    public var columns: [ItemColumn: Int]
    /// Row of each header-block field; its label is in `headerLabelColumn`, its value in `headerValueColumn`.
    public var headerRows: [HeaderField: Int]
    public var headerLabelColumn: Int
    public var headerValueColumn: Int
    /// Row of the items table's header (the column labels).
    public var tableHeaderRow: Int
    /// Row of each rubric item, by its code as written in the rubric.
    public var itemRows: [String: Int]
    /// Row of the total ("Tổng cộng") under the table.
    public var totalRow: Int
    /// Row of the counts block's title.
    public var countsTitleRow: Int
    /// Row of each count, by the rubric's count key; label in `headerLabelColumn`, value in `countValueColumn`.
    public var countRows: [String: Int]
    public var countValueColumn: Int
    /// Row of the collective's own rating (value in `countValueColumn`).
    public var ratingRow: Int
    /// Row of the nominations block's title and of its table header.
    public var nomineesTitleRow: Int
    public var nomineeHeaderRow: Int
    /// Rows left for nominees.
    public var nomineeRows: ClosedRange<Int>
    /// Columns of the nominations table.
    public var nomineeColumns: [NomineeColumn: Int]
    /// Number of columns of the grid (the CSV's width).
    public var columnCount: Int
}
