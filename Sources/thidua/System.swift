import Foundation
#if canImport(CMalloc)
import CMalloc
#endif

/// The command line's calls into the C library, in one place: the time zone, the
/// allocator, the terminal, the clock, CPU time and memory, removing a file, exiting.
enum System {
    /// Sets `TZ=":/etc/localtime"` when `TZ` is unset, before any thread starts. That names
    /// the zone glibc would use anyway, but glibc then reads it once, instead of checking
    /// /etc/localtime inside its time-zone lock at every `mktime()` (libzip calls it for
    /// every entry of every archive it opens, on all reading threads at once).
    static func cacheTimeZone() {
        if getenv("TZ") == nil { setenv("TZ", ":/etc/localtime", 0) }
    }

    /// Keeps up to 4 MiB of freed memory at the top of the heap, with no extra padding:
    /// large frees go back to the kernel, while a file's buffers are reused by the next
    /// file instead of being returned and faulted in again.
    static func tuneAllocator() {
        #if canImport(CMalloc)
        _ = mallopt(M_TRIM_THRESHOLD, 4 * 1024 * 1024)
        _ = mallopt(M_TOP_PAD, 0)
        #endif
    }

    /// Runs `body` keeping up to 64 MiB of freed memory (when `holding`), then tunes the
    /// allocator back: for work whose heap no longer grows and that frees and takes the same
    /// buffers again and again (the return lists' zlib states).
    static func holdingFreedMemory<T, E: Error>(when holding: Bool = true, _ body: () throws(E) -> T) throws(E) -> T {
        #if canImport(CMalloc)
        guard holding else { return try body() }
        _ = mallopt(M_TRIM_THRESHOLD, 64 * 1024 * 1024)
        defer { tuneAllocator() }
        #endif
        return try body()
    }

    /// The standard streams a terminal may be behind.
    enum Stream {
        case output, error

        fileprivate var descriptor: Int32 { self == .output ? STDOUT_FILENO : STDERR_FILENO }
    }

    /// True when `stream` is a terminal.
    static func isTerminal(_ stream: Stream) -> Bool { isatty(stream.descriptor) == 1 }

    /// The width of the terminal behind `stream`, nil when it is not a terminal (or says 0).
    static func terminalColumns(_ stream: Stream) -> Int? {
        guard isTerminal(stream) else { return nil }
        var size = winsize()
        guard ioctl(stream.descriptor, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 else { return nil }
        return Int(size.ws_col)
    }

    /// The local time of day.
    static func timeOfDay() -> (hour: Int, minute: Int) {
        var now = time(nil)
        var parts = tm()
        localtime_r(&now, &parts)
        return (Int(parts.tm_hour), Int(parts.tm_min))
    }

    /// CPU seconds of the process so far (user + system, all threads).
    static func cpuSeconds() -> Double {
        let usage = resourceUsage()
        func seconds(_ t: timeval) -> Double { Double(t.tv_sec) + Double(t.tv_usec) / 1_000_000 }
        return seconds(usage.ru_utime) + seconds(usage.ru_stime)
    }

    /// The most memory the process has held resident so far, in MiB.
    static func peakResidentMiB() -> Double { Double(resourceUsage().ru_maxrss) / 1024 }

    /// The memory the process holds resident now, in MiB, from /proc/self/statm (0 where there is none).
    static func residentMiB() -> Double {
        guard let text = try? String(contentsOfFile: "/proc/self/statm", encoding: .utf8),
              let pages = text.split(separator: " ").dropFirst().first.flatMap({ Double($0) }) else { return 0 }
        return pages * Double(sysconf(Int32(_SC_PAGESIZE))) / 1_048_576
    }

    /// Removes a file; a file already gone is no failure.
    static func removeFile(_ path: String) {
        _ = unlink(path)
    }

    /// Ends the process with `status`.
    static func exit(_ status: Int32) -> Never {
        Foundation.exit(status)
    }

    private static func resourceUsage() -> rusage {
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        return usage
    }
}
