/// Recognises a unit type as people write it: the rubric's codes (`party`), its
/// labels ("Tổ chức đảng") and common words ("Chi bộ", "Xã", "Thị trấn").
public struct UnitTypeMatcher: Sendable {
    /// Key → type code, for whole values.
    private let exact: [String: String]
    /// Leading words → type code, longest first.
    private let prefixes: [(key: String, code: String)]

    /// Keys the rubric's unit types and `SheetLabels.unitTypeWords` for those types.
    public init(unitTypes: [UnitType]) {
        var exact: [String: String] = [:]
        var prefixes: [(String, String)] = []
        for type in unitTypes {
            exact[LabelKey.of(type.code)] = type.code
            exact[LabelKey.of(type.label)] = type.code
            for word in SheetLabels.unitTypeWords[type.code] ?? [] {
                let key = LabelKey.of(word)
                if exact[key] == nil { exact[key] = type.code }
                prefixes.append((key, type.code))
            }
        }
        self.exact = exact
        self.prefixes = prefixes.sorted { $0.0.count > $1.0.count }
    }

    /// The type code a text names ("Đảng bộ cơ sở" → `party`, "Xã Ia Le" → `locality`),
    /// or nil when it names none.
    public func code(for text: String) -> String? {
        let key = LabelKey.of(text)
        guard !key.isEmpty else { return nil }
        if let code = exact[key] { return code }
        for (prefix, code) in prefixes where key.hasPrefix(prefix + " ") { return code }
        return nil
    }
}
