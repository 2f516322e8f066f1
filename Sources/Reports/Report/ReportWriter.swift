import Catalog
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
        do {
            return try WorkbookRenderer.write(workbook(input), to: path)
        } catch {
            throw ReportError(code: .cannotWrite, path: path, message: error.description)
        }
    }

    /// The report as a workbook description: each sheet's tables of units are row blocks,
    /// made only while they are written.
    static func workbook(_ input: ReportInput) -> WorkbookDescription<ReportStyle> {
        let t = input.text, r = input.rubric
        var w = WorkbookDescription<ReportStyle>(properties: input.source.properties(
            title: t(DocumentText.reportTitle(plan: r.plan.number)), keywords: DocumentText.reportKeywords(rubric: r.id).vi))
        w.customProperties = [.init("thidua.rubric_id", .text(r.id)), .init("thidua.rubric_sha256", .text(input.rubricSHA256)),
                              .init("thidua.version", .text(input.version))]
        w.sheets = sheets(input)
        w.activeSheet = 0
        w.options = Workbook.Options(constantMemory: input.constantMemory)
        w.rowsLeftOut = WorkbookDescription.rowsLeftOut(t.language, .note)
        return w
    }

    /// The seven sheets, in order (the charts need only the other sheets' layouts).
    static func sheets(_ input: ReportInput) -> [ReportSheet] {
        let (summary, summaryLayout) = SummarySheet.build(input)
        let (matrix, matrixLayout) = MatrixSheet.build(input)
        return [summary, matrix, ProposalsSheet.build(input), FixesSheet.build(input), MissingSheet.build(input),
                ChartsSheet.build(input, summary: summaryLayout, matrix: matrixLayout), SourcesSheet.build(input)]
    }

    /// The seven sheets with every row made (what tests and golden files look at).
    static func build(_ input: ReportInput) -> [ReportSheet] { sheets(input).map { $0.materialized() } }
}
