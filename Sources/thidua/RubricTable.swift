import Catalog
import Scoring

/// The rubric as a plain-text table for the terminal.
enum RubricTable {
    static func render(_ loaded: LoadedRubric, language: Language, width: Int) -> String {
        let r = loaded.rubric
        func say(_ text: RubricTableText) -> String { text.text(language) }
        let headers = RubricTableText.Column.allCases.map { say(.heading($0)) }
        var rows = r.items.map { item in
            [item.code, item.text, Wording.number(item.max, language), say(.kind(item.kind)), say(.evidence(item.evidence))]
        }
        let fixed = [0, 2, 3, 4].map { c in max(headers[c].count, rows.map { $0[c].count }.max() ?? 0) }
        let textWidth = max(20, width - fixed.reduce(0, +) - 4 * 2)
        for i in rows.indices { rows[i][1] = shorten(rows[i][1], to: textWidth) }
        let widths = [fixed[0], min(textWidth, rows.map { $0[1].count }.max() ?? 0), fixed[1], fixed[2], fixed[3]]
        func line(_ cells: [String]) -> String {
            cells.enumerated().map { c, s in
                c == 2 ? String(repeating: " ", count: widths[c] - s.count) + s
                       : s + String(repeating: " ", count: widths[c] - s.count)
            }.joined(separator: "  ").trimmingTrailing(" ") + "\n"
        }
        var out = say(.title(id: r.id, plan: r.plan.shortTitle)) + "\n"
        out += say(.period(r.period.label)) + "\n\n"
        out += line(headers)
        out += line(widths.map { String(repeating: "-", count: $0) })
        for row in rows { out += line(row) }
        out += line(widths.map { String(repeating: "-", count: $0) })
        let sum = r.items.reduce(0) { $0 + $1.max }
        out += line(["", say(.total(lines: r.items.count)), Wording.number(sum, language), "", ""])
        out += "\n" + say(.quotas(collective: r.awards.collective, individuals: r.awards.individuals)) + "\n"
        out += "SHA-256: \(loaded.sha256)\n"
        return out
    }

    /// Cuts a text to a width at a word boundary, with an ellipsis.
    static func shorten(_ text: String, to width: Int) -> String {
        guard text.count > width else { return text }
        var cut = String(text.prefix(width - 1))
        if let space = cut.lastIndex(of: " "), cut.distance(from: cut.startIndex, to: space) > width / 2 {
            cut = String(cut[..<space])
        }
        return cut.trimmingWhitespace().trimmingTrailing(",;:") + "…"
    }
}

extension String {
    func trimmingTrailing(_ chars: String) -> String {
        var s = self
        while let l = s.last, chars.contains(l) { s.removeLast() }
        return s
    }
}
