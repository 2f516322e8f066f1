import Foundation

/// What tells a file's content apart without reading it: size, modification time and
/// the inode that holds it, from one `lstat`.
public struct FileSignature: Sendable, Hashable {
    /// Size in bytes.
    public var size: Int64
    /// Modification time, seconds since 1970 (computed as `InboxFile.modified` is).
    public var modified: Double
    public var device: UInt64
    public var inode: UInt64

    public init(size: Int64, modified: Double, device: UInt64, inode: UInt64) {
        self.size = size
        self.modified = modified
        self.device = device
        self.inode = inode
    }

    /// The signature of the regular file at `path`; nil when there is none (any more).
    public static func of(_ path: String) -> FileSignature? {
        var st = stat()
        guard lstat(path, &st) == 0, st.st_mode & S_IFMT == S_IFREG else { return nil }
        return FileSignature(size: Int64(st.st_size),
                             modified: Double(st.st_mtim.tv_sec) + Double(st.st_mtim.tv_nsec) / 1_000_000_000,
                             device: UInt64(st.st_dev), inode: UInt64(st.st_ino))
    }
}
