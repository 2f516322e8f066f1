/// A reader's note about a file it read (same raw values as `SheetReaders.ReadNote.Code`).
public enum ReadNoteKind: String, Sendable, Hashable, Codable, CaseIterable {
    case extensionMismatch, legacyEncoding, legacyFontText, legacyFontConverted, unterminatedQuote, sheetsSkipped
    case cellTooLong
    /// A note this catalog does not know yet.
    case other

    /// The kind for a reader's note code; `.other` when unknown.
    public init(code: String) { self = ReadNoteKind(rawValue: code) ?? .other }
}
