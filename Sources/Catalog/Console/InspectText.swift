import SheetModel

/// The words of `thidua inspect`'s listing: a sheet's heading, its merged cells, each
/// cell's type, and an archive's entry that is not a spreadsheet.
public enum InspectText: CatalogMessage {
    /// "[Tự chấm điểm] hiện, 120 ô".
    case sheet(name: String, state: SheetState, cells: Int)
    /// "ô gộp: A1:C1 B4:B6".
    case merged(ranges: String)
    /// The type of a cell's value, and whether a formula gave it: "số (công thức)".
    case cellType(CellValue, formula: Bool)
    /// An entry of an archive that a batch does not read.
    case notSpreadsheet(entry: String)

    public var vi: String {
        switch self {
        case .sheet(let name, let state, let cells):
            let shown: String
            switch state {
            case .visible: shown = "hiện"
            case .hidden: shown = "ẩn"
            case .veryHidden: shown = "ẩn sâu"
            }
            return "[\(name)] \(shown), \(cells) ô"
        case .merged(let ranges): return "ô gộp: " + ranges
        case .cellType(let value, let formula):
            let type: String
            switch value {
            case .empty: type = "trống"
            case .text: type = "chữ"
            case .number: type = "số"
            case .bool: type = "đúng/sai"
            case .date(let d): type = d.isDateOnly ? "ngày" : "ngày giờ"
            case .error: type = "lỗi"
            }
            return type + (formula ? " (công thức)" : "")
        case .notSpreadsheet(let entry): return entry + " — không phải bảng tính, không đọc"
        }
    }

    public var en: String {
        switch self {
        case .sheet(let name, let state, let cells):
            let shown: String
            switch state {
            case .visible: shown = "visible"
            case .hidden: shown = "hidden"
            case .veryHidden: shown = "very hidden"
            }
            return "[\(name)] \(shown), \(cells) cells"
        case .merged(let ranges): return "merged: " + ranges
        case .cellType(let value, let formula):
            let type: String
            switch value {
            case .empty: type = "empty"
            case .text: type = "text"
            case .number: type = "number"
            case .bool: type = "bool"
            case .date(let d): type = d.isDateOnly ? "date" : "datetime"
            case .error: type = "error"
            }
            return type + (formula ? " (formula)" : "")
        case .notSpreadsheet(let entry): return entry + " — not a spreadsheet, not read"
        }
    }
}
