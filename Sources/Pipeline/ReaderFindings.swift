import Foundation
import Scoring
import SheetModel
import SheetReaders

extension SubmissionReader {
    /// A read error as a finding: the reader's stable code, its sheet and cell, the
    /// catalog's sentence for the code, and the technical detail (the ZIP part, the
    /// library's text) kept apart for `--verbose` and JSON. `thidua inspect` uses it too,
    /// so every command words a read error the same way.
    public static func finding(for error: ReadError, name: String) -> Finding {
        let location = SourceLocation(file: name, sheet: error.sheet, cell: error.cell)
        let failure = ReadFailure(code: error.code.rawValue)
        // The one detail a clerk can act on is the word a lossy CSV garbled.
        let value = error.code == .lossyEncoding
            ? error.detail.map { $0.trimmingCharacters(in: CharacterSet(charactersIn: "\"")) } : nil
        let detail = [error.part, error.code == .lossyEncoding ? nil : error.detail]
            .compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: " — ")
        return Finding(.error, FindingCode(error.code.rawValue), at: location, value: value,
                       .file(.unreadable(failure)), detail: detail.isEmpty ? nil : detail)
    }

    /// A reader's note as a finding; notes never stop a file from being scored.
    public static func finding(for note: ReadNote, name: String) -> Finding {
        if let finding = catalogFinding(for: note, name: name) { return finding }
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
        // The value found (the suspicious text, the extension) is shown; other detail is not.
        let shown: Set<ReadNote.Code> = [.extensionMismatch, .legacyFontText]
        return Finding(severity, FindingCode(note.code.rawValue),
                       at: SourceLocation(file: name, sheet: note.sheet, cell: note.cell),
                       value: shown.contains(note.code) ? note.detail : nil,
                       .file(.note(ReadNoteKind(code: note.code.rawValue))),
                       detail: shown.contains(note.code) ? nil : note.detail)
    }
}

extension SystemFailure {
    /// What an `errno` value means.
    public init(errno code: Int32) {
        switch code {
        case ENOENT: self = .notFound
        case EACCES, EPERM: self = .permissionDenied
        case EISDIR: self = .isDirectory
        case ENOTDIR: self = .notDirectory
        case ENOSPC, EDQUOT: self = .noSpace
        case EROFS: self = .readOnly
        case EBUSY, ETXTBSY: self = .busy
        case ENAMETOOLONG: self = .nameTooLong
        case EMFILE, ENFILE: self = .tooManyOpenFiles
        case EIO: self = .hardware
        default: self = .other(code)
        }
    }

    /// The system's own text for an `errno` value (English), for technical detail.
    public static func systemText(_ code: Int32) -> String { String(cString: strerror(code)) }
}
