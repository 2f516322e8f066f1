import Foundation
import Scoring

/// The worker side: the same executable started with `ReadingWorker.argument` reads files
/// for the batch on descriptor 3 until the batch closes it. Everything that parses a unit's
/// bytes runs here, under an address-space limit; a crash ends only this process.
public enum ReadingWorker {
    /// The first argument that makes the executable a reading worker.
    public static let argument = "--thidua-reading-worker"

    /// Runs the worker loop on descriptor 3 and exits: 0 when the batch closed the socket,
    /// 3 when the setup could not be read or applied.
    public static func run() -> Never {
        let socket: Int32 = 3
        var inbox = FrameInbox(socket: socket)
        guard let first = inbox.next() else { exit(0) }
        let setup: WorkerSetup
        do {
            var r = WireReader(first)
            setup = try WireCoding.decode(WorkerSetup.self, from: &r)
            try Processes.limitAddressSpace(setup.memoryLimit)
        } catch {
            exit(3)
        }
        let reader = SubmissionReader(rubric: setup.rubric, inspection: setup.inspection.map(InspectionPoints.init),
                                      keepsEvidence: setup.keepsEvidence)
        let faults = FaultInjection.fromEnvironment()
        var w = WireWriter(capacity: 4096)
        while let frame = inbox.next() {
            var r = WireReader(frame)
            guard let request = try? ReadRequest.read(&r) else { exit(3) }
            faults.apply(to: request.name)
            let outcome = reader.process(path: request.path, name: request.name, size: request.size,
                                         modified: request.modified)
            w.reset()
            w.int(request.id)
            do { try outcome.write(to: &w) } catch { exit(3) }
            do { try Processes.send(socket, WorkerFrames.frame(w.bytes)) } catch { exit(0) }
        }
        exit(0)
    }
}

/// Whole frames read from a socket, one at a time.
struct FrameInbox {
    let socket: Int32
    private var buffer: [UInt8] = []
    private var ready: [[UInt8]] = []
    private var scratch = [UInt8](repeating: 0, count: 1 << 16)

    init(socket: Int32) { self.socket = socket }

    /// The next frame; nil at the end of the stream or on a frame no writer makes.
    mutating func next() -> [UInt8]? {
        while ready.isEmpty {
            guard let n = try? Processes.receive(socket, into: &scratch), n > 0 else { return nil }
            buffer.append(contentsOf: scratch[0..<n])
            guard let frames = WorkerFrames.take(&buffer) else { return nil }
            ready = frames
        }
        return ready.removeFirst()
    }
}
