import Dispatch
import Foundation

/// `body(0) … body(count - 1)` on `threads` workers (default: all cores), each index taken
/// once from a shared counter; the results in index order, whatever the thread count.
/// Reading the inbox and writing the return lists both run this way.
public enum ParallelMap {
    public static func map<T>(count: Int, threads: Int? = nil, _ body: @Sendable (Int) -> T) -> [T] {
        guard count > 0 else { return [] }
        let slots = UnsafeMutableBufferPointer<T?>.allocate(capacity: count)
        slots.initialize(repeating: nil)
        defer { slots.deinitialize(); slots.deallocate() }
        let workers = max(1, min(threads ?? ProcessInfo.processInfo.activeProcessorCount, count))
        let next = Counter()
        let base = UnsafeSendable(slots)
        DispatchQueue.concurrentPerform(iterations: workers) { _ in
            while true {
                let i = next.take()
                guard i < count else { return }
                base.value[i] = body(i)
            }
        }
        return slots.map { $0! }
    }
}

/// A shared index handed out to workers.
private final class Counter: @unchecked Sendable {
    private var value = 0
    private let lock = NSLock()
    func take() -> Int {
        lock.lock(); defer { lock.unlock() }
        value += 1
        return value - 1
    }
}

/// Lets workers write disjoint slots of one buffer.
private struct UnsafeSendable<T>: @unchecked Sendable {
    let value: T
    init(_ value: T) { self.value = value }
}
