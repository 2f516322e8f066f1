import Foundation
import Scoring
import SheetWriter

/// Writes the inspection form (phiếu kiểm tra, SPEC §6.2): one sheet with a row per
/// unit and line for the team to fill, and a hidden sheet with the rubric id and each
/// unit's file hash. Inputs are unlocked and shaded, the rest locked (no password;
/// filtering and sorting allowed); frozen header, autofilter, A4 landscape with the
/// header repeated and page numbers. The same input gives the same bytes (a fixed
/// creation date). Writes directly to `path`: write to a temporary path and rename.
public enum InspectionFormWriter {
    /// Writes the form to `path`, row by row (the unit rows are streamed, and with
    /// `constantMemory` libxlsxwriter flushes each row as it goes).
    /// - Throws: `ReportError.cannotWrite` with libxlsxwriter's message, sheet and cell.
    public static func write(_ input: InspectionFormInput, to path: String) throws(ReportError) {
        let head = InspectionFormSheet.head(input)
        do {
            let wb = try Workbook(path: path, options: .init(constantMemory: input.constantMemory))
            try wb.setProperties(properties(input))
            try wb.setCustomProperty("thidua.rubric_id", input.rubric.id)
            try wb.setCustomProperty("thidua.form_version", InspectionFormLabels.formVersion)
            let ws = try wb.addWorksheet(head.name)
            try setUp(ws, head)
            try inputs(head, ws, input.text)      // ranges first: constant-memory mode flushes rows
            var rows = RowWriter(workbook: wb, sheet: ws)
            for row in head.rows { try rows.write(row) }
            try InspectionFormSheet.unitRows(input) { (row) throws(WriterError) in try rows.write(row) }
            for row in InspectionFormSheet.tail(input, empty: head.dataRows.isEmpty) { try rows.write(row) }
            let meta = InspectionFormMeta.build(input)
            let hidden = try wb.addWorksheet(meta.name)
            try setUp(hidden, meta)
            var metaRows = RowWriter(workbook: wb, sheet: hidden)
            for row in meta.rows { try metaRows.write(row) }
            try ws.activate()
            try wb.close()
        } catch {
            throw ReportError(code: .cannotWrite, path: path, message: error.description)
        }
    }

    /// Widths; print setup and frozen header for a visible sheet, hidden otherwise.
    static func setUp(_ ws: Worksheet, _ model: InspectionFormModel) throws(WriterError) {
        for (c, w) in model.columnWidths.enumerated() { try ws.setColumns(c, c, width: w) }
        if model.hidden { return try ws.hide() }
        try ws.setPrint(.partyDocument(.landscape, footerSize: 10, repeatRows: model.headerRow.map { $0...$0 }))
        try ws.setGridlines(screen: true, print: false)
        if let h = model.headerRow { try ws.freezePanes(row: h + 1, col: 0) }
    }

    /// Writes rows in order, one libxlsxwriter format per style.
    struct RowWriter {
        let workbook: Workbook
        let sheet: Worksheet
        private var next = 0
        private var formats: [InspectionFormStyle: Format] = [:]

        init(workbook: Workbook, sheet: Worksheet) {
            self.workbook = workbook
            self.sheet = sheet
        }

        mutating func write(_ row: InspectionFormModel.Row) throws(WriterError) {
            let r = next
            next += 1
            if let h = row.height { try sheet.setRow(r, height: h) }
            for (c, cell) in row.cells.enumerated() {
                guard let cell else { continue }
                let f: Format
                if let known = formats[cell.style] { f = known } else {
                    f = try workbook.format(cell.style.format)
                    formats[cell.style] = f
                }
                if cell.span > 1 { try sheet.mergeRange(r, c, r, c + cell.span - 1, "", f) }
                switch cell.content {
                case .empty: try sheet.writeBlank(r, c, f)
                case .text(let s):   // a cell holds 32,767 characters; unit text is cut before scoring
                    try sheet.writeText(r, c, ContentLimits.cut(s, to: ExcelLimits.maxStringLength) ?? s, f)
                case .number(let n): try sheet.writeNumber(r, c, n, f)
                }
            }
        }
    }

    /// The team's side: the validation of "Điểm kiểm tra" (0 to the row's max, one rule
    /// whose relative reference follows sorting), the autofilter and sheet protection.
    static func inputs(_ model: InspectionFormModel, _ ws: Worksheet, _ t: ReportText) throws(WriterError) {
        let verified = InspectionFormSheet.column(.verified), max = InspectionFormSheet.column(.max)
        if let h = model.headerRow, !model.dataRows.isEmpty {
            let first = model.dataRows.lowerBound, last = model.dataRows.upperBound - 1
            try ws.autofilter(h, 0, last, model.columnCount - 1)
            let rule = DataValidation(
                .decimalBetween(minFormula: "0", maxFormula: "$" + ExcelLimits.columnName(max) + String(first + 1)),
                inputTitle: t("Điểm kiểm tra", "Verified points"),
                inputMessage: t("Ghi điểm Đoàn kiểm tra chấm, từ 0 đến điểm tối đa của dòng (cột Điểm tối đa), ví dụ 7,5. Để trống nếu chưa kiểm tra.",
                                "Enter the points the inspection team verified, from 0 to the line's max (the Max column), e.g. 7.5. Leave blank if not checked."),
                errorTitle: t("Điểm kiểm tra không hợp lệ", "Invalid verified points"),
                errorMessage: t("Điểm kiểm tra phải là số từ 0 đến điểm tối đa của dòng. Ghi lại, ví dụ 7,5.",
                                "Verified points must be a number from 0 to the line's max. Enter it again, e.g. 7.5."))
            try ws.addValidation(first, verified, last, verified, rule)
        }
        var p = Protection()
        p.formatRows = true        // the team may make a row taller for a long note
        p.formatColumns = true
        p.autofilter = true
        p.sort = true
        try ws.protect(p)
    }

    static func properties(_ input: InspectionFormInput) -> DocumentProperties {
        let t = input.text, r = input.rubric
        let created = input.reportDate.map { TemplateWriter.date($0.isoDate) } ?? TemplateWriter.date(r.plan.date)
        return DocumentProperties(
            title: t("Phiếu kiểm tra kết quả thi đua – ", "Inspection form – ") + r.plan.number, subject: r.plan.shortTitle,
            author: r.issuer.issuingBody, company: r.issuer.issuingBody,
            keywords: "thi đua; phiếu kiểm tra; \(r.id)", comments: "thidua \(input.version)", created: created)
    }
}
