import Foundation

/// Reading a whole file into memory with a size bound, through POSIX calls.
enum FileBytes {
    struct Failure: Error {
        /// The `errno` value.
        var code: Int32
    }

    /// The file's bytes; refuses files larger than `limit` before reading them.
    static func read(_ path: String, limit: Int) throws(Failure) -> [UInt8] {
        let fd = open(path, O_RDONLY)
        guard fd >= 0 else { throw Failure(code: errno) }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else { throw Failure(code: errno) }
        let size = Int(info.st_size)
        // Oversized files are read only up to the limit + 1 so the reader reports them.
        let wanted = min(size, limit + 1)
        var failure: Int32 = 0
        let bytes = [UInt8](unsafeUninitializedCapacity: wanted) { buffer, count in
            var done = 0
            while done < wanted {
                let n = Glibc.read(fd, buffer.baseAddress! + done, wanted - done)
                if n < 0 {
                    if errno == EINTR { continue }
                    failure = errno
                    break
                }
                if n == 0 { break }
                done += n
            }
            count = done
        }
        if failure != 0 { throw Failure(code: failure) }
        return bytes
    }
}
