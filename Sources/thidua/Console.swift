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

    /// One finding on one line: `  [Lỗi] 'Tự chấm điểm'!D19 (giá trị: 12): message [code]`.
    static func line(_ f: Finding, _ language: Language) -> String {
        var text = "  [\(severity(f.severity, language))]"
        if let place = f.location?.place, !place.isEmpty { text += " " + place }
        if let value = f.value, !value.isEmpty {
            text += language == .en ? " (value: \(value))" : " (giá trị: \(value))"
        }
        return text + ": " + f.text(language) + " [\(f.code.rawValue)]"
    }

    /// Formats a score: `87,5` in Vietnamese, `87.5` in English.
    static func number(_ d: Double, _ language: Language) -> String {
        let text = CellNumber.text(d)
        return language == .vi ? text.replacingOccurrences(of: ".", with: ",") : text
    }
}

extension Console {
    /// What went wrong with a file operation, in words (not an error domain and number),
    /// followed by what to do.
    static func reason(_ error: Error, _ language: Language) -> String {
        var text: String
        switch error {
        case let e as ReportError: text = e.message
        case let e as AtomicWrite.Failure: text = e.reason
        case let e as InboxScanner.ScanError:
            switch e {
            case .notFound: text = String(cString: strerror(ENOENT))
            case .notADirectory: text = String(cString: strerror(ENOTDIR))
            case .unreadable(_, let why): text = why
            }
        default:
            let ns = error as NSError
            if let posix = ns.userInfo[NSUnderlyingErrorKey] as? NSError, posix.domain == NSPOSIXErrorDomain {
                text = String(cString: strerror(Int32(posix.code)))
            } else {
                text = ns.localizedDescription
            }
        }
        text += language == .en
            ? ". Check that the folder exists, is writable and has free space, or choose another path."
            : ". Kiểm tra thư mục có tồn tại, được phép ghi và còn chỗ trống, hoặc chọn đường dẫn khác."
        return text
    }
}
