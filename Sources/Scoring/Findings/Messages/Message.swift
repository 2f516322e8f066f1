/// What a finding (or a reason, or a note) says, as typed arguments.
///
/// Messages are rendered, never stored as sentences: the `Catalog` module turns one into
/// Vietnamese or English where it is shown or written. Each domain keeps its messages in
/// an enum of its own, in its own file here (cases and typed arguments only), and its
/// renderings in Catalog; this enum only gathers them (one case per domain, so a new
/// domain is one line).
public enum Message: Sendable, Hashable, Codable {
    /// A line of the items table (claims, verified points, evidence, totals).
    case line(LineMessage)
    /// The counts block and the collective's rating.
    case count(CountMessage)
    /// The header block and the nominees.
    case header(HeaderMessage)
    /// Finding the scoring sheet and its table in a file.
    case locator(LocatorMessage)
    /// A file that cannot be read, a reader's note, a file's status in the audit.
    case file(FileMessage)
    /// The roster and matching submissions to it.
    case roster(RosterMessage)
    /// Supersession, ties, quotas and eligibility across the batch.
    case consolidation(ConsolidationMessage)
    /// A rubric file that is refused.
    case rubric(RubricMessage)
    /// What the command line says when an output cannot be written or an input read.
    case output(OutputMessage)
    /// How a file came in (legacy fonts, archives).
    case input(InputMessage)
    /// The inspection form (phiếu kiểm tra).
    case form(FormMessage)
    /// What a reader noticed in a file it still read (a cell past Excel's limit).
    case readNote(ReadNoteMessage)
}
