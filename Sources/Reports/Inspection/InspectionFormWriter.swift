import Catalog
import Foundation
import Scoring
import SheetWriter

/// Writes the inspection form (phiếu kiểm tra, SPEC §6.2): one sheet with a row per
/// unit and line for the team to fill (`InspectionFormSheet`), and a hidden sheet with the
/// rubric id and each unit's file hash (`InspectionFormMeta`). The same input gives the
/// same bytes (a fixed creation date). Writes directly to `path`: write to a temporary
/// path and rename.
public enum InspectionFormWriter {
    /// Writes the form to `path`, its unit rows made while written (with `constantMemory`
    /// libxlsxwriter also writes each row out as it goes), and returns what had to be cut.
    /// - Throws: `ReportError.cannotWrite` with libxlsxwriter's message, sheet and cell.
    @discardableResult
    public static func write(_ input: InspectionFormInput, to path: String) throws(ReportError) -> RenderLimits {
        do {
            return try WorkbookRenderer.write(workbook(input), to: path)
        } catch {
            throw ReportError(code: .cannotWrite, path: path, message: error.description)
        }
    }

    /// The form as a workbook description.
    static func workbook(_ input: InspectionFormInput) -> WorkbookDescription<InspectionFormStyle> {
        let t = input.text, r = input.rubric
        var w = WorkbookDescription<InspectionFormStyle>(properties: input.source.properties(
            title: t(FormText.documentTitle(plan: r.plan.number)), keywords: DocumentText.formKeywords(rubric: r.id).vi))
        w.customProperties = [.init("thidua.rubric_id", .text(r.id)),
                              .init("thidua.form_version", .text(InspectionFormLabels.formVersion))]
        w.sheets = [InspectionFormSheet.build(input).0, InspectionFormMeta.build(input)]
        w.activeSheet = 0
        w.options = Workbook.Options(constantMemory: input.constantMemory)
        w.rowsLeftOut = WorkbookDescription.rowsLeftOut(t.language, .note)
        return w
    }
}
