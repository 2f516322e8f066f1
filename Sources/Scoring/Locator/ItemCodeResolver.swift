import SheetModel

/// Turns what a code cell holds into a rubric item code, tolerating how units
/// and spreadsheet programs write codes.
struct ItemCodeResolver {
    let plan: LocatorPlan
    /// The criterion number of the last numbered row ("4" before rows "a", "b").
    private(set) var parent: String?

    init(plan: LocatorPlan) { self.plan = plan }

    /// What one code cell says.
    enum Resolution: Equatable {
        /// A rubric line (its rubric code).
        case line(String)
        /// A heading row of a criterion with lettered sub-lines ("4" above "4a", "4b").
        case parent
        /// Looks like a code but is none of the rubric's (normalised text).
        case unknown(String)
        /// Not a code at all (empty, or prose).
        case none
    }

    /// Resolves a code cell and updates the parent criterion.
    mutating func resolve(_ value: CellValue) -> Resolution {
        var text = value.displayText.trimmingWhitespace()
        // "1.0" / "1,00": a number that was typed as text by a program
        if text.utf8.contains(where: { $0 == 0x2E || $0 == 0x2C }),
           let sep = text.firstIndex(where: { $0 == "." || $0 == "," }),
           text[..<sep].allSatisfy(\.isNumber), !text[..<sep].isEmpty,
           text[text.index(after: sep)...].allSatisfy({ $0 == "0" }),
           text.index(after: sep) < text.endIndex {
            text = String(text[..<sep])
        }
        guard !text.isEmpty, text.utf8.count <= 40 else { return .none }
        let n = ItemCode.normalize(text)
        // The literal reading first; the others are built only when it is no code.
        if let found = lookUp(n) { return found }
        for candidate in candidates(n, raw: text).dropFirst() {
            if let found = lookUp(candidate) { return found }
        }
        let codeLike = n.count <= 6 && (n.contains { $0.isNumber } || n.count == 1)
        return codeLike ? .unknown(n) : .none
    }

    /// A reading that is a rubric line or a criterion heading (updating the parent).
    private mutating func lookUp(_ candidate: String) -> Resolution? {
        if let code = plan.itemCodes[candidate] {
            let digits = String(candidate.prefix { $0.isNumber })
            if !digits.isEmpty { parent = digits }
            return .line(code)
        }
        if plan.parentCriteria.contains(candidate) {
            parent = candidate
            return .parent
        }
        return nil
    }

    /// Readings of a normalised code, most literal first.
    private func candidates(_ n: String, raw: String) -> [String] {
        var out = [n]
        // "Tiêu chí 4a", "TC4a" → "4a"
        if let firstDigit = n.firstIndex(where: \.isNumber), firstDigit != n.startIndex {
            out.append(String(n[firstDigit...]))
        }
        // "4.1" (a sub-line numbered, or "4.a" turned into a number) → "4a"
        let parts = raw.split(whereSeparator: { $0 == "." || $0 == "," })
        if parts.count == 2, parts[0].allSatisfy(\.isNumber), parts[1].count == 1,
           let k = parts[1].first?.wholeNumberValue, (1...9).contains(k) {
            out.append(ItemCode.normalize(parts[0]) + String(UnicodeScalar(UInt8(96 + k))))
        }
        // a sub-line written as "a", "b)" under its criterion row
        if let parent, n.count == 1, n.first!.isLetter { out.append(parent + n) }
        return out
    }
}
