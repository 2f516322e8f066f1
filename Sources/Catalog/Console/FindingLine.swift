import Scoring

/// A severity as the console prints it between brackets.
extension Severity {
    /// "Lỗi", "Cảnh báo", "Thông tin" / "Error", "Warning", "Info".
    public func label(_ language: Language) -> String {
        switch (self, language) {
        case (.error, .vi): return "Lỗi"
        case (.warning, .vi): return "Cảnh báo"
        case (.info, .vi): return "Thông tin"
        case (.error, .en): return "Error"
        case (.warning, .en): return "Warning"
        case (.info, .en): return "Info"
        }
    }
}

/// A finding on one console line.
extension Finding {
    /// `  [Lỗi] D19 (giá trị: 12): message`; with `verbose`, the stable code and the
    /// technical detail follow (`[aboveMax] — detail`).
    public func consoleLine(_ language: Language, verbose: Bool) -> String {
        var text = "  [\(severity.label(language))]"
        let place = Wording.place(location, language)
        if !place.isEmpty { text += " " + place }
        if let value = shownValue(language), !value.isEmpty {
            text += language == .en ? " (value: \(value))" : " (giá trị: \(value))"
        }
        text += ": " + self.text(language)
        if verbose {
            text += " [\(code.rawValue)]"
            if let detail, !detail.isEmpty { text += " — " + detail }
        }
        return text
    }
}
