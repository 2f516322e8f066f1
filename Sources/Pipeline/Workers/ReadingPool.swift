import Foundation
import Scoring
import SheetModel

/// Reads files in a small pool of worker processes (the same executable, `ReadingWorker`),
/// each under an address-space limit and a time limit per file, so that no unit's bytes are
/// parsed in the process that holds the batch (SPEC §12). A worker that crashes, is killed
/// or runs past its time costs only the file it was reading: that file gets a
/// `readerStopped` error, the worker is started again and the batch goes on.
///
/// One `read` runs at a time (calls from several threads wait their turn); outcomes come in
/// the order of the files asked for, whatever the workers' order.
public final class ReadingPool: @unchecked Sendable {
    /// What each worker may use.
    public struct Limits: Sendable {
        /// Address space of a worker, in bytes.
        public var memoryBytes: Int
        /// Longest a worker may take over one file, in seconds.
        public var secondsPerFile: Double

        public init(memoryBytes: Int = 1 << 30, secondsPerFile: Double = 30) {
            self.memoryBytes = memoryBytes
            self.secondsPerFile = secondsPerFile
        }
    }

    /// Why the pool cannot run at all.
    public struct Unavailable: Error, CustomStringConvertible {
        public var description: String
    }

    private let executable: String
    private let setupFrame: [UInt8]
    private let context: WireContext
    private let limits: Limits
    private let size: Int
    private var workers: [PoolWorker?]
    private let lock = NSLock()
    /// Workers lost in a row before they answered or were sent anything: past a few, the
    /// executable cannot serve as a reader.
    private var lostWithoutReply = 0
    /// Files a worker takes ahead of the one it reads, so it never waits for the batch.
    private let depth = 2

    /// Variables added to the workers' environment (tests plant faults with them).
    private let environment: [String: String]

    /// A pool of `workers` processes (default: one per core) of `executable` (default: this
    /// one), started when first needed.
    public init(setup: WorkerSetup, workers: Int? = nil, limits: Limits = Limits(),
                executable: String? = nil, environment: [String: String] = [:]) throws(Unavailable) {
        guard let exe = executable ?? Processes.currentExecutable() else {
            throw Unavailable(description: "the running executable's path is unknown")
        }
        self.executable = exe
        var w = WireWriter()
        var setup = setup
        setup.memoryLimit = limits.memoryBytes
        do { try WireCoding.encode(setup, into: &w) } catch {
            throw Unavailable(description: "setup: \(error)")
        }
        setupFrame = WorkerFrames.frame(w.bytes)
        context = WireContext(rubric: setup.rubric)
        self.limits = limits
        self.environment = environment.merging(["SWIFT_BACKTRACE": "enable=no"]) { own, _ in own }
        size = max(1, workers ?? ProcessInfo.processInfo.activeProcessorCount)
        self.workers = Array(repeating: nil, count: size)
    }

    deinit { stopWorkers() }

    /// Reads one file.
    public func read(path: String, name: String, size: Int64, modified: Double?) -> FileOutcome {
        read([InboxFile(path: path, name: name, size: size, modified: modified ?? 0)], modifiedKnown: modified != nil)[0]
    }

    /// Reads `files`, calling `progress` after each (on the calling thread); one outcome per
    /// file, in order.
    public func read(_ files: [InboxFile], modifiedKnown: Bool = true,
                     progress: (() -> Void)? = nil) -> [FileOutcome] {
        lock.lock()
        defer { lock.unlock() }
        var run = PoolRun(files: files, modifiedKnown: modifiedKnown, limits: limits, context: context)
        while !run.finished {
            for k in workers.indices {
                while run.hasPending, workers[k].map({ $0.inflight.count < depth }) ?? true {
                    guard lostWithoutReply < 8, let worker = worker(k) else {
                        run.failAll(.unavailable, detail: "cannot start \(executable)")
                        break
                    }
                    let request = run.takeNext()
                    do {
                        try worker.send(request)
                    } catch {
                        run.requeue([request.id])
                        lose(k, &run)
                    }
                }
            }
            let live = workers.compactMap { $0 }.filter { !$0.inflight.isEmpty }
            guard !live.isEmpty else { continue }
            let now = ContinuousClock.now
            let wait = live.map { $0.deadline(limits.secondsPerFile) - now }.min()!
            let seconds = max(0, Double(wait.components.seconds) + Double(wait.components.attoseconds) * 1e-18)
            let ready = Set(Processes.readable(live.map(\.child.socket), timeout: min(seconds, 1)))
            for k in workers.indices {
                guard let worker = workers[k], !worker.inflight.isEmpty else { continue }
                if ready.contains(worker.child.socket) {
                    let got = worker.receive(context)
                    for (id, outcome) in got.replies {
                        run.finish(id, outcome)
                        progress?()
                    }
                    if got.ended { lose(k, &run) }
                } else if ContinuousClock.now >= worker.deadline(limits.secondsPerFile) {
                    let head = worker.inflight[0]
                    _ = Processes.kill(worker.child)
                    Processes.close(worker.child.socket)
                    workers[k] = nil
                    run.stop(head, .timedOut(seconds: limits.secondsPerFile),
                             detail: "killed after \(limits.secondsPerFile) s")
                    run.requeue(Array(worker.inflight.dropFirst()))
                }
            }
        }
        return run.outcomes()
    }

    /// Stops every worker: its socket is closed and it ends by itself, or is killed after a
    /// moment (a worker holds nothing that needs saving).
    public func stopWorkers() {
        let running = workers.compactMap { $0 }
        workers = Array(repeating: nil, count: size)
        for worker in running { Processes.close(worker.child.socket) }
        for worker in running { _ = Processes.finish(worker.child, within: 1) }
    }

    /// Worker `k`, started when not running; nil when it cannot be started.
    private func worker(_ k: Int) -> PoolWorker? {
        if let w = workers[k] { return w }
        do {
            let child = try Processes.spawn(executable, arguments: [ReadingWorker.argument],
                                            environment: environment,
                                            keepStderr: ProcessInfo.processInfo.environment["THIDUA_WORKER_STDERR"] != nil)
            try Processes.send(child.socket, setupFrame)
            workers[k] = PoolWorker(child: child)
        } catch {
            return nil
        }
        return workers[k]
    }

    /// Worker `k` ended or broke the protocol: the file it was reading is lost, the files it
    /// had not started go back to the queue.
    private func lose(_ k: Int, _ run: inout PoolRun) {
        guard let worker = workers[k] else { return }
        workers[k] = nil
        Processes.close(worker.child.socket)
        let ending = Processes.kill(worker.child)
        lostWithoutReply = worker.answered == 0 ? lostWithoutReply + 1 : 0
        guard let head = worker.inflight.first else { return }
        if ending == .exited(3), worker.answered == 0 {
            run.failAll(.unavailable, detail: "the reader refused its setup")
            return
        }
        let detail = switch ending {
        case .signalled(let s): "reader stopped by \(Processes.signalName(s))"
        case .exited(let code): "reader exited with status \(code)"
        case nil: "reader lost"
        }
        run.stop(head, .crashed, detail: detail)
        run.requeue(Array(worker.inflight.dropFirst()))
    }
}
