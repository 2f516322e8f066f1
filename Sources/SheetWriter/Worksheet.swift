import CXlsxWriter

/// One sheet of a `Workbook`: cells, layout, printing, validation.
///
/// Rows and columns are zero-based (row 1 is 0, column A is 0), as in
/// libxlsxwriter. Every write checks Excel's limits first and turns a C error
/// into a `WriterError` naming the sheet and cell.
public final class Worksheet {
    let workbook: Workbook
    let handle: UnsafeMutablePointer<lxw_worksheet>
    /// The sheet's name.
    public let name: String
    /// Merged ranges so far (libxlsxwriter 1.1.4 does not refuse overlaps, Excel does).
    var merges = MergedRanges()

    init(workbook: Workbook, handle: UnsafeMutablePointer<lxw_worksheet>, name: String) {
        self.workbook = workbook
        self.handle = handle
        self.name = name
    }

    /// The C handle, once we know the workbook is still open.
    func ws() throws(WriterError) -> UnsafeMutablePointer<lxw_worksheet> {
        guard !workbook.isClosed else {
            throw WriterError(.closed, "the workbook is already closed", path: workbook.path, sheet: name)
        }
        return handle
    }

    func fail(_ code: WriterError.Code, _ message: String, cell: String? = nil) -> WriterError {
        WriterError(code, message, path: workbook.path, sheet: name, cell: cell)
    }

    func checkCell(_ row: Int, _ col: Int) throws(WriterError) {
        guard row >= 0, row < ExcelLimits.maxRows, col >= 0, col < ExcelLimits.maxColumns else {
            throw fail(.outOfBounds, "row \(row) column \(col) is outside the sheet")
        }
    }

    func checkRange(_ r0: Int, _ c0: Int, _ r1: Int, _ c1: Int) throws(WriterError) {
        try checkCell(r0, c0)
        try checkCell(r1, c1)
        guard r0 <= r1, c0 <= c1 else {
            throw fail(.outOfBounds, "reversed range",
                       cell: ExcelLimits.a1(firstRow: r0, firstColumn: c0, lastRow: r1, lastColumn: c1))
        }
    }

    /// The cell's name is made only when the check fails; text of at most 32,767 UTF-8
    /// bytes is never counted (it cannot hold more UTF-16 units than bytes).
    func checkString(_ s: String, _ cell: @autoclosure () -> String) throws(WriterError) {
        guard s.utf8.count > ExcelLimits.maxStringLength else { return }
        let n = excelLength(s)
        guard n <= ExcelLimits.maxStringLength else {
            throw fail(.stringTooLong, "text of \(n) characters exceeds Excel's \(ExcelLimits.maxStringLength)", cell: cell())
        }
    }

    /// Runs a libxlsxwriter call; the cell's name is made only when it fails.
    func run(_ what: String, _ cell: @autoclosure () -> String? = nil, _ body: () -> lxw_error) throws(WriterError) {
        let result = body()
        guard result.rawValue != 0 else { return }
        try check(result, what, path: workbook.path, sheet: name, cell: cell())
    }

    // MARK: Cells

    /// Writes text as text. Never a formula: `=SUM(A1)`, `+84…`, `-5` and `@x` are
    /// stored as the strings they are (safe against formula injection).
    /// - Throws: `stringTooLong` above 32,767 characters (text is never truncated
    ///   silently — the caller decides), `outOfBounds`, `closed`, `library`.
    public func writeText(_ row: Int, _ col: Int, _ text: String, _ format: Format? = nil) throws(WriterError) {
        let ws = try ws()
        try checkCell(row, col)
        try checkString(text, ExcelLimits.a1(row: row, column: col))
        if text.isEmpty { return try writeBlank(row, col, format) }
        try run("write text", ExcelLimits.a1(row: row, column: col)) {
            text.withCString { worksheet_write_string(ws, lxw_row_t(row), lxw_col_t(col), $0, format?.handle) }
        }
    }

    /// Writes a number. - Throws: `nonFiniteNumber` for NaN and ±∞.
    public func writeNumber(_ row: Int, _ col: Int, _ value: Double, _ format: Format? = nil) throws(WriterError) {
        let ws = try ws()
        try checkCell(row, col)
        guard value.isFinite else {
            throw fail(.nonFiniteNumber, "number is \(value)", cell: ExcelLimits.a1(row: row, column: col))
        }
        try run("write number", ExcelLimits.a1(row: row, column: col)) {
            worksheet_write_number(ws, lxw_row_t(row), lxw_col_t(col), value, format?.handle)
        }
    }

    /// The value a formula shows until the spreadsheet recalculates it.
    public enum FormulaResult: Sendable, Hashable {
        case number(Double)
        case text(String)
    }

    /// Writes a formula (`=SUM(D12:D25)`, leading `=` optional) with the result
    /// readers see before recalculation (programs that do not recalculate,
    /// including thidua's own reader, show this cached value).
    public func writeFormula(_ row: Int, _ col: Int, _ formula: String, result: FormulaResult,
                             _ format: Format? = nil) throws(WriterError) {
        let ws = try ws()
        try checkCell(row, col)
        let cell = ExcelLimits.a1(row: row, column: col)
        try checkString(formula, cell)
        guard !formula.isEmpty else { throw fail(.invalidArgument, "empty formula", cell: cell) }
        switch result {
        case .number(let v):
            guard v.isFinite else { throw fail(.nonFiniteNumber, "formula result is \(v)", cell: cell) }
            try run("write formula", cell) {
                formula.withCString { worksheet_write_formula_num(ws, lxw_row_t(row), lxw_col_t(col), $0, format?.handle, v) }
            }
        case .text(let s):
            try checkString(s, cell)
            try run("write formula", cell) {
                withCStrings([formula, s]) { c in
                    worksheet_write_formula_str(ws, lxw_row_t(row), lxw_col_t(col), c[0], format?.handle, c[1])
                }
            }
        }
    }

    /// Writes TRUE or FALSE.
    public func writeBoolean(_ row: Int, _ col: Int, _ value: Bool, _ format: Format? = nil) throws(WriterError) {
        let ws = try ws()
        try checkCell(row, col)
        try run("write boolean", ExcelLimits.a1(row: row, column: col)) {
            worksheet_write_boolean(ws, lxw_row_t(row), lxw_col_t(col), value ? 1 : 0, format?.handle)
        }
    }

    /// Writes an empty cell that carries a format (a blank without a format writes nothing).
    public func writeBlank(_ row: Int, _ col: Int, _ format: Format? = nil) throws(WriterError) {
        let ws = try ws()
        try checkCell(row, col)
        try run("write blank", ExcelLimits.a1(row: row, column: col)) {
            worksheet_write_blank(ws, lxw_row_t(row), lxw_col_t(col), format?.handle)
        }
    }

    /// Writes a calendar date (no time zone involved); give it a date number format.
    public func writeDate(_ row: Int, _ col: Int, _ date: CalendarDate, _ format: Format? = nil) throws(WriterError) {
        let ws = try ws()
        try checkCell(row, col)
        let cell = ExcelLimits.a1(row: row, column: col)
        guard date.isValid else { throw fail(.invalidArgument, "invalid date \(date)", cell: cell) }
        var dt = date.lxw
        try run("write date", cell) { worksheet_write_datetime(ws, lxw_row_t(row), lxw_col_t(col), &dt, format?.handle) }
    }
}

/// A day on the calendar, without time or time zone.
public struct CalendarDate: Sendable, Hashable, CustomStringConvertible {
    public var year: Int
    public var month: Int
    public var day: Int

    /// `CalendarDate(year: 2024, month: 1, day: 5)`.
    public init(year: Int, month: Int, day: Int) {
        self.year = year
        self.month = month
        self.day = day
    }

    /// Excel's range (1900-01-01…9999-12-31) and a real day of the month.
    public var isValid: Bool {
        guard (1900...9999).contains(year), (1...12).contains(month), day >= 1 else { return false }
        let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
        let days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]
        return day <= days
    }

    var lxw: lxw_datetime {
        lxw_datetime(year: Int32(year), month: Int32(month), day: Int32(day), hour: 0, min: 0, sec: 0)
    }

    /// `2024-01-05`.
    public var description: String {
        func pad(_ n: Int, _ w: Int) -> String { String(repeating: "0", count: max(0, w - String(n).count)) + String(n) }
        return "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))"
    }
}
