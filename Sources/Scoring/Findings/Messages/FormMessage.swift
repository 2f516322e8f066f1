/// Messages about the inspection form (phiếu kiểm tra, SPEC §6.2): its cells, how it
/// matched the inbox, and the command's notes about reading and writing it.
public enum FormMessage: Sendable, Hashable, Codable {
    // The form's cells
    /// A verified-points cell that is not a number.
    case notANumber(unit: String, line: String, value: String, max: Double)
    /// `1.234`: decimal or thousands separator cannot be told apart.
    case ambiguous(unit: String, line: String, value: String, max: Double)
    /// A number outside [0, max].
    case outOfRange(unit: String, line: String, value: Double, max: Double)
    /// A line code the rubric does not have.
    case lineUnknown(unit: String, line: String)
    /// Points in a row without a unit or a line code.
    case rowIncomplete
    /// A unit's line filled in more than one row.
    case duplicateRow(unit: String, line: String)
    /// The hidden sheet names another rubric.
    case otherRubric(found: String, expected: String)
    /// No hidden sheet (a CSV export): rubric and file hashes cannot be checked.
    case noMetaSheet

    // The form against the inbox
    /// A unit with points that has no submission in use.
    case unitNotInInbox(unit: String, points: Int)
    /// The unit's file in use is not the one the form was made from.
    case unitFileChanged(unit: String, file: String)
    /// The unit's file has no such line, so its points have nowhere to go.
    case lineNotInFile(unit: String, line: String)
    /// On the unit: the form's points replace different points in the unit's own file.
    case overridesFile(line: String, form: Double, file: String, fileCell: String?)

    // The command
    /// The form file cannot be opened (missing, unreadable).
    case cannotOpen(file: String)
    /// The form file is not a spreadsheet thidua reads; `reason` is the reader's sentence.
    case unreadable(file: String, reason: ReadFailure)
    /// A spreadsheet without the form's table.
    case notAForm(file: String)
    /// `--inspected` inside the inbox.
    case insideInbox(option: String, path: String)
    /// What was applied, for the closing summary.
    case applied(file: String, points: Int, units: Int, errors: Int, warnings: Int)
    /// Where the form was written.
    case written(path: String)
    /// The target holds team entries not read back: it is not overwritten.
    case wouldOverwrite(path: String, unit: String, line: String)
}
