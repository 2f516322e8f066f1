/// What a file is, judged from its bytes (never from its extension).
public enum FileFormat: String, Sendable, Hashable, Codable, CaseIterable {
    /// Office Open XML workbook.
    case xlsx
    /// Office Open XML workbook with macros (read like xlsx; macros are ignored).
    case xlsm
    /// Comma- or semicolon-separated text.
    case csv
    /// Tab-separated text (Excel's "Unicode text").
    case tsv
    /// Legacy Excel 97–2003 binary workbook (OLE2); not read yet.
    case xls
    /// An OOXML workbook protected by a password (OLE2 with EncryptedPackage).
    case encrypted
    /// Excel binary workbook; not read.
    case xlsb
    /// OpenDocument spreadsheet; not read yet.
    case ods
    /// A web page saved with an .xls name.
    case html
    /// Excel 2003 XML spreadsheet (SpreadsheetML 2003).
    case xml2003
    /// Anything else.
    case unknown

    /// True for the formats this version reads into a grid.
    public var isSupported: Bool {
        switch self {
        case .xlsx, .xlsm, .csv, .tsv: return true
        default: return false
        }
    }

    /// The extensions a file of this format normally carries (lower case, no dot).
    public var usualExtensions: [String] {
        switch self {
        case .xlsx: return ["xlsx"]
        case .xlsm: return ["xlsm", "xlsx"]
        case .csv: return ["csv", "txt"]
        case .tsv: return ["tsv", "txt", "csv"]
        case .xls: return ["xls"]
        case .encrypted: return ["xlsx", "xlsm", "xls"]
        case .xlsb: return ["xlsb"]
        case .ods: return ["ods"]
        case .html: return ["html", "htm", "xls"]
        case .xml2003: return ["xml", "xls"]
        case .unknown: return []
        }
    }
}
