import Scoring

/// A name list as a person reads it.
extension NameList {
    /// The names separated by semicolons (a unit's name may hold commas and "và"), then the
    /// count of the rest: "A; B; C và 7 đơn vị khác" / "A; B; C and 7 other units".
    public func text(_ language: Language) -> String {
        let names = shown.joined(separator: "; ")
        guard more > 0 else { return names }
        return language == .vi ? "\(names) và \(Wording.count(more, language)) đơn vị khác"
                               : "\(names) and \(Wording.count(more, language)) other unit\(more == 1 ? "" : "s")"
    }
}
