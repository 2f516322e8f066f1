/// What a finding (or a reason, or a note) says, as typed arguments.
///
/// Messages are rendered, never stored as sentences: `MessageCatalog` turns one into
/// Vietnamese or English where it is shown or written. Each domain keeps its
/// messages in an enum of its own, in its own file, with both renderings beside it
/// (`LineMessage`, `FileMessage`, …); this enum only gathers them.
public enum Message: Sendable, Hashable {
    /// Transitional: two sentences stored as written (being moved into the catalog).
    case text(LocalizedText)
    /// What a reader noticed in a file it still read.
    case readNote(ReadNoteMessage)
}

/// A domain's messages: each case renders itself in both languages.
public protocol CatalogMessage: Sendable, Hashable {
    /// The Vietnamese sentence: no English word, decimal commas, the plan's terms.
    var vi: String { get }
    /// The same sentence in English.
    var en: String { get }
}
