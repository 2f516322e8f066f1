import Glibc

/// The system calls of reading workers: starting one on a socket, sending and receiving
/// bytes, waiting for replies, stopping it and learning how it ended.
enum Processes {
    /// A system call that failed, with its `errno`.
    struct Failure: Error, CustomStringConvertible {
        var call: String
        var code: Int32
        var description: String { call + ": " + String(cString: strerror(code)) }
    }

    /// A started process: its id and the parent's end of its socket.
    struct Child {
        var pid: pid_t
        var socket: Int32
    }

    /// How a process ended.
    enum Ending: Equatable {
        case exited(Int32)
        case signalled(Int32)
    }

    /// Starts `executable` with `arguments`, the child's end of a new socket pair as its
    /// descriptor 3, /dev/null as 0, 1 and 2 (unless `keepStderr`), and `environment` added to
    /// the parent's environment.
    static func spawn(_ executable: String, arguments: [String], environment: [String: String],
                      keepStderr: Bool) throws(Failure) -> Child {
        var pair: [Int32] = [0, 0]
        guard socketpair(AF_UNIX, Int32(SOCK_STREAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue), 0, &pair) == 0 else {
            throw Failure(call: "socketpair", code: errno)
        }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_adddup2(&actions, pair[1], 3)
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        if !keepStderr { posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0) }
        var env = environmentNow()
        for (k, v) in environment { env[k] = v }
        let envStrings = env.map { "\($0.key)=\($0.value)" }.sorted()
        let argv = ([executable] + arguments).map { strdup($0) } + [nil]
        let envp = envStrings.map { strdup($0) } + [nil]
        defer {
            argv.forEach { free($0) }
            envp.forEach { free($0) }
        }
        var pid: pid_t = 0
        let status = posix_spawn(&pid, executable, &actions, nil, argv, envp)
        close(pair[1])
        guard status == 0 else {
            close(pair[0])
            throw Failure(call: "posix_spawn " + executable, code: status)
        }
        return Child(pid: pid, socket: pair[0])
    }

    /// The process's environment as a dictionary.
    static func environmentNow() -> [String: String] {
        var out: [String: String] = [:]
        var p = environ
        while let entry = p.pointee {
            let s = String(cString: entry)
            if let eq = s.firstIndex(of: "=") { out[String(s[..<eq])] = String(s[s.index(after: eq)...]) }
            p += 1
        }
        return out
    }

    /// Sends every byte (never raising SIGPIPE: a dead peer is an error).
    static func send(_ socket: Int32, _ bytes: [UInt8]) throws(Failure) {
        var done = 0
        while done < bytes.count {
            let n = bytes.withUnsafeBytes { Glibc.send(socket, $0.baseAddress! + done, bytes.count - done, Int32(MSG_NOSIGNAL)) }
            if n < 0 {
                if errno == EINTR { continue }
                throw Failure(call: "send", code: errno)
            }
            done += n
        }
    }

    /// Reads what is there into `scratch` (up to its size); 0 at the end of the stream.
    static func receive(_ socket: Int32, into scratch: inout [UInt8]) throws(Failure) -> Int {
        while true {
            let n = scratch.withUnsafeMutableBytes { recv(socket, $0.baseAddress!, $0.count, 0) }
            if n >= 0 { return n }
            if errno != EINTR { throw Failure(call: "recv", code: errno) }
        }
    }

    /// The sockets among `sockets` that can be read (or have ended) within `timeout` seconds.
    static func readable(_ sockets: [Int32], timeout: Double) -> [Int32] {
        var fds = sockets.map { pollfd(fd: $0, events: Int16(POLLIN), revents: 0) }
        let ms = Int32(max(0, min(timeout * 1000, 60_000)).rounded(.up))
        let n = poll(&fds, nfds_t(fds.count), ms)
        guard n > 0 else { return [] }
        return fds.filter { $0.revents != 0 }.map(\.fd)
    }

    /// Stops the process at once and reaps it.
    static func kill(_ child: Child) -> Ending? {
        _ = Glibc.kill(child.pid, SIGKILL)
        return reap(child.pid)
    }

    /// Waits up to `seconds` for the process to end by itself (its socket closed), then stops it.
    static func finish(_ child: Child, within seconds: Double) -> Ending? {
        let deadline = ContinuousClock.now + .milliseconds(Int64(seconds * 1000))
        var status: Int32 = 0
        while ContinuousClock.now < deadline {
            let r = waitpid(child.pid, &status, WNOHANG)
            if r == child.pid { return ending(status) }
            if r < 0, errno != EINTR { return nil }
            usleep(2_000)
        }
        return kill(child)
    }

    /// Waits for the process to end and says how.
    static func reap(_ pid: pid_t) -> Ending? {
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 {
            if errno != EINTR { return nil }
        }
        return ending(status)
    }

    private static func ending(_ status: Int32) -> Ending {
        let signal = status & 0x7F
        return signal == 0 ? .exited((status >> 8) & 0xFF) : .signalled(signal)
    }

    /// The path of the running executable.
    static func currentExecutable() -> String? {
        var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
        let n = readlink("/proc/self/exe", &buffer, buffer.count - 1)
        guard n > 0 else { return nil }
        return String(decoding: buffer[0..<n].map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    static func close(_ fd: Int32) { _ = Glibc.close(fd) }

    /// Limits the process's address space to `bytes` (soft and hard).
    static func limitAddressSpace(_ bytes: Int) throws(Failure) {
        var limit = rlimit(rlim_cur: rlim_t(bytes), rlim_max: rlim_t(bytes))
        guard setrlimit(__rlimit_resource_t(RLIMIT_AS.rawValue), &limit) == 0 else { throw Failure(call: "setrlimit", code: errno) }
    }

    /// The name of a signal ("SIGSEGV").
    static func signalName(_ signal: Int32) -> String {
        switch signal {
        case SIGSEGV: "SIGSEGV"
        case SIGBUS: "SIGBUS"
        case SIGABRT: "SIGABRT"
        case SIGILL: "SIGILL"
        case SIGTRAP: "SIGTRAP"
        case SIGKILL: "SIGKILL"
        case SIGFPE: "SIGFPE"
        case SIGTERM: "SIGTERM"
        default: "signal \(signal)"
        }
    }
}
