import Dispatch
import Foundation

/// Two independent pieces of work at once (the report and the JSON file), or one after
/// the other when only one thread is allowed.
enum Concurrently {
    static func both<A, B>(parallel: Bool, _ a: () -> A, _ b: () -> B) -> (A, B) {
        guard parallel else { return (a(), b()) }
        return withoutActuallyEscaping(a) { a in
            withoutActuallyEscaping(b) { b in
                let box = Box<A, B>(a: a, b: b)
                DispatchQueue.concurrentPerform(iterations: 2) { i in i == 0 ? box.runA() : box.runB() }
                return (box.resultA!, box.resultB!)
            }
        }
    }

    /// Each slot is written by one thread and read after both finished.
    private final class Box<A, B>: @unchecked Sendable {
        let a: () -> A, b: () -> B
        var resultA: A?, resultB: B?
        init(a: @escaping () -> A, b: @escaping () -> B) { self.a = a; self.b = b }
        func runA() { resultA = a() }
        func runB() { resultB = b() }
    }
}
