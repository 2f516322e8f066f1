import Scoring
import SheetModel
import SheetReaders

extension SubmissionReader {
    /// The reader notes whose findings are rendered by the message catalog (`InputMessage`);
    /// nil for the others.
    static func catalogFinding(for note: ReadNote, name: String) -> Finding? {
        switch note.code {
        case .legacyFontConverted:
            let message = Message.input(.legacyFontConverted(encoding: note.detail ?? "", count: note.count ?? 1))
            return Finding(.info, FindingCode(note.code.rawValue),
                           at: SourceLocation(file: name, sheet: note.sheet, cell: note.cell), value: note.detail, message)
        default:
            return nil
        }
    }
}
