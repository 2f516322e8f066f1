import Foundation
import Scoring

/// A file found in the inbox, before it is read.
public struct InboxFile: Sendable, Hashable {
    /// Absolute path.
    public var path: String
    /// Path relative to the inbox, with `/` separators: what users see.
    public var name: String
    /// Size in bytes.
    public var size: Int64
    /// Modification time, seconds since 1970.
    public var modified: Double
}

/// A file the scan left out on purpose (lock files, system files, hidden files).
public struct SkippedFile: Sendable, Hashable {
    public var name: String
    public var size: Int64
    /// Why it was left out.
    public var reason: SkipReason
}

/// Lists an inbox folder: every regular file, recursively, in a stable order,
/// with the folder hygiene of SPEC §3.1.
public enum InboxScanner {
    /// Errors that stop a scan (the inbox itself is unusable).
    public enum ScanError: Error, Sendable {
        case notFound(String)
        case notADirectory(String)
        case unreadable(String, String)
    }

    /// Scans `inbox`; files are sorted by name (code-point order of the NFC
    /// relative path), so the outcome never depends on the listing order.
    public static func scan(_ inbox: String) throws(ScanError) -> (files: [InboxFile], skipped: [SkippedFile]) {
        var isDir: ObjCBool = false
        guard FileManager.default.fileExists(atPath: inbox, isDirectory: &isDir) else {
            throw .notFound(inbox)
        }
        guard isDir.boolValue else { throw .notADirectory(inbox) }
        let root = URL(fileURLWithPath: inbox).standardizedFileURL.path
        guard let top = opendir(root) else { throw .unreadable(inbox, SystemFailure.systemText(errno)) }
        closedir(top)

        var files: [InboxFile] = []
        var skipped: [SkippedFile] = []
        // Folders still to list, each with its path relative to the inbox (opened one at a
        // time); a sub-folder that cannot be opened is passed over, as the listing always did.
        var pending: [(full: String, relative: String)] = [(root == "/" ? "" : root, "")]
        while let (full, relativeDir) = pending.popLast() {
            guard let dir = opendir(full.isEmpty ? "/" : full) else { continue }
            defer { closedir(dir) }
            while let entry = readdir(dir) {
                let base = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                    String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
                }
                if base == "." || base == ".." { continue }
                let path = full + "/" + base
                let relative = (relativeDir.isEmpty ? base : relativeDir + "/" + base).precomposedStringWithCanonicalMapping
                let values = FileStatus(path)
                if values?.isDirectory == true {
                    if skipsFolder(base) {
                        skipped.append(SkippedFile(name: relative + "/", size: 0, reason: .hiddenFolder))
                    } else {
                        pending.append((path, relative))
                    }
                    continue
                }
                guard let values, values.isRegularFile else { continue }
                if let reason = skipReason(base) {
                    skipped.append(SkippedFile(name: relative, size: values.size, reason: reason))
                    continue
                }
                files.append(InboxFile(path: path, name: relative, size: values.size, modified: values.modified))
            }
        }
        files.sort { $0.name.unicodeScalars.lexicographicallyPrecedes($1.name.unicodeScalars) }
        skipped.sort { $0.name.unicodeScalars.lexicographicallyPrecedes($1.name.unicodeScalars) }
        return (files, skipped)
    }

    /// True for a folder whose files are never read (hidden, or a macOS archive's `__MACOSX`).
    public static func skipsFolder(_ base: String) -> Bool {
        base.hasPrefix(".") || base == "__MACOSX"
    }

    /// Why a file name is skipped, or nil to read it.
    static func skipReason(_ base: String) -> SkipReason? {
        let lower = base.lowercased()
        if base.hasPrefix("~$") { return .officeLock }
        if [".ds_store", "thumbs.db", "desktop.ini", "ehthumbs.db"].contains(lower) { return .systemFile }
        if base.hasPrefix(".~lock.") || lower.hasSuffix("#") { return .libreOfficeLock }
        if base.hasPrefix(".") { return .hiddenFile }
        return nil
    }
}

/// What the scan needs to know of one directory entry, from one `lstat` call (a
/// symbolic link is neither a regular file nor a directory, as with `URL.resourceValues`,
/// which costs about 80 µs a file).
struct FileStatus {
    var isDirectory: Bool
    var isRegularFile: Bool
    var size: Int64
    /// Modification time, seconds since 1970.
    var modified: Double

    /// The status of `path`, nil when it cannot be read.
    init?(_ path: String) {
        var st = stat()
        guard lstat(path, &st) == 0 else { return nil }
        let type = st.st_mode & S_IFMT
        isDirectory = type == S_IFDIR
        isRegularFile = type == S_IFREG
        size = Int64(st.st_size)
        modified = Double(st.st_mtim.tv_sec) + Double(st.st_mtim.tv_nsec) / 1_000_000_000
    }
}
