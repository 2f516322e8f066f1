import Foundation
import SheetModel

/// Reading the collective's year-end rating (xếp loại) against the rubric's levels.
public enum RatingParser {
    /// The rating code a cell names, or nil. Accepts each level's label, its code,
    /// the label without "nhiệm vụ" ("hoàn thành tốt"), without "hoàn thành"
    /// ("tốt", "xuất sắc"), and the usual initials ("HTXSNV", "HTTNV", "HTNV",
    /// "KHTNV"); case, tone-mark placement and missing diacritics do not matter.
    public static func rating(_ value: CellValue, ratings: [RatingLevel]) -> String? {
        let text = value.displayText.trimmingWhitespace()
        guard !text.isEmpty else { return nil }
        let key = NameKey.matching(text), folded = NameKey.folded(text)
        let table = cache.forms(ratings)
        if let hit = table.exact[key] { return hit }
        if let hit = table.folded[folded] { return hit }
        return nil
    }

    /// The forms of a rubric's levels, built once per list of levels: building them
    /// keys every form, and this runs for every submission of a batch.
    private static let cache = FormsCache()

    private final class FormsCache: @unchecked Sendable {
        private let lock = NSLock()
        /// Few rubrics per process: compared, not hashed (hashing every level's strings
        /// cost more than the lookup saved).
        private var built: [(ratings: [RatingLevel], forms: Forms)] = []

        func forms(_ ratings: [RatingLevel]) -> Forms {
            lock.lock(); defer { lock.unlock() }
            if let hit = built.first(where: { $0.ratings == ratings }) { return hit.forms }
            let made = RatingParser.forms(ratings)
            built.append((ratings, made))
            return made
        }
    }

    private struct Forms {
        var exact: [String: String] = [:]
        var folded: [String: String] = [:]
    }

    private static func forms(_ ratings: [RatingLevel]) -> Forms {
        var exact: [String: Set<String>] = [:], folded: [String: Set<String>] = [:]
        for level in ratings {
            var names = [level.label, level.code]
            let words = NameKey.matching(level.label).split(separator: " ").map(String.init)
            var core = words
            let plain = { (w: ArraySlice<String>) in w.map { NameKey.folded($0) } }
            if core.count > 2, plain(core.suffix(2)) == ["nhiem", "vu"] { core.removeLast(2) }
            names.append(core.joined(separator: " "))
            if core.count > 2, plain(core.prefix(2)) == ["hoan", "thanh"] {
                names.append(core.dropFirst(2).joined(separator: " "))
            }
            // Initials of the label and of its core: HTXSNV, HTXS.
            for w in [words, core] where w.count > 1 {
                names.append(String(w.compactMap { NameKey.folded($0).first }))
            }
            for n in names where !n.isEmpty {
                exact[NameKey.matching(n), default: []].insert(level.code)
                folded[NameKey.folded(n), default: []].insert(level.code)
            }
        }
        // A form that names two levels is no form at all.
        var out = Forms()
        for (k, v) in exact where v.count == 1 { out.exact[k] = v.first }
        for (k, v) in folded where v.count == 1 { out.folded[k] = v.first }
        return out
    }

    /// The position of a rating code in the rubric's list (0 = best), or nil.
    public static func rank(_ code: String, in ratings: [RatingLevel]) -> Int? {
        ratings.firstIndex { $0.code == code }
    }
}
