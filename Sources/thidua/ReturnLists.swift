import Foundation
import Pipeline
import Reports
import Scoring
import SheetModel

/// `--return-dir`: one "needs fixing" workbook per unit with errors or warnings.
///
/// Planned first (names, clashes, lists kept as they are), then written one list per job,
/// so the lists can share the cores with the report and the JSON file
/// (`ConsolidationRun.writeOutputs`).
struct ReturnLists {
    let consolidation: Consolidation
    let language: Language
    let reportDate: DateTimeValue?
    let dir: String
    /// The lists to write: the unit's index and the list's file name.
    let jobs: [(unit: Int, name: String)]
    /// Every list's path in unit order; nil where `jobs[k]` is still to be written (`slots[k]`).
    private let kept: [String?]
    private let slots: [Int]

    /// Plans the lists of `c` in `dir` (created if missing); of two units with the same
    /// file name only the first gets a list (the clash is said on standard error). A list
    /// for which `unchanged(name, unit)` is true is left as it is (`watch` keeps lists it wrote).
    init(_ c: Consolidation, language: Language, reportDate: DateTimeValue?, into dir: String,
         unchanged: (String, ConsolidatedUnit) -> Bool = { _, _ in false }) throws {
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        var used = Set<String>()
        var kept: [String?] = []
        var jobs: [(unit: Int, name: String)] = []
        var slots: [Int] = []
        for (i, unit) in c.units.enumerated() where ReturnListWriter.needsList(unit) {
            let name = ReturnListWriter.fileName(for: unit)
            guard used.insert(name).inserted else {
                // Same code and name twice: keep the first list, say so.
                Console.err(.returnListClash(name: name), language)
                continue
            }
            if unchanged(name, unit) {
                kept.append((dir as NSString).appendingPathComponent(name))
            } else {
                slots.append(kept.count)
                jobs.append((i, name))
                kept.append(nil)
            }
        }
        self.consolidation = c
        self.language = language
        self.reportDate = reportDate
        self.dir = dir
        self.jobs = jobs
        self.kept = kept
        self.slots = slots
    }

    /// Writes list `k` of `jobs` and returns its path.
    func write(_ k: Int) -> Result<String, ReportError> {
        Result { () throws(ReportError) in
            try ReturnListWriter.write(for: consolidation.units[jobs[k].unit], rubric: consolidation.rubric,
                                       language: language, reportDate: reportDate, into: dir, named: jobs[k].name)
        }
    }

    /// Every list's path in unit order, given `write`'s results in job order; the first
    /// failure, in unit order, is thrown.
    func paths(_ results: [Result<String, ReportError>]) throws -> [String] {
        var paths = kept
        for (slot, result) in zip(slots, results) { paths[slot] = try result.get() }
        return paths.compactMap { $0 }
    }

    /// Plans and writes every list on `threads` cores (all when nil) and returns their paths.
    static func write(_ c: Consolidation, language: Language, reportDate: DateTimeValue?, into dir: String,
                      threads: Int? = nil,
                      unchanged: (String, ConsolidatedUnit) -> Bool = { _, _ in false }) throws -> [String] {
        let lists = try ReturnLists(c, language: language, reportDate: reportDate, into: dir, unchanged: unchanged)
        return try lists.paths(ParallelMap.map(count: lists.jobs.count, threads: threads, lists.write))
    }
}
