import CArchive
import Glibc

/// A RAR (4 and 5) or 7z archive over bytes in memory; the only libarchive user in the
/// project. Entries are read in order (RAR and 7z may be solid: no random access);
/// inflated bytes are counted against the limits as they come, never trusting headers.
final class LibArchiveReader {
    private let archive: OpaquePointer
    private let storage: UnsafeMutableRawBufferPointer
    private let file: String
    private let limits: ReadLimits
    private var totalInflated = 0
    /// libarchive converts entry names through the current locale's character set; a
    /// process in the C locale would get no name for "Bài nộp.xlsx". Its calls run under
    /// a thread-local UTF-8 locale (`uselocale`), the process locale is left alone.
    nonisolated(unsafe) private static let utf8Locale: locale_t? = newlocale(Int32(LC_CTYPE_MASK), "C.UTF-8", nil)

    /// Runs `body` with the thread's locale set to UTF-8.
    private static func inUTF8<R>(_ body: () throws(ReadError) -> R) throws(ReadError) -> R {
        guard let utf8Locale else { return try body() }
        let previous = uselocale(utf8Locale)
        defer { uselocale(previous) }
        return try body()
    }

    /// Opens an archive over a copy of `bytes` (RAR, RAR5 and 7z formats only).
    init(_ bytes: UnsafeRawBufferPointer, file: String, limits: ReadLimits) throws(ReadError) {
        self.file = file
        self.limits = limits
        guard let a = archive_read_new() else { throw ReadError(.corruptArchive, file: file, detail: "archive_read_new") }
        archive = a
        storage = UnsafeMutableRawBufferPointer.allocate(byteCount: max(bytes.count, 1), alignment: 8)
        if bytes.count > 0 { storage.copyMemory(from: bytes) }
        archive_read_support_format_rar(a)
        archive_read_support_format_rar5(a)
        archive_read_support_format_7zip(a)
        guard archive_read_open_memory(a, storage.baseAddress, bytes.count) == ARCHIVE_OK else {
            let detail = message()
            archive_read_free(a)
            storage.deallocate()
            throw ReadError(.corruptArchive, file: file, detail: detail)
        }
    }

    deinit {
        archive_read_free(archive)
        storage.deallocate()
    }

    private func message() -> String {
        archive_error_string(archive).map { String(cString: $0) } ?? "libarchive error \(archive_errno(archive))"
    }

    /// Visits every entry; see `FileArchive.forEach`.
    func forEach(_ visit: (FileArchive.Entry, () throws(ReadError) -> [UInt8]) throws(ReadError) -> Void) throws(ReadError) {
        try Self.inUTF8 { () throws(ReadError) in try entries(visit) }
    }

    private func entries(_ visit: (FileArchive.Entry, () throws(ReadError) -> [UInt8]) throws(ReadError) -> Void) throws(ReadError) {
        var count = 0
        while true {
            var entry: OpaquePointer?
            let status = archive_read_next_header(archive, &entry)
            if status == ARCHIVE_EOF { return }
            guard status == ARCHIVE_OK || status == ARCHIVE_WARN, let entry else {
                throw ReadError(.corruptArchive, file: file, detail: message())
            }
            count += 1
            guard count <= 10_000 else { throw ReadError(.corruptArchive, file: file, detail: "> 10000 entries") }
            let name = (archive_entry_pathname_utf8(entry) ?? archive_entry_pathname(entry)).map { String(cString: $0) } ?? "?"
            let isDirectory = archive_entry_filetype(entry) & 0o170000 == 0o040000  // AE_IFDIR (a cast macro, not imported)
            var consumed = false
            let size = archive_entry_size_is_set(entry) != 0 ? Int(clamping: archive_entry_size(entry)) : 0
            try visit(FileArchive.Entry(name: name, isDirectory: isDirectory, size: max(0, size))) { () throws(ReadError) -> [UInt8] in
                consumed = true
                if archive_entry_is_encrypted(entry) != 0 { throw ReadError(.encrypted, file: file, part: name) }
                return try self.readData(name)
            }
            if !consumed { _ = archive_read_data_skip(archive) }
        }
    }

    private func readData(_ name: String) throws(ReadError) -> [UInt8] {
        var out: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let n = chunk.withUnsafeMutableBytes { archive_read_data(archive, $0.baseAddress, $0.count) }
            if n < 0 { throw ReadError(.corruptEntry, file: file, part: name, detail: message()) }
            if n == 0 { return out }
            out.append(contentsOf: chunk[0..<n])
            totalInflated += n
            if out.count > limits.maxEntryBytes {
                throw ReadError(.entryTooLarge, file: file, part: name, detail: "> \(limits.maxEntryBytes) bytes")
            }
            if totalInflated > limits.maxTotalInflatedBytes {
                throw ReadError(.archiveTooLarge, file: file, part: name, detail: "> \(limits.maxTotalInflatedBytes) bytes")
            }
            if totalInflated > limits.ratioFloorBytes, totalInflated / max(storage.count, 1) > limits.maxCompressionRatio {
                throw ReadError(.compressionRatio, file: file, part: name, detail: "\(totalInflated) / \(storage.count) bytes")
            }
        }
    }
}
