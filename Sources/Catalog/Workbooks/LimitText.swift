import Scoring

/// What a workbook says when Excel's limits made the writer cut something (SPEC §12).
public enum LimitText: CatalogMessage {
    /// The note in a sheet's last row: rows left out, and the most a sheet holds.
    case rowsLeftOut(Int, max: Int)
    /// A cut cell for the console: the cell and its sheet.
    case cutCell(String, sheet: String)

    public var vi: String {
        switch self {
        case .rowsLeftOut(let n, let max):
            "Còn \(Wording.count(n, .vi)) dòng không ghi được vì một trang tính chỉ chứa tối đa \(Wording.count(max, .vi)) dòng; "
                + "xem đầy đủ trong tệp kết quả JSON (--json)."
        case .cutCell(let cell, let sheet): cell + " (trang \(sheet))"
        }
    }

    public var en: String {
        switch self {
        case .rowsLeftOut(let n, let max):
            "\(Wording.count(n, .en)) more rows are not shown: a sheet holds at most \(Wording.count(max, .en)) rows. The JSON file (--json) has them all."
        case .cutCell(let cell, let sheet): cell + " (sheet \(sheet))"
        }
    }
}
