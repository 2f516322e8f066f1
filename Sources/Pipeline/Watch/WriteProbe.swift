import Foundation

/// Whether some process has a file open for writing (a copy still under way).
public enum WriteState: Sendable, Hashable {
    /// Open for writing somewhere: the copy is not finished.
    case writing
    /// Nobody has it open for writing.
    case closed
    /// The system cannot tell (not the file's owner, a file system without leases).
    case unknown
}

/// Asks the kernel whether a file is open for writing, by trying to take a read lease
/// (`fcntl(F_SETLEASE, F_RDLCK)` fails with `EAGAIN` while any process has it open for
/// writing) and dropping it at once. Works for local writers and for a Samba server
/// writing a file sent from Windows; nothing in the file changes.
public enum WriteProbe {
    /// `F_SETLEASE` (Linux; not exported by Swift's Glibc module).
    private static let setLease: Int32 = 1024

    /// Call once before probing: a writer that opens the file while the lease is held makes
    /// the kernel send SIGIO, whose default action would end the process.
    public static func prepare() {
        signal(SIGIO, SIG_IGN)
    }

    /// The state of the file at `path`.
    public static func state(of path: String) -> WriteState {
        let fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOFOLLOW)
        guard fd >= 0 else { return .unknown }
        defer { close(fd) }   // closing drops the lease
        if fcntl(fd, setLease, Int32(F_RDLCK)) == 0 { return .closed }
        return errno == EAGAIN ? .writing : .unknown
    }
}
