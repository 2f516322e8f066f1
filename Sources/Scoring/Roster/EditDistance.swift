/// Levenshtein distance, for "did you mean".
enum EditDistance {
    /// Insertions, deletions and substitutions turning `a` into `b`.
    static func between(_ a: String, _ b: String) -> Int {
        let x = Array(a), y = Array(b)
        if x.isEmpty { return y.count }
        if y.isEmpty { return x.count }
        var previous = Array(0...y.count), current = [Int](repeating: 0, count: y.count + 1)
        for i in 1...x.count {
            current[0] = i
            for j in 1...y.count {
                current[j] = Swift.min(previous[j] + 1, current[j - 1] + 1,
                                       previous[j - 1] + (x[i - 1] == y[j - 1] ? 0 : 1))
            }
            swap(&previous, &current)
        }
        return previous[y.count]
    }

    /// The distance between `x` and `y` when it is at most `cutoff`, else nil: only the
    /// band of width 2·cutoff+1 around the diagonal is computed, and a row whose every
    /// entry exceeds `cutoff` stops it.
    static func within(_ x: [Character], _ y: [Character], _ cutoff: Int) -> Int? {
        guard abs(x.count - y.count) <= cutoff else { return nil }
        if x.isEmpty || y.isEmpty { return Swift.max(x.count, y.count) }
        let big = cutoff + 1
        var previous = [Int](repeating: big, count: y.count + 1), current = previous
        for j in 0...Swift.min(y.count, cutoff) { previous[j] = j }
        for i in 1...x.count {
            let lo = Swift.max(1, i - cutoff), hi = Swift.min(y.count, i + cutoff)
            current[lo - 1] = lo == 1 && i <= cutoff ? i : big
            var rowBest = current[lo - 1]
            if lo <= hi {
                for j in lo...hi {
                    let v = Swift.min(previous[j] + 1, current[j - 1] + 1,
                                      previous[j - 1] + (x[i - 1] == y[j - 1] ? 0 : 1))
                    current[j] = Swift.min(v, big)
                    rowBest = Swift.min(rowBest, current[j])
                }
            }
            if hi < y.count { current[hi + 1] = big }
            guard rowBest <= cutoff else { return nil }
            swap(&previous, &current)
        }
        let d = previous[y.count]
        return d <= cutoff ? d : nil
    }
}
