import CXlsxWriter

extension Worksheet {
    /// Merges a range and writes `text` (as text, never a formula) in its first cell.
    /// To put a number or formula in a merged range, merge with `""` and then write
    /// the first cell with the same format.
    /// - Throws: `outOfBounds` for a one-cell or reversed range, `invalidArgument` for a
    ///   range overlapping an earlier merge, `stringTooLong`, `library`.
    public func mergeRange(_ firstRow: Int, _ firstCol: Int, _ lastRow: Int, _ lastCol: Int,
                           _ text: String = "", _ format: Format? = nil) throws(WriterError) {
        let ws = try ws()
        try checkRange(firstRow, firstCol, lastRow, lastCol)
        func range() -> String {
            ExcelLimits.a1(firstRow: firstRow, firstColumn: firstCol, lastRow: lastRow, lastColumn: lastCol)
        }
        guard firstRow != lastRow || firstCol != lastCol else {
            throw fail(.outOfBounds, "a merged range needs at least two cells", cell: range())
        }
        try checkString(text, range())
        if merges.overlaps(firstRow, firstCol, lastRow, lastCol) {
            throw fail(.invalidArgument, "merged range overlaps another merged range", cell: range())
        }
        try run("merge range", range()) {
            text.withCString {
                worksheet_merge_range(ws, lxw_row_t(firstRow), lxw_col_t(firstCol), lxw_row_t(lastRow),
                                      lxw_col_t(lastCol), $0, format?.handle)
            }
        }
        merges.add(firstRow, firstCol, lastRow, lastCol)
    }

    /// Sets the width of columns `first...last` in characters (Excel's unit), with an
    /// optional default format and hidden flag.
    public func setColumns(_ first: Int, _ last: Int, width: Double, _ format: Format? = nil,
                           hidden: Bool = false) throws(WriterError) {
        let ws = try ws()
        try checkRange(0, first, 0, last)
        guard width.isFinite, width >= 0, width <= 255 else { throw fail(.invalidArgument, "column width \(width) not in 0…255") }
        var opts = lxw_row_col_options()
        opts.hidden = hidden ? 1 : 0
        try run("set column width", ExcelLimits.columnName(first)) {
            worksheet_set_column_opt(ws, lxw_col_t(first), lxw_col_t(last), width, format?.handle, &opts)
        }
    }

    /// Sets one row's height in points (libxlsxwriter does not autofit: estimate it).
    public func setRow(_ row: Int, height: Double, _ format: Format? = nil, hidden: Bool = false) throws(WriterError) {
        let ws = try ws()
        try checkCell(row, 0)
        guard height.isFinite, height >= 0, height <= 409 else { throw fail(.invalidArgument, "row height \(height) not in 0…409") }
        var opts = lxw_row_col_options()
        opts.hidden = hidden ? 1 : 0
        try run("set row height", String(row + 1)) {
            worksheet_set_row_opt(ws, lxw_row_t(row), height, format?.handle, &opts)
        }
    }

    /// Freezes the rows above `row` and the columns left of `col`.
    public func freezePanes(row: Int, col: Int) throws(WriterError) {
        let ws = try ws()
        try checkCell(row, col)
        worksheet_freeze_panes(ws, lxw_row_t(row), lxw_col_t(col))
    }

    /// Adds an autofilter over a range (header row first).
    public func autofilter(_ firstRow: Int, _ firstCol: Int, _ lastRow: Int, _ lastCol: Int) throws(WriterError) {
        let ws = try ws()
        try checkRange(firstRow, firstCol, lastRow, lastCol)
        try run("autofilter", ExcelLimits.a1(firstRow: firstRow, firstColumn: firstCol, lastRow: lastRow, lastColumn: lastCol)) {
            worksheet_autofilter(ws, lxw_row_t(firstRow), lxw_col_t(firstCol), lxw_row_t(lastRow), lxw_col_t(lastCol))
        }
    }

    /// Hides the sheet (Excel's "hidden": the user can unhide it).
    /// libxlsxwriter 1.1.4 has no "very hidden" state.
    public func hide() throws(WriterError) { worksheet_hide(try ws()) }

    /// Makes this the sheet shown when the file opens.
    public func activate() throws(WriterError) { worksheet_activate(try ws()) }

    /// Makes this the first visible tab (needed when earlier sheets are hidden).
    public func setFirstSheet() throws(WriterError) { worksheet_set_first_sheet(try ws()) }

    /// Hides or shows the grid lines on screen and on paper.
    public func setGridlines(screen: Bool, print: Bool) throws(WriterError) {
        let option: lxw_gridlines = switch (screen, print) {
        case (false, false): LXW_HIDE_ALL_GRIDLINES
        case (true, false): LXW_SHOW_SCREEN_GRIDLINES
        case (false, true): LXW_SHOW_PRINT_GRIDLINES
        case (true, true): LXW_SHOW_ALL_GRIDLINES
        }
        worksheet_gridlines(try ws(), UInt8(option.rawValue))
    }

    /// Sets the zoom in percent (10…400).
    public func setZoom(_ percent: Int) throws(WriterError) {
        guard (10...400).contains(percent) else { throw fail(.invalidArgument, "zoom \(percent)% not in 10…400") }
        worksheet_set_zoom(try ws(), UInt16(percent))
    }
}
