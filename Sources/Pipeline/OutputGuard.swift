import Foundation

/// Keeps outputs out of the inbox, so no input is ever overwritten or re-read.
public enum OutputGuard {
    /// True when `path` is `folder` itself or lies inside it (after resolving links).
    public static func isInside(_ path: String, folder: String) -> Bool {
        let f = URL(fileURLWithPath: folder).resolvingSymlinksInPath().standardizedFileURL.path
        let resolved = resolve(path)
        return resolved == f || resolved.hasPrefix(f.hasSuffix("/") ? f : f + "/")
    }

    /// True when two paths name the same file: the same existing file (device and inode,
    /// so hard links count) or, for files not yet written, the same resolved path.
    public static func isSameFile(_ a: String, _ b: String) -> Bool {
        sameInode(a, b) || resolve(a) == resolve(b)
    }

    /// True when two paths name the same existing file (same device and inode).
    static func sameInode(_ a: String, _ b: String) -> Bool {
        var sa = stat(), sb = stat()
        guard stat(a, &sa) == 0, stat(b, &sb) == 0 else { return false }
        return sa.st_dev == sb.st_dev && sa.st_ino == sb.st_ino
    }

    /// The absolute path with links resolved in its deepest existing ancestor, so a
    /// file not yet written is judged too.
    private static func resolve(_ path: String) -> String {
        var p = URL(fileURLWithPath: path).standardizedFileURL
        var suffix: [String] = []
        while !FileManager.default.fileExists(atPath: p.path), p.path != "/" {
            suffix.insert(p.lastPathComponent, at: 0)
            p.deleteLastPathComponent()
        }
        var resolved = p.resolvingSymlinksInPath().standardizedFileURL.path
        for part in suffix { resolved += (resolved.hasSuffix("/") ? "" : "/") + part }
        return resolved
    }
}
