import Dispatch
import Foundation

/// The outputs of one consolidation as jobs on a few workers: the long single-thread ones
/// first (the report, the JSON file), then many short ones (the return lists), each taken
/// once from one counter. While one worker writes the report the others write the JSON
/// and then lists, instead of waiting for the report before the first list.
enum OutputJobs {
    /// Runs `long[0]`, `long[1]`, … and `short(0)` … `short(count - 1)` on `threads`
    /// workers (all cores when nil); returns `short`'s results in index order.
    static func run<T>(threads: Int?, long: [() -> Void], count: Int, _ short: (Int) -> T) -> [T] {
        let total = long.count + count
        guard total > 0 else { return [] }
        let workers = max(1, min(threads ?? ProcessInfo.processInfo.activeProcessorCount, total))
        let results = UnsafeMutableBufferPointer<T?>.allocate(capacity: max(count, 1))
        results.initialize(repeating: nil)
        defer { results.deinitialize(); results.deallocate() }
        withoutActuallyEscaping(short) { short in
            let state = State(long: long, short: short, count: count, results: results)
            DispatchQueue.concurrentPerform(iterations: workers) { _ in state.work() }
        }
        return (0..<count).map { results[$0]! }
    }

    /// The counter and the slots the workers share; each slot is written by one worker and
    /// read after all finished.
    private final class State<T>: @unchecked Sendable {
        let long: [() -> Void]
        let short: (Int) -> T
        let count: Int
        let results: UnsafeMutableBufferPointer<T?>
        private var next = 0
        private let lock = NSLock()

        init(long: [() -> Void], short: @escaping (Int) -> T, count: Int, results: UnsafeMutableBufferPointer<T?>) {
            self.long = long
            self.short = short
            self.count = count
            self.results = results
        }

        func work() {
            while true {
                lock.lock()
                let i = next
                next += 1
                lock.unlock()
                if i < long.count {
                    long[i]()
                } else if i - long.count < count {
                    results[i - long.count] = short(i - long.count)
                } else {
                    return
                }
            }
        }
    }
}
