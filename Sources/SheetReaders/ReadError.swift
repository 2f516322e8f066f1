import SheetModel

/// Why a file could not be read: a stable code, where it happened, and the technical
/// detail. The sentence a clerk reads comes from the message catalog, keyed by `code`.
public struct ReadError: Error, Sendable, Hashable, CustomStringConvertible {
    /// Stable error codes (tests and JSON rely on the raw values).
    public enum Code: String, Sendable, Hashable, Codable, CaseIterable {
        /// The file could not be opened or read from disk.
        case ioError
        /// The file has no bytes.
        case emptyFile
        /// The file is larger than `ReadLimits.maxFileBytes`.
        case fileTooLarge
        /// An OLE2 file that is no Excel 95–2003 workbook thidua reads (Excel 2.0–4.0, a Word
        /// document, a BIFF version other than 5 and 8).
        case legacyXLS
        /// A password-protected workbook.
        case encrypted
        /// An Excel binary workbook (.xlsb).
        case xlsb
        /// An Apple Numbers document.
        case numbers
        /// An OpenDocument file that is not a spreadsheet (a text document, a presentation).
        case ods
        /// A web page saved as .xls.
        case htmlAsXLS
        /// An Excel 2003 XML spreadsheet.
        case xml2003
        /// A ZIP, RAR or 7z archive of files rather than one workbook: its spreadsheets are
        /// read one by one where a batch is read (`thidua consolidate`, `check`).
        case archive
        /// A RAR or 7z archive that libarchive cannot read (damaged, truncated, encrypted headers).
        case corruptArchive
        /// An .xls workbook whose compound file or records are damaged (a record or string
        /// that runs past its end, a shared-string index out of range).
        case corruptXLS
        /// Bytes that are no spreadsheet or text this reader knows.
        case unknownFormat
        /// A ZIP that libzip cannot open (truncated, damaged).
        case corruptZip
        /// A ZIP without a workbook part.
        case notAWorkbook
        /// A part that the workbook names is missing.
        case missingPart
        /// Two ZIP entries with the same name (ignoring case).
        case duplicateEntry
        /// A ZIP entry name that is absolute or climbs out with `..`.
        case unsafeEntryName
        /// An entry inflates past `maxEntryBytes`.
        case entryTooLarge
        /// All entries together inflate past `maxTotalInflatedBytes`.
        case archiveTooLarge
        /// An entry inflates far more than real spreadsheets do (a ZIP bomb).
        case compressionRatio
        /// Damaged entry data (CRC error, sizes that lie).
        case corruptEntry
        /// XML that is not well-formed.
        case xmlMalformed
        /// XML with a DOCTYPE (DTDs and entities are never processed).
        case xmlDTD
        /// XML nested deeper than `maxXMLDepth`.
        case xmlTooDeep
        /// More cells than `maxCellsPerSheet` / `maxCellsPerFile`.
        case tooManyCells
        /// A value so far out that the sheet's extent passes `maxExtentCells`.
        case extentTooLarge
        /// A cell refers to a shared string that does not exist.
        case sharedStringIndex
        /// More shared strings than the limits allow.
        case tooManySharedStrings
        /// More sheets than `maxSheets`.
        case tooManySheets
        /// A cell address outside Excel's grid.
        case badCellReference
        /// Text whose encoding cannot be decoded.
        case textEncoding
        /// A CSV saved by Excel in the legacy code page, letters replaced by `?`.
        case lossyEncoding
    }

    /// The stable code.
    public var code: Code
    /// The file as given by the caller.
    public var file: String
    /// The ZIP part, when relevant (`xl/worksheets/sheet1.xml`).
    public var part: String?
    /// The sheet, when relevant.
    public var sheet: String?
    /// The cell, when relevant.
    public var cell: CellRef?
    /// Technical detail: the C library's message, a line number, the offending value.
    public var detail: String?

    /// Creates an error.
    public init(_ code: Code, file: String, part: String? = nil, sheet: String? = nil,
                cell: CellRef? = nil, detail: String? = nil) {
        self.code = code
        self.file = file
        self.part = part
        self.sheet = sheet
        self.cell = cell
        self.detail = detail
    }

    /// Where it happened, for messages: `Trang1!B7`, `xl/sharedStrings.xml`, or empty.
    public var place: String {
        if let cell {
            if let sheet { return SourceLocation.quoteSheet(sheet) + "!" + cell.a1 }
            return cell.a1
        }
        if let sheet { return sheet }
        return part ?? ""
    }

    /// Technical text for developers and logs: `file: [code] place — detail`. What a clerk
    /// reads is worded by the message catalog (Scoring's `ReadFailure`), from `code`.
    public var description: String {
        var s = "\(file): [\(code.rawValue)]"
        if !place.isEmpty { s += " " + place }
        if let part, cell != nil || sheet != nil { s += " (" + part + ")" }
        if let detail, !detail.isEmpty { s += " — " + detail }
        return s
    }
}
