import Foundation
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
        return text + ": " + f.message.text(language) + " [\(f.code.rawValue)]"
    }

    /// Formats a score: `87,5` in Vietnamese, `87.5` in English.
    static func number(_ d: Double, _ language: Language) -> String {
        let text = CellNumber.text(d)
        return language == .vi ? text.replacingOccurrences(of: ".", with: ",") : text
    }
}
