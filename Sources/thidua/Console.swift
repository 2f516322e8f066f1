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

    /// Writes `text` on standard output as it is (no newline added).
    static func write(_ text: String) {
        FileHandle.standardOutput.write(Data(text.utf8))
    }

    static func err(_ text: String) {
        FileHandle.standardError.write(Data((text + "\n").utf8))
    }

    /// Prints a catalog message on standard error.
    static func err(_ message: OutputMessage, _ language: Language) {
        err(message.text(language))
    }

    /// Prints a console line of the catalog on standard output.
    static func out(_ message: some CatalogMessage, _ language: Language) {
        out(message.text(language))
    }

    /// One finding on one line (`Finding.consoleLine`).
    static func line(_ f: Finding, _ language: Language, verbose: Bool) -> String {
        f.consoleLine(language, verbose: verbose)
    }
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
