import Foundation

/// Keeps outputs out of the inbox, so no input is ever overwritten or re-read.
public enum OutputGuard {
    /// True when `path` is `folder` itself or lies inside it (after resolving links).
    public static func isInside(_ path: String, folder: String) -> Bool {
        let f = URL(fileURLWithPath: folder).resolvingSymlinksInPath().standardizedFileURL.path
        var p = URL(fileURLWithPath: path).standardizedFileURL
        // Resolve the deepest existing ancestor, so a file not yet written is judged too.
        var suffix: [String] = []
        while !FileManager.default.fileExists(atPath: p.path), p.path != "/" {
            suffix.insert(p.lastPathComponent, at: 0)
            p.deleteLastPathComponent()
        }
        var resolved = p.resolvingSymlinksInPath().standardizedFileURL.path
        for part in suffix { resolved += (resolved.hasSuffix("/") ? "" : "/") + part }
        return resolved == f || resolved.hasPrefix(f.hasSuffix("/") ? f : f + "/")
    }
}
