/// Why a file could not be read: the reader's error codes (same raw values as
/// `SheetReaders.ReadError.Code`, which the engine cannot see). The catalog says what each
/// means and what to do; the library's own text never appears there, it goes to `Finding.detail`.
public enum ReadFailure: String, Sendable, Hashable, Codable, CaseIterable {
    case ioError, emptyFile, fileTooLarge, legacyXLS, encrypted, xlsb, numbers, ods, htmlAsXLS, xml2003, unknownFormat
    case archive, corruptArchive, corruptXLS
    case corruptZip, notAWorkbook, missingPart, duplicateEntry, unsafeEntryName, entryTooLarge, archiveTooLarge
    case compressionRatio, corruptEntry, xmlMalformed, xmlDTD, xmlTooDeep, tooManyCells, extentTooLarge
    case sharedStringIndex, tooManySharedStrings, tooManySheets, badCellReference, textEncoding, lossyEncoding
    /// A reader code this catalog does not know yet: a generic "damaged file" sentence.
    case other

    /// The failure for a reader's code (its raw value); `.other` when unknown.
    public init(code: String) { self = ReadFailure(rawValue: code) ?? .other }

    /// Failures that mean "a format thidua does not read", not a damaged file.
    public var isUnsupportedFormat: Bool {
        [.legacyXLS, .encrypted, .xlsb, .numbers, .ods, .htmlAsXLS, .xml2003, .unknownFormat].contains(self)
    }
}
