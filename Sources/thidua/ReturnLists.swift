import Dispatch
import Foundation
import Reports
import Scoring
import SheetModel

/// `--return-dir`: one "needs fixing" workbook per unit with errors or warnings.
enum ReturnLists {
    /// Writes the lists on `threads` cores (all when nil) and returns their paths in unit
    /// order; two units with the same file name get a numbered second file rather than
    /// overwriting the first. A list for which `unchanged(name, unit)` is true is left as
    /// it is (`watch` keeps lists it wrote). The first failure is thrown once all stop.
    static func write(_ c: Consolidation, language: Language, reportDate: DateTimeValue?, into dir: String,
                      threads: Int? = nil,
                      unchanged: (String, ConsolidatedUnit) -> Bool = { _, _ in false }) throws -> [String] {
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        var used = Set<String>()
        var written: [String?] = []
        var jobs: [(slot: Int, unit: Int)] = []
        for (i, unit) in c.units.enumerated() where ReturnListWriter.needsList(unit) {
            let name = ReturnListWriter.fileName(for: unit)
            guard used.insert(name).inserted else {
                // Same code and name twice: keep the first list, say so.
                Console.err(.returnListClash(name: name), language)
                continue
            }
            if unchanged(name, unit) {
                written.append((dir as NSString).appendingPathComponent(name))
            } else {
                jobs.append((written.count, i))
                written.append(nil)
            }
        }
        let queue = jobs   // read by every worker
        let results = Slots(count: written.count)
        let next = Slots.Counter()
        let workers = max(1, min(threads ?? ProcessInfo.processInfo.activeProcessorCount, queue.count))
        DispatchQueue.concurrentPerform(iterations: workers) { _ in
            while let k = next.take(below: queue.count), !results.failed {
                let job = queue[k]
                do throws(ReportError) {
                    let path = try ReturnListWriter.write(for: c.units[job.unit], rubric: c.rubric, language: language,
                                                          reportDate: reportDate, into: dir)
                    results.set(job.slot, .success(path))
                } catch {
                    results.set(job.slot, .failure(error))
                }
            }
        }
        for slot in written.indices where written[slot] == nil {
            switch results.get(slot) {
            case .success(let path): written[slot] = path
            case .failure(let error): throw error
            case nil: continue     // never started: another list failed, and its slot throws
            }
        }
        return written.compactMap { $0 }
    }

    /// Results written by worker threads under one lock.
    private final class Slots: @unchecked Sendable {
        private let lock = NSLock()
        private var values: [Result<String, ReportError>?]
        private var anyFailed = false

        /// True once some list failed (the others stop taking work).
        var failed: Bool { lock.withLock { anyFailed } }

        init(count: Int) { values = Array(repeating: nil, count: count) }

        func set(_ i: Int, _ value: Result<String, ReportError>) {
            lock.withLock {
                values[i] = value
                if case .failure = value { anyFailed = true }
            }
        }

        func get(_ i: Int) -> Result<String, ReportError>? { lock.withLock { values[i] } }

        /// Hands out job numbers, each once.
        final class Counter: @unchecked Sendable {
            private let lock = NSLock()
            private var value = 0
            func take(below limit: Int) -> Int? {
                lock.withLock {
                    guard value < limit else { return nil }
                    defer { value += 1 }
                    return value
                }
            }
        }
    }
}
