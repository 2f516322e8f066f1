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
    /// Legacy Excel binary workbook (OLE2 compound file, BIFF8 or BIFF5).
    case xls
    /// An OOXML workbook protected by a password (OLE2 with EncryptedPackage).
    case encrypted
    /// Excel binary workbook; not read.
    case xlsb
    /// OpenDocument spreadsheet (a ZIP package with `content.xml`).
    case ods
    /// Flat OpenDocument spreadsheet (one XML document, `office:document` root).
    case fods
    /// An Apple Numbers document; not read.
    case numbers
    /// A web page saved with an .xls name.
    case html
    /// Excel 2003 XML spreadsheet (SpreadsheetML 2003).
    case xml2003
    /// A ZIP archive of files (not a workbook package); each spreadsheet inside is read.
    case zip
    /// A RAR archive of files.
    case rar
    /// A 7-Zip archive of files.
    case sevenZip = "7z"
    /// Anything else.
    case unknown

    /// True for the formats this version reads into a grid (archives are opened, not read).
    public var isSupported: Bool {
        switch self {
        case .xlsx, .xlsm, .csv, .tsv, .ods, .fods, .xls: return true
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
        case .ods: return ["ods", "ots"]
        case .fods: return ["fods", "xml"]
        case .html: return ["html", "htm", "xls"]
        case .xml2003: return ["xml", "xls"]
        case .numbers: return ["numbers"]
        case .zip: return ["zip"]
        case .rar: return ["rar"]
        case .sevenZip: return ["7z"]
        case .unknown: return []
        }
    }
}
