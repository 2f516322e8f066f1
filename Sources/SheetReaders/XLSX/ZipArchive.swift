import CDeflate
import CZip

/// A read-only ZIP archive over bytes in memory; the only libzip and libdeflate user.
///
/// Entries are looked up case-insensitively (with `\` read as `/`). Deflated and stored
/// entries are read whole (`withEntry`): libzip hands out the raw data, libdeflate inflates
/// it into a buffer bounded by the limits, and the CRC-32 and sizes are checked; other
/// methods stream through libzip. Inflated bytes are counted against the limits, never
/// trusting the sizes in the headers beyond those bounds.
final class ZipArchive {
    let archive: OpaquePointer
    let storage: UnsafeMutableRawBufferPointer
    let file: String
    let limits: ReadLimits
    /// Lower-cased entry name → index.
    private var index: [String: UInt64] = [:]
    /// Entry names as stored (lookup keys), in archive order, directories left out.
    private(set) var entryNames: [String] = []
    /// Bytes inflated so far from every entry.
    var totalInflated = 0
    /// Chunk size of streamed reads; the bounds are checked after every chunk.
    static let chunkSize = 1 << 16
    private var chunk = UnsafeMutableRawBufferPointer.allocate(byteCount: ZipArchive.chunkSize, alignment: 8)
    /// Raw (compressed) bytes and inflated bytes of the last whole entry, reused.
    var rawBuffer = ByteBuffer()
    var outBuffer = ByteBuffer()
    /// libdeflate's decompressor, made on first use.
    var decompressor: OpaquePointer?

    /// Opens an archive over a copy of `bytes`.
    init(bytes: UnsafeRawBufferPointer, file: String, limits: ReadLimits) throws(ReadError) {
        self.file = file
        self.limits = limits
        storage = UnsafeMutableRawBufferPointer.allocate(byteCount: max(bytes.count, 1), alignment: 8)
        if bytes.count > 0 { storage.copyMemory(from: bytes) }
        var error = zip_error_t()
        zip_error_init(&error)
        defer { zip_error_fini(&error) }
        guard let source = zip_source_buffer_create(storage.baseAddress, UInt64(bytes.count), 0, &error) else {
            storage.deallocate(); chunk.deallocate()
            throw ReadError(.corruptZip, file: file, detail: String(cString: zip_error_strerror(&error)))
        }
        guard let za = zip_open_from_source(source, ZIP_RDONLY, &error) else {
            zip_source_free(source)
            storage.deallocate(); chunk.deallocate()
            throw ReadError(.corruptZip, file: file, detail: String(cString: zip_error_strerror(&error)))
        }
        archive = za
        try buildIndex()
    }

    deinit {
        zip_discard(archive)
        storage.deallocate()
        chunk.deallocate()
        rawBuffer.free()
        outBuffer.free()
        if let decompressor { libdeflate_free_decompressor(decompressor) }
    }

    private func buildIndex() throws(ReadError) {
        let count = zip_get_num_entries(archive, 0)
        guard count >= 0 else { throw ReadError(.corruptZip, file: file, detail: lastError()) }
        guard count <= 10_000 else { throw ReadError(.corruptZip, file: file, detail: "\(count) entries") }
        index.reserveCapacity(Int(count))
        for i in 0..<UInt64(count) {
            guard let cName = zip_get_name(archive, i, 0) else {
                throw ReadError(.corruptZip, file: file, detail: lastError())
            }
            let key = Self.key(cName)
            if key.utf8.last == 0x2F { continue }
            guard Self.isSafe(key) else { throw ReadError(.unsafeEntryName, file: file, part: String(cString: cName)) }
            if index[key] != nil { throw ReadError(.duplicateEntry, file: file, part: String(cString: cName)) }
            index[key] = i
            entryNames.append(key)
        }
    }

    /// The lookup key of an entry name: lower case, `/` separators.
    static func key(_ name: String) -> String {
        var bytes = Array(name.utf8)
        for i in bytes.indices {
            let c = bytes[i]
            if c >= 0x41 && c <= 0x5A { bytes[i] = c | 0x20 } else if c == 0x5C { bytes[i] = 0x2F }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// `key(_:)` of a NUL-terminated name, in one pass.
    private static func key(_ name: UnsafePointer<CChar>) -> String {
        var n = 0
        while name[n] != 0 { n += 1 }
        return String(unsafeUninitializedCapacity: n) { out in
            for i in 0..<n {
                let c = UInt8(bitPattern: name[i])
                out[i] = c >= 0x41 && c <= 0x5A ? c | 0x20 : c == 0x5C ? 0x2F : c
            }
            return n
        }
    }

    /// False for absolute names, drive letters and `..` segments.
    static func isSafe(_ key: String) -> Bool {
        if key.utf8.first == 0x2F { return false }
        var segmentLength = 0, segmentDots = 0
        for c in key.utf8 {
            if c == 0x3A { return false }
            if c == 0x2F {
                if segmentLength == 2 && segmentDots == 2 { return false }
                segmentLength = 0; segmentDots = 0
                continue
            }
            segmentLength += 1
            if c == 0x2E { segmentDots += 1 }
        }
        return !(segmentLength == 2 && segmentDots == 2)
    }

    /// Entry names as stored (directories left out) and their declared sizes, in archive
    /// order (for archives of files; a workbook package never needs them).
    func entryList() -> [(name: String, size: Int)] {
        index.values.sorted().compactMap { i in
            guard let name = zip_get_name(archive, i, 0) else { return nil }
            var st = zip_stat_t()
            zip_stat_init(&st)
            let size = zip_stat_index(archive, i, 0, &st) == 0 && (st.valid & UInt64(ZIP_STAT_SIZE)) != 0
                ? Int(clamping: st.size) : 0
            return (String(cString: name), size)
        }
    }

    /// True when the archive holds the entry (case-insensitive).
    func contains(_ name: String) -> Bool { index[Self.key(name)] != nil }

    /// The libzip index of an entry.
    func entryIndex(_ name: String) throws(ReadError) -> UInt64 {
        guard let i = index[Self.key(name)] else { throw ReadError(.missingPart, file: file, part: name) }
        return i
    }

    /// Streams the inflated bytes of an entry to `consume`, 64 KiB at a time, through
    /// libzip, until the entry ends or `consume` returns false (then the rest is neither
    /// inflated nor checked against its declared size).
    func stream(_ name: String,
                _ consume: (UnsafeRawBufferPointer) throws(ReadError) -> Bool) throws(ReadError) {
        let i = try entryIndex(name)
        var st = zip_stat_t()
        zip_stat_init(&st)
        guard zip_stat_index(archive, i, 0, &st) == 0 else {
            throw ReadError(.corruptEntry, file: file, part: name, detail: lastError())
        }
        if (st.valid & UInt64(ZIP_STAT_ENCRYPTION_METHOD)) != 0, st.encryption_method != UInt16(ZIP_EM_NONE) {
            throw ReadError(.encrypted, file: file, part: name)
        }
        let compressed = (st.valid & UInt64(ZIP_STAT_COMP_SIZE)) != 0 ? Int(clamping: st.comp_size) : 0
        let declared = (st.valid & UInt64(ZIP_STAT_SIZE)) != 0 ? Int(clamping: st.size) : Int.max
        guard let zf = zip_fopen_index(archive, i, 0) else {
            throw ReadError(.corruptEntry, file: file, part: name, detail: lastError())
        }
        defer { zip_fclose(zf) }
        var inflated = 0
        while true {
            let n = zip_fread(zf, chunk.baseAddress, UInt64(chunk.count))
            if n < 0 {
                let message = String(cString: zip_error_strerror(zip_file_get_error(zf)))
                throw ReadError(.corruptEntry, file: file, part: name, detail: message)
            }
            if n == 0 { break }
            inflated += Int(n)
            totalInflated += Int(n)
            if let error = boundError(inflated: inflated, total: totalInflated, declared: declared,
                                      compressed: compressed, part: name) {
                throw error
            }
            // The consumer may stop early: the rest of the entry is not inflated.
            guard try consume(UnsafeRawBufferPointer(rebasing: chunk[0..<Int(n)])) else { return }
        }
        if declared != Int.max, inflated != declared {
            throw ReadError(.corruptEntry, file: file, part: name,
                            detail: "\(inflated) bytes, declared \(declared)")
        }
    }

    /// The first bound that `inflated` bytes of one entry (and `total` of the archive) pass,
    /// checked in this order: the declared size, the archive total, the entry size, the ratio.
    func boundError(inflated: Int, total: Int, declared: Int, compressed: Int, part: String) -> ReadError? {
        if inflated > declared {
            return ReadError(.corruptEntry, file: file, part: part,
                             detail: "inflates past its declared size of \(declared) bytes")
        }
        if total > limits.maxTotalInflatedBytes {
            return ReadError(.archiveTooLarge, file: file, part: part, detail: "> \(limits.maxTotalInflatedBytes) bytes")
        }
        if inflated > limits.maxEntryBytes {
            return ReadError(.entryTooLarge, file: file, part: part, detail: "> \(limits.maxEntryBytes) bytes")
        }
        if inflated > limits.ratioFloorBytes, inflated / max(compressed, 1) > limits.maxCompressionRatio {
            return ReadError(.compressionRatio, file: file, part: part, detail: "\(inflated) / \(compressed) bytes")
        }
        return nil
    }

    /// The whole inflated entry (for small parts such as rels and app.xml).
    func read(_ name: String) throws(ReadError) -> [UInt8] {
        try withEntry(name) { (bytes: UnsafeBufferPointer<UInt8>) throws(ReadError) -> [UInt8] in Array(bytes) }
    }

    func lastError() -> String { String(cString: zip_error_strerror(zip_get_error(archive))) }
}
