import Catalog
import Scoring
import SheetModel
import SheetWriter

/// What the writer boundary had to do so that a report could be written at all: text cut
/// to the 32,767 characters a cell holds, rows past the 1,048,576 a sheet holds left out.
/// The engine cuts every unit's text before scoring (`ContentLimits`), so in a normal run
/// this stays empty; it is the last guard that keeps `consolidate` from failing on content.
public struct RenderLimits: Sendable, Equatable {
    /// A cell whose text was cut.
    public struct Place: Sendable, Equatable {
        public var sheet: String
        public var cell: String
        /// `F120 (trang Cần sửa)` / `F120 (sheet Cần sửa)`.
        public func text(_ language: Language) -> String {
            cell + (language == .en ? " (sheet \(sheet))" : " (trang \(sheet))")
        }
    }

    /// Cells whose text was cut, in the order written.
    public var cutCells: [Place] = []
    /// Rows left out, by sheet name.
    public var droppedRows: [String: Int] = [:]

    public init() {}

    /// True when nothing had to be cut or left out.
    public var isEmpty: Bool { cutCells.isEmpty && droppedRows.isEmpty }

    mutating func merge(_ other: RenderLimits) {
        cutCells += other.cutCells
        droppedRows.merge(other.droppedRows, uniquingKeysWith: +)
    }

    /// `text`, cut to what a cell holds (noting the cell) when longer.
    mutating func fitted(_ text: String, sheet: String, row: Int, col: Int) -> String {
        guard let cut = ContentLimits.cut(text, to: ExcelLimits.maxStringLength) else { return text }
        cutCells.append(Place(sheet: sheet, cell: ExcelLimits.a1(row: row, column: col)))
        return cut
    }

    /// The rows of `sheet` that fit, the last one saying how many were left out (in `language`).
    mutating func fittedRows(_ sheet: ReportSheet, language: Language) -> [ReportSheet.Row] {
        guard sheet.rows.count > ExcelLimits.maxRows else { return sheet.rows }
        let kept = ExcelLimits.maxRows - 1
        let dropped = sheet.rows.count - kept
        droppedRows[sheet.name, default: 0] += dropped
        let n = Wording.count(dropped, language), max = Wording.count(ExcelLimits.maxRows, language)
        let note = language == .en
            ? "\(n) more rows are not shown: a sheet holds at most \(max) rows. The JSON file (--json) has them all."
            : "Còn \(n) dòng không ghi được vì một trang tính chỉ chứa tối đa \(max) dòng; "
                + "xem đầy đủ trong tệp kết quả JSON (--json)."
        var cells: [ReportSheet.Cell?] = Array(repeating: nil, count: sheet.columnCount)
        if !cells.isEmpty { cells[0] = .text(note, .note) }
        return Array(sheet.rows.prefix(kept)) + [ReportSheet.Row(cells: cells, height: nil)]
    }
}
