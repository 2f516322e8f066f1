import Dispatch
import Foundation
import Scoring

/// Reads a whole inbox on all cores and consolidates it.
///
/// Files are processed in parallel, but results are stored by the file's index in
/// the sorted listing and consolidated in that order, so the outcome never
/// depends on listing order or thread count. One bad file never stops the batch.
public enum Batch {
    /// Everything a report needs.
    public struct Result: Sendable {
        public var consolidation: Consolidation
        /// Every file seen, in path order, with its final status.
        public var files: [FileRecord]

        /// Files that never became a submission (unreadable, unsupported).
        public var unreadFiles: [FileRecord] { consolidation.unreadFiles(files) }
    }

    /// Reads `files`, calling `progress` after each file. One outcome per file, in order: an
    /// archive's entries are its `members` (`consolidate` flattens them).
    public static func read(_ files: [InboxFile], with reading: any FileReading,
                            progress: (@Sendable () -> Void)? = nil) -> [FileOutcome] {
        reading.read(files, progress: progress)
    }

    /// Consolidates read outcomes (plus skipped files) and settles each file's status.
    /// `outcomes` is taken over: it is let go before consolidating (50,000 outcomes are
    /// ≈ 20 MB of their own), keeping only the records and the units' results.
    public static func consolidate(_ outcomes: consuming [FileOutcome], skipped: [SkippedFile],
                                   roster: [RosterEntry]?, rubric: Rubric) -> Result {
        var outcomes = outcomes
        if outcomes.contains(where: { !$0.members.isEmpty }) { outcomes = outcomes.flatMap(\.flattened) }
        var records: [FileRecord] = []
        records.reserveCapacity(outcomes.count + skipped.count)
        var wasScored: [Bool] = []
        wasScored.reserveCapacity(outcomes.count)
        var results: [UnitResult] = []
        results.reserveCapacity(outcomes.count)
        for outcome in outcomes {
            records.append(outcome.record)
            wasScored.append(outcome.result != nil)
            if let r = outcome.result { results.append(r) }
        }
        outcomes = []
        let consolidation = Consolidator.consolidate(results, roster: roster, rubric: rubric)
        results = []
        var statusByFile: [String: FileRecord.Status] = [:]
        for unit in consolidation.units {
            let file = unit.result.file
            statusByFile[file] = unit.superseded ? .superseded : unit.result.hasErrors ? .invalid : .used
        }
        for i in records.indices where wasScored[i] {
            guard let status = statusByFile[records[i].path] else { continue }
            records[i].status = status
            if status == .superseded {
                records[i].reason = .file(.newerFileUsed)
            } else if status == .invalid {
                records[i].reason = .file(.hasErrors)
            }
        }
        records += skipped.map {
            FileRecord(path: $0.name, size: $0.size, status: .skipped, reason: .file(.skipped($0.reason)))
        }
        records.sort { $0.path.unicodeScalars.lexicographicallyPrecedes($1.path.unicodeScalars) }
        return Result(consolidation: consolidation, files: records)
    }
}
