import Foundation

/// Lets workbooks close (`workbook_close`) at the same time only when they carry the same
/// creation date. libxlsxwriter formats that date with `gmtime()`, whose result buffer the
/// whole process shares: two closes with different dates could swap them, but closes with
/// the same date write the same bytes into it, so a report's return lists (one date for
/// the whole run) are written on all cores. A workbook without a fixed date closes alone.
final class CloseGate: @unchecked Sendable {
    static let shared = CloseGate()

    private let condition = NSCondition()
    private var key: Int64?
    private var inside = 0

    /// Waits until no workbook with another date is closing, then runs `body`.
    func run<T>(date: Int64?, _ body: () -> T) -> T {
        let mine = date ?? Int64.min          // no date: a key of its own, one at a time
        condition.lock()
        while let active = key, active != mine || mine == Int64.min { condition.wait() }
        key = mine
        inside += 1
        condition.unlock()
        defer {
            condition.lock()
            inside -= 1
            if inside == 0 { key = nil; condition.broadcast() }
            condition.unlock()
        }
        return body()
    }
}
