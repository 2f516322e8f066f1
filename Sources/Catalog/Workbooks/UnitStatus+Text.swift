import Scoring

/// A unit's status as the report prints it.
extension UnitStatus {
    /// The status as printed in the report.
    public func label(_ language: Language) -> String {
        switch (self, language) {
        case (.valid, .vi): return "Hợp lệ"
        case (.valid, .en): return "Valid"
        case (.validWithWarnings, .vi): return "Hợp lệ, có cảnh báo"
        case (.validWithWarnings, .en): return "Valid, with warnings"
        case (.invalid, .vi): return "Cần sửa"
        case (.invalid, .en): return "Needs fixing"
        case (.superseded, .vi): return "Bị thay thế"
        case (.superseded, .en): return "Superseded"
        }
    }
}
