import Dispatch
import Foundation

/// SIGINT and SIGTERM turned into a flag and a descriptor to wait on. The default
/// handlers are ignored, so a signal never cuts a write short: the watcher finishes the
/// file it is writing (renaming only a complete one) and then stops; a second Ctrl-C
/// changes nothing.
public final class StopSignal: @unchecked Sendable {
    private let lock = NSLock()
    private var stopped = false
    private var sources: [DispatchSourceSignal] = []
    private let pipeRead: Int32
    private let pipeWrite: Int32

    /// Installs the handlers; call before any work that must not be interrupted.
    public init() {
        var ends: [Int32] = [-1, -1]
        if pipe(&ends) == 0 {
            for fd in ends {
                _ = fcntl(fd, F_SETFD, FD_CLOEXEC)
                _ = fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) | O_NONBLOCK)
            }
        }
        pipeRead = ends[0]
        pipeWrite = ends[1]
        for number in [SIGINT, SIGTERM] {
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
            source.setEventHandler { [weak self] in self?.request() }
            source.resume()
            sources.append(source)
        }
    }

    deinit {
        sources.forEach { $0.cancel() }
        close(pipeRead)
        close(pipeWrite)
    }

    /// Readable once a stop was requested.
    public var descriptor: Int32 { pipeRead }

    /// True once SIGINT or SIGTERM arrived (or `request()` was called).
    public var requested: Bool {
        lock.lock(); defer { lock.unlock() }
        return stopped
    }

    /// Asks the watcher to stop after what it is doing.
    public func request() {
        lock.lock()
        stopped = true
        lock.unlock()
        var byte: UInt8 = 1
        _ = write(pipeWrite, &byte, 1)
    }
}
