import Scoring
import SheetModel
import SheetReaders

extension SubmissionReader {
    /// A read error as a finding: the reader's stable code, its place and its message.
    static func finding(for error: ReadError, name: String) -> Finding {
        let location = SourceLocation(file: name, sheet: error.sheet, cell: error.cell)
        return Finding(.error, FindingCode(error.code.rawValue), at: location, value: error.detail,
                       vi: error.vi, en: error.en)
    }

    /// A reader's note as a finding; notes never stop a file from being scored.
    static func finding(for note: ReadNote, name: String) -> Finding {
        let location = SourceLocation(file: name, sheet: note.sheet, cell: note.cell)
        if note.code == .cellTooLong {
            return Finding(.warning, FindingCode(note.code.rawValue), at: location, value: nil,
                           .readNote(.cellTooLong(characters: Int(note.detail ?? "") ?? 0)))
        }
        let severity: Severity
        switch note.code {
        case .extensionMismatch, .legacyFontText, .unterminatedQuote: severity = .warning
        default: severity = .info
        }
        return Finding(severity, FindingCode(note.code.rawValue),
                       at: SourceLocation(file: name, sheet: note.sheet, cell: note.cell),
                       value: note.detail, vi: note.vi, en: note.en)
    }
}
