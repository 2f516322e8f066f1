import Foundation
import Scoring
import SheetReaders

/// One change the watcher saw in the inbox, for the console's line per changed file.
public enum FileChange: Sendable, Hashable {
    /// A file read for the first time.
    case added(String)
    /// A file whose content changed, read again.
    case modified(String)
    /// The same content under a new name (not read again).
    case renamed(from: String, to: String)
    /// A file that is gone.
    case removed(String)
}

/// The inbox as `thidua watch` keeps it: each refresh lists the inbox (with the folder
/// hygiene of `InboxScanner`), reads only new and changed files once they have settled,
/// and hands back every file's result in listing order for `Batch.consolidate` — the
/// same outcomes a fresh `consolidate` of the inbox would read.
public final class WatchSession {
    /// What one refresh found.
    public struct Refresh: Sendable {
        /// Results of every settled file, in listing order (files still being copied are
        /// left out when new, or keep their previous result when changed).
        public var outcomes: [FileOutcome]
        public var skipped: [SkippedFile]
        /// What changed since the last refresh, in name order.
        public var changes: [FileChange]
        /// Files seen but not yet settled (a copy under way): look again after `settle`.
        public var waiting: [String]
        /// True when the report would differ: a change, a touched file's time, the skipped list.
        public var differs: Bool
        /// True when a stop was requested while reading: nothing should be written.
        public var interrupted: Bool
        /// Files read and scored by this refresh (hashing a touched file does not count).
        public var readCount: Int
    }

    public let inbox: String
    public let readers: any FileReading
    public private(set) var cache = ResultCache()
    private var settling: Settling
    private let probe: (String) -> WriteState
    private var skippedNames: [String]?

    /// Files read per batch between checks for a stop request.
    static let chunk = 256

    public init(inbox: String, readers: any FileReading, settling: Settling,
                probe: @escaping (String) -> WriteState = WriteProbe.state) {
        self.inbox = inbox
        self.readers = readers
        self.settling = settling
        self.probe = probe
    }

    /// Lists the inbox and brings the cache up to date.
    /// - Parameters:
    ///   - now: monotonic seconds; `wallNow`: seconds since 1970.
    ///   - reading: told how many files are about to be read; returns a per-file callback.
    ///   - shouldStop: checked between batches of reads.
    /// - Throws: when the inbox itself cannot be listed (the cache is kept as it was).
    public func refresh(now: Double, wallNow: Double,
                        reading: (Int) -> (@Sendable () -> Void)? = { _ in nil },
                        shouldStop: () -> Bool = { false }) throws(InboxScanner.ScanError) -> Refresh {
        let scan = try InboxScanner.scan(inbox)
        var listing: [(file: InboxFile, signature: FileSignature)] = []
        for var file in scan.files {
            guard let signature = FileSignature.of(file.path) else { continue }
            file.size = signature.size
            file.modified = signature.modified
            listing.append((file, signature))
        }
        let plan = cache.plan(listing.map { ($0.file.name, $0.signature) })
        var changes: [FileChange] = []
        var waiting: [String] = []
        var toRead: [(file: InboxFile, signature: FileSignature)] = []
        var touched = false
        var renamedByReading: [String: String] = [:]

        for (file, signature) in listing {
            switch plan.decisions[file.name] ?? .read {
            case .unchanged:
                continue
            case .renamed(let old):
                guard let entry = cache[old] else { continue }
                if let moved = entry.outcome.renamed(from: old, to: file.name) {
                    cache.store(file.name, signature, moved)
                    changes.append(.renamed(from: old, to: file.name))
                } else {
                    toRead.append((file, signature))
                    renamedByReading[file.name] = old
                }
                cache.remove(old)
            case .confirm, .read:
                let verdict = settling.verdict(file.name, signature, now: now, wallNow: wallNow,
                                               writing: { probe(file.path) })
                guard verdict == .ready else { waiting.append(file.name); continue }
                if plan.decisions[file.name] == .confirm {
                    let timeChanged = cache[file.name]?.signature.modified != signature.modified
                    if confirmSameContent(file, signature) { touched = touched || timeChanged; continue }
                }
                toRead.append((file, signature))
            }
        }
        settling.keep(only: Set(listing.map(\.file.name)))

        var interrupted = false
        var readCount = 0
        var start = 0
        let progress = toRead.isEmpty ? nil : reading(toRead.count)
        while start < toRead.count {
            if shouldStop() { interrupted = true; break }
            let part = toRead[start..<min(start + Self.chunk, toRead.count)]
            let outcomes = Batch.read(part.map(\.file), with: readers, progress: progress)
            readCount += outcomes.count
            for ((file, signature), outcome) in zip(part, outcomes) {
                if let old = renamedByReading[file.name] { changes.append(.renamed(from: old, to: file.name)) }
                else { changes.append(cache[file.name] == nil ? .added(file.name) : .modified(file.name)) }
                cache.store(file.name, signature, outcome)
            }
            start += Self.chunk
        }
        for name in plan.vanished {
            cache.remove(name)
            changes.append(.removed(name))
        }
        let skipped = scan.skipped.map(\.name)
        let differs = !changes.isEmpty || touched || skipped != skippedNames
        skippedNames = skipped
        return Refresh(outcomes: listing.compactMap { cache[$0.file.name]?.outcome }, skipped: scan.skipped,
                       changes: changes.sorted { Self.name(of: $0).unicodeScalars.lexicographicallyPrecedes(Self.name(of: $1).unicodeScalars) },
                       waiting: waiting, differs: differs, interrupted: interrupted, readCount: readCount)
    }

    /// For a file of the same size with another time or inode: true (and the cache's time
    /// updated) when its bytes hash as before, so it is not read and scored again.
    private func confirmSameContent(_ file: InboxFile, _ signature: FileSignature) -> Bool {
        guard let entry = cache[file.name], let known = entry.outcome.record.sha256,
              let bytes = try? FileBytes.read(file.path, limit: ReadLimits.standard.maxFileBytes),
              SHA256Digest(of: bytes) == known else { return false }
        var outcome = entry.outcome
        outcome.result?.fileModified = signature.modified
        cache.store(file.name, signature, outcome)
        return true
    }

    private static func name(of change: FileChange) -> String {
        switch change {
        case .added(let n), .modified(let n), .removed(let n), .renamed(_, let n): return n
        }
    }
}
