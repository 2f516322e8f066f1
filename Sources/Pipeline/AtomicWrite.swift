import Foundation

/// Writing outputs so that no half-written file ever exists and no input is overwritten.
public enum AtomicWrite {
    /// A failure to produce an output file.
    public struct Failure: Error, Sendable, CustomStringConvertible {
        public var path: String
        public var reason: String
        public var description: String { "\(path): \(reason)" }
    }

    /// A temporary path beside `target` (same folder, so `rename` is atomic).
    public static func temporaryPath(for target: String) -> String {
        let url = URL(fileURLWithPath: target)
        let dir = url.deletingLastPathComponent().path
        return dir + "/.~thidua-" + String(UInt64.random(in: 0...UInt64.max), radix: 36) + "-" + url.lastPathComponent
    }

    /// Produces `target` by calling `produce` on a temporary path beside it, then
    /// renaming; the temporary file is removed on any failure.
    public static func write(to target: String, _ produce: (String) throws -> Void) throws {
        let temp = temporaryPath(for: target)
        do {
            try produce(temp)
        } catch {
            unlink(temp)
            throw error
        }
        guard rename(temp, target) == 0 else {
            let reason = String(cString: strerror(errno))
            unlink(temp)
            throw Failure(path: target, reason: reason)
        }
    }

    /// Writes bytes atomically.
    public static func write(_ data: Data, to target: String) throws {
        try write(to: target) { temp in
            guard FileManager.default.createFile(atPath: temp, contents: data) else {
                throw Failure(path: target, reason: String(cString: strerror(errno)))
            }
        }
    }

    /// True when two paths name the same existing file (same device and inode).
    public static func sameFile(_ a: String, _ b: String) -> Bool {
        var sa = stat(), sb = stat()
        guard stat(a, &sa) == 0, stat(b, &sb) == 0 else { return false }
        return sa.st_dev == sb.st_dev && sa.st_ino == sb.st_ino
    }
}
