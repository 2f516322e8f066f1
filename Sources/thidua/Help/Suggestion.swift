/// "Did you mean …?": the known word closest to a mistyped one.
enum Suggestion {
    /// The candidate nearest `word` by edit distance (a swap of two neighbouring letters is
    /// one edit), when it is close enough to be a typo:
    /// at most two edits, and fewer than half of the word's letters.
    static func closest(to word: String, in candidates: [String]) -> String? {
        let typed = Array(word.lowercased())
        var best: (word: String, distance: Int)?
        for candidate in candidates where candidate != word {
            let d = distance(typed, Array(candidate.lowercased()))
            if d <= 2, d * 2 < max(typed.count, 2), d < (best?.distance ?? .max) { best = (candidate, d) }
        }
        return best?.word
    }

    /// Edit distance counting insertions, deletions, substitutions and swaps of two
    /// neighbouring letters (optimal string alignment).
    static func distance(_ a: [Character], _ b: [Character]) -> Int {
        guard !a.isEmpty else { return b.count }
        guard !b.isEmpty else { return a.count }
        var d = [[Int]](repeating: [Int](repeating: 0, count: b.count + 1), count: a.count + 1)
        for i in 0...a.count { d[i][0] = i }
        for j in 0...b.count { d[0][j] = j }
        for i in 1...a.count {
            for j in 1...b.count {
                d[i][j] = min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] { d[i][j] = min(d[i][j], d[i - 2][j - 2] + 1) }
            }
        }
        return d[a.count][b.count]
    }
}
