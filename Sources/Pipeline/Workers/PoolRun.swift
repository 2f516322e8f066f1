import Scoring
import SheetModel

/// One `ReadingPool.read`: which files wait, which are done, and their outcomes.
struct PoolRun {
    let files: [InboxFile]
    let modifiedKnown: Bool
    let limits: ReadingPool.Limits
    let context: WireContext
    private var results: [FileOutcome?]
    private var pending: [Int]
    private var done = 0

    init(files: [InboxFile], modifiedKnown: Bool, limits: ReadingPool.Limits, context: WireContext) {
        self.files = files
        self.modifiedKnown = modifiedKnown
        self.limits = limits
        self.context = context
        results = Array(repeating: nil, count: files.count)
        pending = Array(files.indices.reversed())
    }

    var finished: Bool { done == files.count }
    var hasPending: Bool { !pending.isEmpty }

    /// The next file to send (a request whose id is the file's index).
    mutating func takeNext() -> ReadRequest {
        let i = pending.removeLast()
        let f = files[i]
        return ReadRequest(id: i, path: f.path, name: f.name, size: f.size, modified: modifiedKnown ? f.modified : nil)
    }

    /// Files sent to a worker that ended before reading them: they are sent again, first.
    mutating func requeue(_ ids: [Int]) {
        pending.append(contentsOf: ids.reversed())
    }

    mutating func finish(_ id: Int, _ outcome: FileOutcome) {
        guard id >= 0, id < results.count, results[id] == nil else { return }
        results[id] = outcome
        done += 1
    }

    /// The file `id` cost its reader: an error finding says so.
    mutating func stop(_ id: Int, _ stop: ReaderStop, detail: String) {
        let f = files[id]
        let message = Message.file(.readerStopped(stop))
        let finding = Finding(.error, .readerStopped, at: SourceLocation(file: f.name), message, detail: detail)
        finish(id, FileOutcome(record: FileRecord(path: f.name, size: f.size, status: .invalid, reason: message,
                                                  findings: [finding]), result: nil))
    }

    /// No worker can run: every file not done gets the same finding.
    mutating func failAll(_ reason: ReaderStop, detail: String) {
        for i in files.indices where results[i] == nil { stop(i, reason, detail: detail) }
        pending = []
    }

    /// The outcomes, in the files' order.
    func outcomes() -> [FileOutcome] { results.map { $0! } }
}

/// A running worker and the files it was sent, oldest first.
final class PoolWorker {
    let child: Processes.Child
    /// Ids of the files sent and not answered; the first is the one being read.
    private(set) var inflight: [Int] = []
    /// When the first of `inflight` started.
    private var headStarted = ContinuousClock.now
    /// How many files it answered.
    private(set) var answered = 0
    private var buffer: [UInt8] = []
    private var scratch = [UInt8](repeating: 0, count: 1 << 16)

    init(child: Processes.Child) { self.child = child }

    /// The files answered, in order, and whether the worker's socket then ended (or it
    /// sent what no worker writes).
    struct Received {
        var replies: [(Int, FileOutcome)] = []
        var ended = false
    }

    func send(_ request: ReadRequest) throws(Processes.Failure) {
        var w = WireWriter(capacity: 256)
        request.write(to: &w)
        try Processes.send(child.socket, WorkerFrames.frame(w.bytes))
        if inflight.isEmpty { headStarted = .now }
        inflight.append(request.id)
    }

    /// When the file being read must be done.
    func deadline(_ seconds: Double) -> ContinuousClock.Instant { headStarted + .milliseconds(Int64(seconds * 1000)) }

    /// What the worker sent since last time.
    func receive(_ context: WireContext) -> Received {
        var got = Received()
        guard let n = try? Processes.receive(child.socket, into: &scratch), n > 0 else {
            got.ended = true
            return got
        }
        buffer.append(contentsOf: scratch[0..<n])
        guard let frames = WorkerFrames.take(&buffer) else {
            got.ended = true
            return got
        }
        for frame in frames {
            var r = WireReader(frame)
            guard let id = try? r.int(), id == inflight.first,
                  let outcome = try? r.fileOutcome(context), r.atEnd else {
                got.ended = true
                return got
            }
            inflight.removeFirst()
            headStarted = .now
            answered += 1
            got.replies.append((id, outcome))
        }
        return got
    }
}
