import Foundation
import SheetWriter

/// Writes the consolidated report workbook (SPEC §7): seven sheets in order —
/// Tổng hợp, Chi tiết tiêu chí, Đề nghị khen thưởng, Cần sửa, Chưa nộp, Biểu đồ, Nguồn.
///
/// The same input gives the same bytes: no wall-clock time is written (the
/// document's creation date is the report date, else the plan's date) and every
/// list has a fixed order. The file is written directly to `path`; write to a
/// temporary path and rename for atomicity.
public enum ReportWriter {
    /// The sheet names, in order.
    public static let sheetNames = [SummarySheet.name, MatrixSheet.name, ProposalsSheet.name, FixesSheet.name,
                                    MissingSheet.name, ChartsSheet.name, SourcesSheet.name]

    /// Writes the report to `path` and returns what had to be cut to fit Excel's limits
    /// (nothing, unless some content escaped the engine's own cuts).
    /// - Throws: `ReportError.cannotWrite` with libxlsxwriter's message, sheet and cell.
    @discardableResult
    public static func write(_ input: ReportInput, to path: String) throws(ReportError) -> RenderLimits {
        var limits = RenderLimits()
        do {
            let wb = try Workbook(path: path, options: .init(constantMemory: input.constantMemory))
            try wb.setProperties(properties(input))
            try wb.setCustomProperty("thidua.rubric_id", input.rubric.id)
            try wb.setCustomProperty("thidua.rubric_sha256", input.rubricSHA256)
            try wb.setCustomProperty("thidua.version", input.version)
            var first: Worksheet?
            // Each sheet is built, written and dropped before the next is built.
            try eachSheet(input) { (sheet) throws(WriterError) in
                let ws = try ReportRenderer.render(sheet, into: wb, language: input.text.language, limits: &limits)
                first = first ?? ws
            }
            try first?.activate()
            try wb.close()
        } catch {
            throw ReportError(code: .cannotWrite, path: path, message: error.description)
        }
        return limits
    }

    /// The seven sheets as data, in order, every row made (what `write` renders).
    static func build(_ input: ReportInput) -> [ReportSheet] {
        var sheets: [ReportSheet] = []
        eachSheet(input) { sheets.append($0.materialized()) }
        return sheets
    }

    /// Builds the seven sheets in order, handing each to `body` as soon as it is built
    /// (the charts need only the other sheets' layouts, not their rows).
    static func eachSheet<E: Error>(_ input: ReportInput, _ body: (ReportSheet) throws(E) -> Void) throws(E) {
        let (summaryLayout, matrixLayout): (SummarySheet.Layout, MatrixSheet.Layout)
        do {
            let (summary, layout) = SummarySheet.build(input)
            summaryLayout = layout
            try body(summary)
        }
        do {
            let (matrix, layout) = MatrixSheet.build(input)
            matrixLayout = layout
            try body(matrix)
        }
        try body(ProposalsSheet.build(input))
        try body(FixesSheet.build(input))
        try body(MissingSheet.build(input))
        try body(ChartsSheet.build(input, summary: summaryLayout, matrix: matrixLayout))
        try body(SourcesSheet.build(input))
    }

    static func properties(_ input: ReportInput) -> DocumentProperties {
        let t = input.text, r = input.rubric
        let created = input.reportDate.map { TemplateWriter.date($0.isoDate) } ?? TemplateWriter.date(r.plan.date)
        return DocumentProperties(
            title: t("Báo cáo tổng hợp thi đua – ", "Emulation report – ") + r.plan.number, subject: r.plan.shortTitle,
            author: r.issuer.issuingBody, company: r.issuer.issuingBody,
            keywords: "thi đua; tổng hợp; \(r.id)", comments: "thidua \(input.version)", created: created)
    }
}
