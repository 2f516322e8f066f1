/// What the command line says when it cannot read an input or write an output. The
/// system's or library's own text is never part of it (it is shown with `--verbose`).
public enum OutputMessage: Sendable, Hashable, Codable {
    /// Which output could not be written.
    public enum Target: Sendable, Hashable, Codable {
        case report, json, returnLists, templates, inspectionForm
    }

    /// Why, in words.
    public enum Cause: Sendable, Hashable, Codable {
        /// What the operating system said.
        case system(SystemFailure)
        /// The spreadsheet library could not produce the workbook.
        case workbook
        /// Nothing more is known.
        case unknown
    }

    /// An output that could not be written (exit 3).
    case cannotWrite(Target, path: String, cause: Cause)
    /// The inbox folder could not be listed (exit 2).
    case cannotReadInbox(path: String, cause: Cause)
    /// The reading workers cannot be started at all (exit 2).
    case cannotStartReaders
    /// The roster could not be read (exit 2).
    case cannotReadRoster(path: String, failure: ReadFailure)
    /// The roster has errors (exit 2).
    case rosterHasErrors(path: String)
    /// The rubric file could not be read from disk (exit 2).
    case cannotReadRubric(path: String)
    /// Two units would share one return list's file name; only the first is written.
    case returnListClash(name: String)
    /// The report was written, but some text had to be cut to a cell's 32,767 characters
    /// (`first` names the first such cell) or some rows past a sheet's last were left out.
    case reportShortened(path: String, cutCells: Int, first: String?, droppedRows: Int)
}
