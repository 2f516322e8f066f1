/// Messages about how a file came in: text typed in a legacy Vietnamese font that was
/// converted, and archives (.zip, .rar, .7z) and their entries.
public enum InputMessage: Sendable, Hashable, Codable {
    /// `count` cells typed in a TCVN3 (`tcvn3`) or VNI (`vni`) font were converted to Unicode.
    case legacyFontConverted(encoding: String, count: Int)
    /// An archive held no spreadsheet: the first entry names, and how many entries in all.
    case archiveWithoutSpreadsheet(names: [String], count: Int)
    /// An archive inside an archive inside the inbox's archive: not opened.
    case archiveTooDeep
    /// An archive entry that is no spreadsheet (a scan, a photo, a text document): not read.
    case archiveEntryNotSpreadsheet
}
