import Foundation
import Pipeline
import Reports
import Scoring
import SheetModel

/// `--return-dir`: one "needs fixing" workbook per unit with errors or warnings.
enum ReturnLists {
    /// Writes the lists on `threads` cores (all when nil) and returns their paths in unit
    /// order; of two units with the same file name only the first gets a list (the clash is
    /// said on standard error). A list for which `unchanged(name, unit)` is true is left as
    /// it is (`watch` keeps lists it wrote). The first failure, in unit order, is thrown once
    /// every list was tried.
    static func write(_ c: Consolidation, language: Language, reportDate: DateTimeValue?, into dir: String,
                      threads: Int? = nil,
                      unchanged: (String, ConsolidatedUnit) -> Bool = { _, _ in false }) throws -> [String] {
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        var used = Set<String>()
        var written: [String?] = []
        var jobs: [(slot: Int, unit: Int, name: String)] = []
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
                jobs.append((written.count, i, name))
                written.append(nil)
            }
        }
        let queue = jobs   // read by every worker
        let results = ParallelMap.map(count: queue.count, threads: threads) { k -> Result<String, ReportError> in
            Result { () throws(ReportError) in
                try ReturnListWriter.write(for: c.units[queue[k].unit], rubric: c.rubric, language: language,
                                           reportDate: reportDate, into: dir, named: queue[k].name)
            }
        }
        for (job, result) in zip(queue, results) { written[job.slot] = try result.get() }
        return written.compactMap { $0 }
    }
}
