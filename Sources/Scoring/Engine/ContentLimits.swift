import SheetModel

/// What a unit's text may grow to before the report (SPEC §12): a cell holds 32,767
/// characters (UTF-16 code units, as Excel counts). Longer text is cut with "…" when the
/// submission is scored, with a finding that names the cell, so nothing a unit writes can
/// make the report fail; messages quote at most a short piece of what a unit wrote.
public enum ContentLimits {
    /// Characters a cell holds.
    public static let cellCharacters = 32_767
    /// Characters of a unit's text quoted inside a sentence or shown as "the value found".
    public static let quotedCharacters = 200
    /// The mark that ends a cut text.
    public static let ellipsis: Character = "…"

    /// `text` cut to at most `limit` UTF-16 code units, the last being "…", never inside
    /// a character; nil when it already fits.
    public static func cut(_ text: String, to limit: Int) -> String? {
        guard limit > 1, text.utf16.count > limit else { return nil }
        var used = 0
        var end = text.startIndex
        for index in text.indices {
            let width = text[index].utf16.count
            guard used + width <= limit - 1 else { break }
            used += width
            end = text.index(after: index)
        }
        return String(text[..<end]) + String(ellipsis)
    }

    /// `text`, or its first `limit` characters and "…".
    public static func shortened(_ text: String, to limit: Int = quotedCharacters) -> String {
        cut(text, to: limit) ?? text
    }

    /// The submission with every text longer than a cell cut, and a `cellTooLong` warning
    /// for each cut cell (unless the reader already noted that cell).
    public static func fitted(_ submission: Submission) -> Submission {
        var s = submission
        let file = submission.file
        var noted = Set(submission.findings.filter { $0.code == .cellTooLong }.compactMap(\.location))
        var added: [Finding] = []
        func fit(_ entry: inout Entry) {
            guard case .text(let text) = entry.value, let cut = cut(text, to: cellCharacters) else { return }
            entry.value = .text(cut)
            let location = entry.location ?? SourceLocation(file: file)
            guard noted.insert(location).inserted else { return }
            added.append(Finding(.warning, .cellTooLong, at: location,
                                 .readNote(.cellTooLong(characters: text.utf16.count))))
        }
        fit(&s.unitName); fit(&s.unitCode); fit(&s.unitType); fit(&s.period)
        fit(&s.date); fit(&s.preparer); fit(&s.phone); fit(&s.writtenTotal); fit(&s.rating)
        for i in s.items.indices {
            fit(&s.items[i].claimed); fit(&s.items[i].verified); fit(&s.items[i].evidence); fit(&s.items[i].note)
        }
        for key in s.counts.keys.sorted() { fit(&s.counts[key]!) }
        for i in s.nominees.indices {
            fit(&s.nominees[i].name); fit(&s.nominees[i].position)
            fit(&s.nominees[i].partyMember); fit(&s.nominees[i].achievements)
        }
        s.findings += added
        return s
    }

    /// True when some text of the submission is longer than a cell (the common case is no).
    static func needsFitting(_ s: Submission) -> Bool {
        func long(_ e: Entry) -> Bool {
            if case .text(let t) = e.value { return t.utf8.count > cellCharacters && t.utf16.count > cellCharacters }
            return false
        }
        return [s.unitName, s.unitCode, s.unitType, s.period, s.date, s.preparer, s.phone, s.writtenTotal, s.rating]
            .contains(where: long)
            || s.items.contains { long($0.claimed) || long($0.verified) || long($0.evidence) || long($0.note) }
            || s.counts.values.contains(where: long)
            || s.nominees.contains { long($0.name) || long($0.position) || long($0.partyMember) || long($0.achievements) }
    }
}

extension FindingCode {
    /// A cell's text is longer than Excel's 32,767 characters (cut in the report).
    public static let cellTooLong = FindingCode("cellTooLong")
}
