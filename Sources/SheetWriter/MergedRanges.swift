/// The merged ranges of one sheet, indexed by row so that checking a new range for an
/// overlap costs the rows it spans, not every merge so far (a report merges a few cells
/// in each of 50,000 rows).
struct MergedRanges {
    /// Ranges spanning at most `tallRows` rows, as column spans under each row they cover.
    private var byRow: [Int: [(first: Int, last: Int)]] = [:]
    /// Ranges spanning more rows (rare: a title block, a side label), searched linearly.
    private var tall: [(r0: Int, c0: Int, r1: Int, c1: Int)] = []
    private static let tallRows = 64

    /// True when the zero-based range shares a cell with a range added before.
    func overlaps(_ r0: Int, _ c0: Int, _ r1: Int, _ c1: Int) -> Bool {
        if tall.contains(where: { $0.r0 <= r1 && r0 <= $0.r1 && $0.c0 <= c1 && c0 <= $0.c1 }) { return true }
        if r1 - r0 < Self.tallRows {
            for row in r0...r1 {
                if byRow[row]?.contains(where: { $0.first <= c1 && c0 <= $0.last }) == true { return true }
            }
            return false
        }
        return byRow.contains { row, spans in
            (r0...r1).contains(row) && spans.contains { $0.first <= c1 && c0 <= $0.last }
        }
    }

    /// Records a range (checked with `overlaps` first).
    mutating func add(_ r0: Int, _ c0: Int, _ r1: Int, _ c1: Int) {
        if r1 - r0 < Self.tallRows {
            for row in r0...r1 { byRow[row, default: []].append((c0, c1)) }
        } else {
            tall.append((r0, c0, r1, c1))
        }
    }
}
