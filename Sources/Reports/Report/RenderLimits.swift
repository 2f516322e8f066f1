import Catalog
import Scoring
import SheetWriter

/// What the writer boundary had to cut or leave out of a workbook (SheetWriter's
/// `RenderLimits`): the engine cuts every unit's text before scoring (`ContentLimits`), so
/// in a normal run it stays empty.
public typealias RenderLimits = SheetWriter.RenderLimits

extension RenderLimits.Place {
    /// `F120 (trang Cần sửa)` / `F120 (sheet Cần sửa)`.
    public func text(_ language: Language) -> String { LimitText.cutCell(cell, sheet: sheet).text(language) }
}

extension WorkbookDescription {
    /// The note that takes a sheet's last row when rows are left out, in `style`.
    static func rowsLeftOut(_ language: Language, _ style: Style) -> @Sendable (Int) -> SheetDescription<Style>.Cell {
        { n in .text(LimitText.rowsLeftOut(n, max: ExcelLimits.maxRows).text(language), style) }
    }
}
