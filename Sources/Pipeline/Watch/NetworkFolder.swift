import Foundation

/// Network file systems, whose changes made on other machines inotify never reports.
enum NetworkFolder {
    /// File system types (as `/proc/self/mountinfo` names them) of network drives: NFS,
    /// Windows shares, 9P (WSL's Windows drives), Ceph, AFS, WebDAV, SSH and cloud mounts.
    static let types: Set<String> = ["nfs", "nfs4", "cifs", "smb3", "smbfs", "9p", "ceph", "afs", "davfs",
                                     "fuse.sshfs", "fuse.rclone"]

    /// True when `path` lies on one of them.
    static func contains(_ path: String) -> Bool {
        guard let table = try? String(contentsOfFile: "/proc/self/mountinfo", encoding: .utf8) else { return false }
        return fileSystem(of: URL(fileURLWithPath: path).resolvingSymlinksInPath().path, mounts: table)
            .map(types.contains) ?? false
    }

    /// The type of the file system holding `path`: the deepest mount point above it
    /// (the last listed, when one is mounted over another).
    static func fileSystem(of path: String, mounts table: String) -> String? {
        var best: (depth: Int, type: String)?
        for line in table.split(separator: "\n") {
            let halves = line.components(separatedBy: " - ")
            let fields = halves[0].split(separator: " ")
            guard halves.count == 2, fields.count >= 5, let type = halves[1].split(separator: " ").first else { continue }
            // Spaces, tabs and backslashes in mount points are written as octal escapes.
            let point = String(fields[4]).replacingOccurrences(of: "\\040", with: " ")
                .replacingOccurrences(of: "\\011", with: "\t").replacingOccurrences(of: "\\134", with: "\\")
            let inside = point == "/" || path == point || path.hasPrefix(point + "/")
            if inside, point.count >= (best?.depth ?? 0) { best = (point.count, String(type)) }
        }
        return best?.type
    }
}
