import Foundation

/// The folders of an inbox tree that the scan reads (hidden and system folders left out,
/// symbolic links not followed), found with `readdir` without a `stat` per file.
enum FolderWalk {
    /// `root` first, then every folder below it.
    static func folders(under root: String) -> [String] {
        var out: [String] = []
        var stack = [root]
        while let dir = stack.popLast() {
            out.append(dir)
            guard let handle = opendir(dir) else { continue }
            defer { closedir(handle) }
            while let entry = readdir(handle) {
                let name = withUnsafePointer(to: &entry.pointee.d_name) {
                    String(cString: UnsafeRawPointer($0).assumingMemoryBound(to: CChar.self))
                }
                guard name != ".", name != "..", !InboxScanner.skipsFolder(name) else { continue }
                let path = dir.hasSuffix("/") ? dir + name : dir + "/" + name
                if isFolder(entry.pointee.d_type, path) { stack.append(path) }
            }
        }
        return out
    }

    private static func isFolder(_ type: UInt8, _ path: String) -> Bool {
        if type == UInt8(DT_DIR) { return true }
        guard type == UInt8(DT_UNKNOWN) else { return false }
        var st = stat()
        return lstat(path, &st) == 0 && st.st_mode & S_IFMT == S_IFDIR
    }
}
