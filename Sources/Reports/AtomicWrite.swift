import Foundation

/// The one way thidua writes an output file (report, JSON, return lists, templates): to a
/// temporary file beside the target, then renamed over it, so no half-written file ever
/// exists and a failure leaves nothing behind.
public enum AtomicWrite {
    /// A failure to put the finished file in place (or to write raw bytes).
    public struct Failure: Error, Sendable, CustomStringConvertible {
        public var path: String
        /// The `errno` value of the failing call.
        public var code: Int32
        /// The system's own text (English), for technical detail only.
        public var reason: String { String(cString: strerror(code)) }
        public var description: String { "\(path): \(reason)" }
    }

    /// A temporary path beside `target` (same folder, so `rename` is atomic), hidden and
    /// named `.~thidua-<random>-<name>`.
    public static func temporaryPath(for target: String) -> String {
        let (dir, name) = split(target)
        return dir + "/.~thidua-" + String(UInt64.random(in: 0...UInt64.max), radix: 36) + "-" + name
    }

    /// The folder and the name of a path, as written (`a/b.xlsx` → `a`, `b.xlsx`; `b.xlsx` →
    /// `.`, `b.xlsx`; `/b.xlsx` → `/`, `b.xlsx`): no URL, as this runs once per return list.
    static func split(_ path: String) -> (folder: String, name: String) {
        guard let slash = path.utf8.lastIndex(of: UInt8(ascii: "/")) else { return (".", path) }
        let folder = String(path[..<slash])
        return (folder.isEmpty ? "/" : folder, String(path[path.index(after: slash)...]))
    }

    /// Produces `target` by calling `produce` on a temporary path beside it, then
    /// renaming; the temporary file is removed on any failure.
    /// - Throws: what `produce` throws, or `Failure` when the rename fails.
    public static func write(to target: String, _ produce: (String) throws -> Void) throws {
        let temp = temporaryPath(for: target)
        // A folder that is missing or not writable is said in the system's words, not the library's.
        let folder = split(target).folder
        var info = stat()
        guard stat(folder, &info) == 0 else { throw Failure(path: target, code: errno) }
        guard info.st_mode & S_IFMT == S_IFDIR else { throw Failure(path: target, code: ENOTDIR) }
        guard access(folder, W_OK) == 0 else { throw Failure(path: target, code: errno) }
        do {
            try produce(temp)
        } catch {
            unlink(temp)
            throw error
        }
        guard rename(temp, target) == 0 else {
            let code = errno
            unlink(temp)
            throw Failure(path: target, code: code)
        }
    }

    /// Writes bytes atomically.
    /// - Throws: `Failure` when the file cannot be created or renamed.
    public static func write(_ data: Data, to target: String) throws {
        try write(to: target) { temp in
            guard FileManager.default.createFile(atPath: temp, contents: data) else {
                throw Failure(path: target, code: errno == 0 ? EIO : errno)
            }
        }
    }
}
