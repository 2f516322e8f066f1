/// "Did you mean" for a name not on the roster, in O(log m) per name for a roster of m:
/// every roster name is folded once; a name is compared (edit distance) only with the
/// roster names next to it in sorted order, next to it read backwards (a slip at the start
/// or at the end keeps the other end in place), and those whose rarest word it holds or
/// that hold its rarest word ("Ia Phang" for "Xã Ia Phang").
struct RosterSuggestions: Sendable {
    /// Folded names (as characters, as text, as text read backwards), by roster index.
    private let keys: [[Character]]
    private let foldedKeys: [String]
    private let reversedKeys: [String]
    /// Roster indices sorted by folded name, and by folded name read backwards.
    private let forward: [Int]
    private let backward: [Int]
    /// Roster indices by word, and by each name's rarest word.
    private let byWord: [String: [Int]]
    private let byRarestWord: [String: [Int]]

    /// Neighbours taken on each side in each sorted order.
    static let neighbours = 24
    /// Most entries taken from one word's list.
    static let perWord = 64

    init(names: [String]) {
        let folded = names.map { NameKey.folded($0) }
        keys = folded.map(Array.init)
        let reversed = keys.map { String($0.reversed()) }
        forward = folded.indices.sorted { (folded[$0], $0) < (folded[$1], $1) }
        backward = folded.indices.sorted { (reversed[$0], $0) < (reversed[$1], $1) }
        var byWord: [String: [Int]] = [:]
        let words = folded.map { $0.split(separator: " ").map(String.init) }
        for (i, ws) in words.enumerated() { for w in Set(ws) { byWord[w, default: []].append(i) } }
        var byRarest: [String: [Int]] = [:]
        for (i, ws) in words.enumerated() {
            if let rarest = ws.min(by: { (byWord[$0]?.count ?? 0, $0) < (byWord[$1]?.count ?? 0, $1) }) {
                byRarest[rarest, default: []].append(i)
            }
        }
        self.byWord = byWord
        self.byRarestWord = byRarest
        self.reversedKeys = reversed
        self.foldedKeys = folded
    }

    /// The roster index of the closest name, when close enough to suggest (at most a fifth
    /// of the name's length, at least 2 edits; one name inside the other counts as 1).
    func closest(to name: String) -> Int? {
        let key = NameKey.folded(name)
        guard !key.isEmpty, !keys.isEmpty else { return nil }
        let chars = Array(key)
        let limit = Swift.max(2, chars.count / 5)
        var best: (distance: Int, index: Int)?
        for i in candidates(key) {
            let other = keys[i]
            let cutoff = Swift.min(limit, best.map { $0.distance } ?? limit)
            var d = EditDistance.within(chars, other, cutoff) ?? Int.max
            if d > 1, other.count >= 4, chars.count >= 4,
               foldedKeys[i].contains(key) || key.contains(foldedKeys[i]) { d = 1 }
            guard d <= limit else { continue }
            if best == nil || (d, i) < (best!.distance, best!.index) { best = (d, i) }
        }
        return best?.index
    }

    /// Roster indices worth comparing with `key`.
    private func candidates(_ key: String) -> Set<Int> {
        var out = Set<Int>()
        func around(_ order: [Int], _ sortKey: (Int) -> String, _ probe: String) {
            var lo = 0, hi = order.count
            while lo < hi {
                let mid = (lo + hi) / 2
                if sortKey(order[mid]) < probe { lo = mid + 1 } else { hi = mid }
            }
            for k in Swift.max(0, lo - Self.neighbours)..<Swift.min(order.count, lo + Self.neighbours) { out.insert(order[k]) }
        }
        around(forward, { foldedKeys[$0] }, key)
        around(backward, { reversedKeys[$0] }, String(key.reversed()))
        let words = key.split(separator: " ").map(String.init)
        // Names that hold the key's rarest word; names whose rarest word the key holds.
        if let rarest = words.min(by: { (byWord[$0]?.count ?? 0, $0) < (byWord[$1]?.count ?? 0, $1) }) {
            out.formUnion((byWord[rarest] ?? []).prefix(Self.perWord))
        }
        for w in Set(words) { out.formUnion((byRarestWord[w] ?? []).prefix(Self.perWord)) }
        return out
    }
}
