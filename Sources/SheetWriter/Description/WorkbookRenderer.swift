/// Writes workbook descriptions with libxlsxwriter: the one writer of every XLSX.
///
/// It is the writer boundary of SPEC §12: text longer than a cell holds is cut with "…"
/// and rows past the sheet's last are left out, the last row saying so (both noted in
/// the `RenderLimits` it returns), so content never fails a workbook. Rows are written
/// strictly in order, each block's made only when reached, which libxlsxwriter's
/// constant-memory mode needs; formats are registered when first written.
public enum WorkbookRenderer {
    /// Writes `description` to `path` (directly: see `AtomicWrite` for atomic output) and
    /// returns what had to be cut or left out.
    /// - Throws: `WriterError` with the library's message, sheet and cell.
    @inlinable @discardableResult
    public static func write<Style>(_ description: WorkbookDescription<Style>, to path: String) throws(WriterError) -> RenderLimits {
        let d = description
        let wb = try Workbook(path: path, options: d.options)
        try wb.setProperties(d.properties)
        for p in d.customProperties {
            switch p.value {
            case .text(let s): try wb.setCustomProperty(p.name, s)
            case .number(let n): try wb.setCustomProperty(p.name, n)
            case .bool(let b): try wb.setCustomProperty(p.name, b)
            }
        }
        var renderer = SheetRenderer<Style>(workbook: wb, rowsLeftOut: d.rowsLeftOut)
        var sheets: [Worksheet] = []
        sheets.reserveCapacity(d.sheets.count)
        for sheet in d.sheets { sheets.append(try renderer.render(sheet)) }
        for n in d.definedNames { try wb.defineName(n.name, n.formula) }
        if let active = d.activeSheet {
            guard sheets.indices.contains(active) else {
                throw WriterError(.invalidArgument, "active sheet \(active) of \(sheets.count)", path: path)
            }
            try sheets[active].activate()
        }
        try wb.close()
        return renderer.limits
    }
}
