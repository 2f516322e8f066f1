import Catalog
import Foundation
import Pipeline
import Reports
import Scoring

/// Printing for people: standard output for results, standard error for problems.
enum Console {
    static func out(_ text: String) {
        FileHandle.standardOutput.write(Data((text + "\n").utf8))
    }

    static func err(_ text: String) {
        FileHandle.standardError.write(Data((text + "\n").utf8))
    }

    /// Prints a catalog message on standard error.
    static func err(_ message: OutputMessage, _ language: Language) {
        err(message.text(language))
    }

    /// "Lỗi", "Cảnh báo", "Thông tin" (or English).
    static func severity(_ s: Severity, _ language: Language) -> String {
        switch (s, language) {
        case (.error, .vi): return "Lỗi"
        case (.warning, .vi): return "Cảnh báo"
        case (.info, .vi): return "Thông tin"
        case (.error, .en): return "Error"
        case (.warning, .en): return "Warning"
        case (.info, .en): return "Info"
        }
    }

    /// One finding on one line: `  [Lỗi] 'Tự chấm điểm'!D19 (giá trị: 12): message`; with
    /// `verbose`, the stable code and the technical detail follow (`[aboveMax]`).
    static func line(_ f: Finding, _ language: Language, verbose: Bool) -> String {
        var text = "  [\(severity(f.severity, language))]"
        let place = Wording.place(f.location, language)
        if !place.isEmpty { text += " " + place }
        if let value = f.shownValue(language), !value.isEmpty {
            text += language == .en ? " (value: \(value))" : " (giá trị: \(value))"
        }
        text += ": " + f.text(language)
        if verbose {
            text += " [\(f.code.rawValue)]"
            if let detail = f.detail, !detail.isEmpty { text += " — " + detail }
        }
        return text
    }

    /// Formats a score: `87,5` in Vietnamese, `87.5` in English.
    static func number(_ d: Double, _ language: Language) -> String { Wording.number(d, language) }
}

extension Console {
    /// Why a file operation failed, in words (never the system's or library's text),
    /// and that text apart as technical detail for `--verbose`.
    static func cause(_ error: Error) -> (cause: OutputMessage.Cause, detail: String) {
        switch error {
        case let e as AtomicWrite.Failure: return (.system(SystemFailure(errno: e.code)), e.description)
        case let e as ReportError:
            return (e.systemCode.map { .system(SystemFailure(errno: $0)) } ?? .workbook, e.description)
        case let e as TemplateError:
            return (e.systemCode.map { .system(SystemFailure(errno: $0)) } ?? .workbook, e.description)
        case let e as InboxScanner.ScanError:
            switch e {
            case .notFound: return (.system(.notFound), "\(e)")
            case .notADirectory: return (.system(.notDirectory), "\(e)")
            case .unreadable: return (.system(.permissionDenied), "\(e)")
            }
        default:
            let ns = error as NSError
            if let posix = ns.userInfo[NSUnderlyingErrorKey] as? NSError, posix.domain == NSPOSIXErrorDomain {
                return (.system(SystemFailure(errno: Int32(posix.code))), ns.localizedDescription)
            }
            if ns.domain == NSPOSIXErrorDomain { return (.system(SystemFailure(errno: Int32(ns.code))), ns.localizedDescription) }
            return (.unknown, ns.localizedDescription)
        }
    }

    /// Prints that an output could not be written: the sentence, and with `verbose` the detail.
    static func cannotWrite(_ target: OutputMessage.Target, _ path: String, _ error: Error,
                            _ language: Language, verbose: Bool) {
        let (cause, detail) = cause(error)
        err(.cannotWrite(target, path: path, cause: cause), language)
        if verbose { err("  " + detail) }
    }
}
