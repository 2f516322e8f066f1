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
    /// Writes the form to `path`.
    /// - Throws: `ReportError.cannotWrite` with libxlsxwriter's message, sheet and cell.
    public static func write(_ input: InspectionFormInput, to path: String) throws(ReportError) {
        let form = InspectionFormSheet.build(input), meta = InspectionFormMeta.build(input)
        do {
            let wb = try Workbook(path: path)
            try wb.setProperties(properties(input))
            try wb.setCustomProperty("thidua.rubric_id", input.rubric.id)
            try wb.setCustomProperty("thidua.form_version", InspectionFormLabels.formVersion)
            let ws = try render(form, into: wb)
            try inputs(form, ws, input.text)
            _ = try render(meta, into: wb)
            try ws.activate()
            try wb.close()
        } catch {
            throw ReportError(code: .cannotWrite, path: path, message: error.description)
        }
    }

    /// Cells, widths, heights and merges of a model; print setup for visible sheets.
    static func render(_ model: InspectionFormModel, into wb: Workbook) throws(WriterError) -> Worksheet {
        let ws = try wb.addWorksheet(model.name)
        for (c, w) in model.columnWidths.enumerated() { try ws.setColumns(c, c, width: w) }
        if model.hidden {
            try ws.hide()
        } else {
            let header = model.headerRow.map { $0...$0 }
            try ws.setPrint(.partyDocument(.landscape, footerSize: 10, repeatRows: header))
            try ws.setGridlines(screen: true, print: false)
            if let h = model.headerRow { try ws.freezePanes(row: h + 1, col: 0) }
        }
        for (r, row) in model.rows.enumerated() {
            if let h = row.height { try ws.setRow(r, height: h) }
            for (c, cell) in row.cells.enumerated() {
                guard let cell else { continue }
                let f = try wb.format(cell.style.format)
                if cell.span > 1 { try ws.mergeRange(r, c, r, c + cell.span - 1, "", f) }
                switch cell.content {
                case .empty: try ws.writeBlank(r, c, f)
                case .text(let s): try ws.writeText(r, c, s, f)
                case .number(let n): try ws.writeNumber(r, c, n, f)
                }
            }
        }
        return ws
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
