import SheetModel
@testable import Scoring

/// Builds inspection-form grids for the locator tests: the form's sheet with title rows
/// above the table and its columns in any order, and the hidden sheet.
struct InspectionFormGrid {
    static let file = "PhieuKiemTra.xlsx"
    /// Column labels in the order written.
    var labels = ["Mã đơn vị", "Tên đơn vị", "Mã", "Nội dung", "Điểm tối đa", "Điểm tự chấm", "Minh chứng",
                  "Điểm tính từ số liệu", "Trạng thái", "Điểm kiểm tra", "Ghi chú"]
    /// Zero-based row of the header (title rows above it).
    var headerRow = 8
    /// Rows below the header: values by label.
    var rows: [[String: CellValue]] = []
    /// The hidden sheet: rubric id and units (code, name, file, sha256); nil for none (CSV).
    var meta: (rubricID: String, units: [(String, String, String, String)])? = ("142-KH/HU", [])

    /// A row for a unit's line with verified points (any cell value) and an optional note.
    mutating func add(_ code: String?, _ name: String?, line: String?, verified: CellValue = .empty, note: String? = nil) {
        var r: [String: CellValue] = [:]
        if let code { r["Mã đơn vị"] = .text(code) }
        if let name { r["Tên đơn vị"] = .text(name) }
        if let line { r["Mã"] = .text(line) }
        r["Điểm kiểm tra"] = verified
        if let note { r["Ghi chú"] = .text(note) }
        rows.append(r)
    }

    /// The A1 address of a label's cell in data row `k` (zero-based).
    func a1(_ label: String, row k: Int) -> String {
        CellRef(row: headerRow + 1 + k, column: labels.firstIndex(of: label)!).a1
    }

    var grid: Grid {
        var sheet = Sheet(name: "Phiếu kiểm tra")
        sheet[CellRef(row: 0, column: 0)] = Cell(.text("ĐẢNG BỘ TỈNH GIA LAI"))
        sheet[CellRef(row: 4, column: 0)] = Cell(.text("PHIẾU KIỂM TRA KẾT QUẢ THI ĐUA"))
        for (c, label) in labels.enumerated() { sheet[CellRef(row: headerRow, column: c)] = Cell(.text(label)) }
        for (k, row) in rows.enumerated() {
            for (label, value) in row {
                guard let c = labels.firstIndex(of: label) else { continue }
                sheet[CellRef(row: headerRow + 1 + k, column: c)] = Cell(value)
            }
        }
        var sheets = [sheet]
        if let meta {
            var m = Sheet(name: "_thidua_form", state: .hidden)
            m[CellRef(row: 0, column: 0)] = Cell(.text("form_version")); m[CellRef(row: 0, column: 1)] = Cell(.text("1"))
            m[CellRef(row: 1, column: 0)] = Cell(.text("rubric_id")); m[CellRef(row: 1, column: 1)] = Cell(.text(meta.rubricID))
            for (c, h) in ["unit_code", "unit_name", "file", "sha256"].enumerated() { m[CellRef(row: 5, column: c)] = Cell(.text(h)) }
            for (k, u) in meta.units.enumerated() {
                for (c, v) in [u.0, u.1, u.2, u.3].enumerated() { m[CellRef(row: 6 + k, column: c)] = Cell(.text(v)) }
            }
            sheets.append(m)
        }
        return Grid(sheets: sheets)
    }

    /// The located form.
    func locate(rubric: Rubric = .seed) -> InspectionForm? {
        InspectionFormLocator.locate(grid, file: Self.file, rubric: rubric)
    }
}
