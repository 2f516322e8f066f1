/// Messages about a file as a whole: why it could not be read, what its reader noted,
/// why the scan skipped it, and its status in the audit sheet.
public enum FileMessage: Sendable, Hashable, Codable {
    /// The reader refused the file.
    case unreadable(ReadFailure)
    /// The reader read the file and noted something.
    case note(ReadNoteKind)
    /// The reader stopped on the file (`readerStopped`): it crashed, ran past its time or
    /// memory, and only this file is lost.
    case readerStopped(ReaderStop)
    /// The file could not be opened from disk (`fileUnreadable`).
    case cannotOpen(SystemFailure)
    /// The inbox scan left the file out on purpose.
    case skipped(SkipReason)
    /// Audit: a newer submission of the same unit is used.
    case newerFileUsed
    /// Audit: the submission has errors.
    case hasErrors
}
