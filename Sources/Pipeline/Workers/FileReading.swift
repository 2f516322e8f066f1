import Scoring

/// Something that reads inbox files into outcomes, one per file, in order: the pool of
/// worker processes (what every command uses) or, for tests of what surrounds reading, the
/// reader in this process.
public protocol FileReading: Sendable {
    func read(_ files: [InboxFile], progress: (@Sendable () -> Void)?) -> [FileOutcome]
}

extension ReadingPool: FileReading {
    public func read(_ files: [InboxFile], progress: (@Sendable () -> Void)?) -> [FileOutcome] {
        read(files, modifiedKnown: true, progress: progress.map { p in { p() } })
    }
}

/// Reads in this process, on `threads` threads (default: all cores): tests and the
/// benchmark's comparison only — a crash here takes the process with it.
public struct InProcessReading: FileReading {
    public let reader: SubmissionReader
    public let threads: Int?

    public init(_ reader: SubmissionReader, threads: Int? = nil) {
        self.reader = reader
        self.threads = threads
    }

    public func read(_ files: [InboxFile], progress: (@Sendable () -> Void)?) -> [FileOutcome] {
        ParallelMap.map(count: files.count, threads: threads) { i in
            let f = files[i]
            defer { progress?() }
            return reader.process(path: f.path, name: f.name, size: f.size, modified: f.modified)
        }
    }
}
