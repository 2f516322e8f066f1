import Foundation

/// Linux inotify on an inbox tree: every folder the scan reads is watched, folders that
/// appear (created or moved in) are watched as they come, and a queue overflow rewatches
/// the tree — the refresh that follows lists the whole inbox anyway.
public final class InotifyWatcher: ChangeSource {
    public let root: String
    private let fd: Int32
    private var folders: [Int32: String] = [:]
    private var rootWatch: Int32 = -1

    public var descriptor: Int32? { fd }
    public var interval: Double? { nil }

    /// Files closed after writing, moved in or out, deleted, created, their attributes or
    /// content changed; the watched folder itself deleted or moved.
    static let mask = UInt32(IN_CLOSE_WRITE | IN_MOVED_TO | IN_MOVED_FROM | IN_DELETE | IN_CREATE | IN_ATTRIB
                             | IN_MODIFY | IN_DELETE_SELF | IN_MOVE_SELF | IN_ONLYDIR | IN_DONT_FOLLOW)

    /// Watches `root` and its folders.
    /// - Throws: why inotify cannot be used here (the caller polls instead).
    public init(root: String) throws(PollingReason) {
        self.root = root
        if NetworkFolder.contains(root) { throw .networkFolder }
        fd = inotify_init1(Int32(IN_NONBLOCK | IN_CLOEXEC))
        guard fd >= 0 else { throw .unavailable(errno) }
        do { try watchTree() } catch {
            close(fd)
            throw error
        }
    }

    deinit { close(fd) }

    public func check() -> SourceReport {
        var changed = false
        var rewatch = false
        var buffer = [UInt8](repeating: 0, count: 64 * 1024)
        while true {
            let n = buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
            if n < 0 && errno == EINTR { continue }
            if n <= 0 { break }   // EAGAIN: every event read
            var offset = 0
            while offset + 16 <= n {
                let (wd, mask, length) = buffer.withUnsafeBytes { raw in
                    (raw.loadUnaligned(fromByteOffset: offset, as: Int32.self),
                     raw.loadUnaligned(fromByteOffset: offset + 4, as: UInt32.self),
                     Int(raw.loadUnaligned(fromByteOffset: offset + 12, as: UInt32.self)))
                }
                offset += 16 + length
                changed = true
                if mask & UInt32(IN_Q_OVERFLOW) != 0 { rewatch = true }
                if mask & UInt32(IN_ISDIR) != 0, mask & UInt32(IN_CREATE | IN_MOVED_TO | IN_MOVED_FROM) != 0 {
                    rewatch = true
                }
                if wd == rootWatch, mask & UInt32(IN_DELETE_SELF | IN_MOVE_SELF | IN_IGNORED) != 0 {
                    return .lost(.inboxLost)
                }
                if mask & UInt32(IN_IGNORED) != 0 { folders[wd] = nil }
            }
        }
        if rewatch {
            do { try watchTree() } catch { return .lost(error) }
        }
        return changed ? .changed : .quiet
    }

    /// Watches every folder of the tree (again: a folder already watched keeps its watch),
    /// and drops the watches of folders no longer in it.
    private func watchTree() throws(PollingReason) {
        var seen: [Int32: String] = [:]
        for dir in FolderWalk.folders(under: root) {
            let wd = inotify_add_watch(fd, dir, Self.mask)
            if wd < 0 {
                if errno == ENOSPC { throw .watchLimit }
                if dir == root { throw .inboxLost }
                continue   // gone meanwhile, or unreadable: the scan says so
            }
            if dir == root { rootWatch = wd }
            seen[wd] = dir
        }
        for wd in folders.keys where seen[wd] == nil { inotify_rm_watch(fd, wd) }
        folders = seen
    }
}
