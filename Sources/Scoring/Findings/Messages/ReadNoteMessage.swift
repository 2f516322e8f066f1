/// Messages about what a reader noticed in a file that it still read.
public enum ReadNoteMessage: Sendable, Hashable, Codable {
    /// A cell's text is longer than the 32,767 characters a cell holds in Excel; it is cut
    /// with "…" when the submission is scored, so the report and JSON hold its beginning.
    case cellTooLong(characters: Int)
}
