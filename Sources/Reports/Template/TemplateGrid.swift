import SheetWriter

/// A sheet described as data before it is written: the single source of both the
/// XLSX sheet and the CSV file, so the two are the same grid cell for cell.
struct TemplateGrid {
    /// What a cell holds.
    enum Content: Equatable {
        case empty
        /// Text, written as text (never a formula).
        case text(String)
        case number(Double)
        case date(CalendarDate)
        /// A live formula in XLSX; `cached` is what it shows before recalculation;
        /// `csv` is what the CSV holds in its place (CSV has no formulas).
        case formula(String, cached: Worksheet.FormulaResult, csv: CSVValue)
    }

    /// A formula cell's stand-in in the CSV.
    enum CSVValue: Equatable {
        case empty
        case number(Double)
    }

    struct Cell {
        var content: Content
        var style: TemplateStyle
    }

    struct Merge {
        var firstRow, firstCol, lastRow, lastCol: Int
    }

    struct Validation {
        var firstRow, firstCol, lastRow, lastCol: Int
        var rule: DataValidation
    }

    var name: String
    var columnWidths: [Double]
    private(set) var cells: [Int: [Int: Cell]] = [:]
    var merges: [Merge] = []
    var rowHeights: [Int: Double] = [:]
    var validations: [Validation] = []
    /// Rows repeated on each printed page.
    var repeatRows: ClosedRange<Int>?
    var orientation = PrintSetup.Orientation.portrait
    var protected = true
    var hidden = false

    init(name: String, columnWidths: [Double]) {
        self.name = name
        self.columnWidths = columnWidths
    }

    /// Number of columns of the grid (the CSV's width).
    var columnCount: Int { columnWidths.count }

    /// One past the last row that holds a cell.
    var rowCount: Int { (cells.keys.max() ?? -1) + 1 }

    subscript(row: Int, col: Int) -> Cell? {
        get { cells[row]?[col] }
        set { cells[row, default: [:]][col] = newValue }
    }

    mutating func set(_ row: Int, _ col: Int, _ content: Content, _ style: TemplateStyle) {
        self[row, col] = Cell(content: content, style: style)
    }

    /// Writes `content` in the first cell and `style` over the whole range, merged.
    mutating func merge(_ row: Int, _ c0: Int, _ r1: Int, _ c1: Int, _ content: Content,
                        _ style: TemplateStyle) {
        for r in row...r1 { for c in c0...c1 { set(r, c, .empty, style) } }
        set(row, c0, content, style)
        if r1 != row || c1 != c0 { merges.append(Merge(firstRow: row, firstCol: c0, lastRow: r1, lastCol: c1)) }
    }

    mutating func validate(_ row: Int, _ c0: Int, _ r1: Int, _ c1: Int, _ rule: DataValidation) {
        validations.append(Validation(firstRow: row, firstCol: c0, lastRow: r1, lastCol: c1, rule: rule))
    }

    mutating func validate(_ row: Int, _ col: Int, _ rule: DataValidation) {
        validate(row, col, row, col, rule)
    }

    /// Sets a row's height to fit `text` wrapped in a span `width` characters wide.
    mutating func fitRow(_ row: Int, text: String, width: Double, fontSize: Double = 12, minimum: Double = 18) {
        let h = RowHeight.estimate(text: text, width: width, fontSize: fontSize)
        rowHeights[row] = max(rowHeights[row] ?? 0, max(h, minimum))
    }

    /// Total width of columns c0…c1 in Excel character units.
    func width(_ c0: Int, _ c1: Int) -> Double { columnWidths[c0...c1].reduce(0, +) }
}

/// Row heights for wrapped text (libxlsxwriter does not autofit).
enum RowHeight {
    /// Points needed for `text` wrapped in `width` Excel character units at `fontSize`.
    /// Times New Roman letters are narrower than Calibri's digits (Excel's unit): a unit
    /// holds about 1.45 letters at 11 pt (measured on LibreOffice's PDF output, with a
    /// margin for Excel's wider rendering); Vietnamese marks need ~1.22× the font size per line.
    static func estimate(text: String, width: Double, fontSize: Double) -> Double {
        let perLine = max(1, (width - 1) * 1.45 * 11 / fontSize)
        var lines = 0
        // One pass over the bytes: per paragraph, the letters (scalars) of its words plus one
        // space per word, since a word never breaks across lines.
        var length = 0, inWord = false
        func endParagraph() {
            lines += max(1, Int((Double(length) / perLine).rounded(.up)))
            length = 0
            inWord = false
        }
        for byte in text.utf8 {
            switch byte {
            case 0x0A: endParagraph()
            case 0x20: inWord = false
            case 0x80..<0xC0: continue                 // inside a multi-byte scalar
            default:
                length += inWord ? 1 : 2
                inWord = true
            }
        }
        endParagraph()
        return Double(lines) * fontSize * 1.22 + 4
    }
}
