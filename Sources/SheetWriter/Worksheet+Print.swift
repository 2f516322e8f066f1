import CXlsxWriter

/// How a sheet prints.
public struct PrintSetup: Sendable, Hashable {
    /// Page orientation.
    public enum Orientation: Sendable, Hashable { case portrait, landscape }
    public var orientation = Orientation.portrait
    /// Excel paper code; 9 is A4.
    public var paper: UInt8 = 9
    /// Scale to one page wide (any number of pages tall).
    public var fitToWidth = true
    /// Margins in inches (left, right, top, bottom). Party documents use a wide left margin.
    public var left = 1.18, right = 0.59, top = 0.79, bottom = 0.79
    /// Page header/footer in Excel's codes (`&C&P/&N` = centred "page/pages").
    public var header: String?
    public var footer: String? = "&CTrang &P/&N"
    /// Rows (zero-based, inclusive) printed on top of every page.
    public var repeatRows: ClosedRange<Int>?
    /// Centre the printout horizontally.
    public var centerHorizontally = true

    /// A4 portrait, fit to width, page numbers in the footer.
    public init(orientation: Orientation = .portrait) { self.orientation = orientation }
}

/// What users may still do on a protected sheet (everything else is refused).
public struct Protection: Sendable, Hashable {
    public var selectLockedCells = true
    public var selectUnlockedCells = true
    public var formatCells = false
    public var formatColumns = false
    public var formatRows = false
    public var insertRows = false
    public var deleteRows = false
    public var sort = false
    public var autofilter = false

    /// Defaults: select anything, change only unlocked cells.
    public init() {}
}

extension Worksheet {
    /// Applies a print setup.
    /// - Throws: `invalidArgument` for a header/footer over 255 characters or margins < 0.
    public func setPrint(_ p: PrintSetup) throws(WriterError) {
        let ws = try ws()
        p.orientation == .landscape ? worksheet_set_landscape(ws) : worksheet_set_portrait(ws)
        worksheet_set_paper(ws, p.paper)
        if p.fitToWidth { worksheet_fit_to_pages(ws, 1, 0) }
        guard [p.left, p.right, p.top, p.bottom].allSatisfy({ $0.isFinite && $0 >= 0 }) else {
            throw fail(.invalidArgument, "margins must be ≥ 0")
        }
        worksheet_set_margins(ws, p.left, p.right, p.top, p.bottom)
        if p.centerHorizontally { worksheet_center_horizontally(ws) }
        for (text, isHeader) in [(p.header, true), (p.footer, false)] {
            guard let text else { continue }
            guard excelLength(text) <= ExcelLimits.maxHeaderFooterLength else {
                throw fail(.invalidArgument, "header/footer longer than 255 characters")
            }
            try run(isHeader ? "set header" : "set footer") {
                text.withCString { isHeader ? worksheet_set_header(ws, $0) : worksheet_set_footer(ws, $0) }
            }
        }
        if let rows = p.repeatRows {
            try checkRange(rows.lowerBound, 0, rows.upperBound, 0)
            try run("repeat rows") { worksheet_repeat_rows(ws, lxw_row_t(rows.lowerBound), lxw_row_t(rows.upperBound)) }
        }
    }

    /// Sets the printed area.
    public func setPrintArea(_ firstRow: Int, _ firstCol: Int, _ lastRow: Int, _ lastCol: Int) throws(WriterError) {
        let ws = try ws()
        try checkRange(firstRow, firstCol, lastRow, lastCol)
        try run("print area") {
            worksheet_print_area(ws, lxw_row_t(firstRow), lxw_col_t(firstCol), lxw_row_t(lastRow), lxw_col_t(lastCol))
        }
    }

    /// Protects the sheet without a password: locked cells cannot be changed until
    /// the user chooses "Unprotect sheet" (no password is asked).
    public func protect(_ options: Protection = Protection()) throws(WriterError) {
        let ws = try ws()
        var o = lxw_protection()
        o.no_select_locked_cells = options.selectLockedCells ? 0 : 1
        o.no_select_unlocked_cells = options.selectUnlockedCells ? 0 : 1
        o.format_cells = options.formatCells ? 1 : 0
        o.format_columns = options.formatColumns ? 1 : 0
        o.format_rows = options.formatRows ? 1 : 0
        o.insert_rows = options.insertRows ? 1 : 0
        o.delete_rows = options.deleteRows ? 1 : 0
        o.sort = options.sort ? 1 : 0
        o.autofilter = options.autofilter ? 1 : 0
        worksheet_protect(ws, nil, &o)
    }
}
