/// How a kind of cell looks in a workbook description.
///
/// A workbook's content names its kinds of cells (an enum: title, header, points…) and
/// says once how each looks; a sheet of thousands of cells then holds a small value per
/// cell, and the renderer registers one `Format` per style, when it is first written.
public protocol CellStyle: Hashable, Sendable {
    /// The format the cells of this style get.
    var format: FormatStyle { get }
    /// The font size at which this style's text wraps, for fitting row heights; nil when
    /// rows are not fitted to its text.
    var wrapSize: Double? { get }
}

extension FormatStyle: CellStyle {
    /// The style itself.
    public var format: FormatStyle { self }
    /// Its font size (Calibri 11 when unset) when it wraps text.
    public var wrapSize: Double? { wrap ? fontSize ?? 11 : nil }
}
