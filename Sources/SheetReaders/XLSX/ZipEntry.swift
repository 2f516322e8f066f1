import CDeflate
import CZip

/// A growable byte buffer owned by its user (freed explicitly), reused across entries.
struct ByteBuffer {
    private(set) var base: UnsafeMutablePointer<UInt8>?
    private(set) var capacity = 0

    /// Makes room for `count` bytes (old contents are not kept).
    mutating func reserve(_ count: Int) -> UnsafeMutablePointer<UInt8> {
        if count > capacity || base == nil {
            base?.deallocate()
            capacity = max(count, 1)
            base = UnsafeMutablePointer<UInt8>.allocate(capacity: capacity)
        }
        return base!
    }

    mutating func free() {
        base?.deallocate()
        base = nil
        capacity = 0
    }
}

extension ZipArchive {
    /// Calls `body` with the whole inflated entry (valid only during the call, and followed
    /// by a NUL byte, which `XMLScanner` relies on).
    ///
    /// Deflated and stored entries: the raw data comes from libzip (`ZIP_FL_COMPRESSED`),
    /// libdeflate inflates it into a buffer no larger than the smallest bound (declared
    /// size, archive total, entry size, ratio) rounded up to the next 64 KiB chunk, and
    /// the bounds are checked chunk by chunk as `stream` does, so a file gets the same
    /// error either way; then the size and the CRC-32. Any other entry streams through libzip.
    func withEntry<R>(_ name: String,
                      _ body: (UnsafeBufferPointer<UInt8>) throws(ReadError) -> R) throws(ReadError) -> R {
        let i = try entryIndex(name)
        var st = zip_stat_t()
        zip_stat_init(&st)
        guard zip_stat_index(archive, i, 0, &st) == 0 else {
            throw ReadError(.corruptEntry, file: file, part: name, detail: lastError())
        }
        let needed = UInt64(ZIP_STAT_SIZE | ZIP_STAT_COMP_SIZE | ZIP_STAT_CRC | ZIP_STAT_COMP_METHOD
                            | ZIP_STAT_ENCRYPTION_METHOD)
        let method = Int32(st.comp_method)
        guard st.valid & needed == needed, st.encryption_method == UInt16(ZIP_EM_NONE),
              method == ZIP_CM_DEFLATE || method == ZIP_CM_STORE,
              st.comp_size <= UInt64(storage.count), st.size <= UInt64(Int.max / 2) else {
            return try streamed(name, body)
        }
        let compressed = Int(st.comp_size), declared = Int(st.size)
        let raw = try readRaw(i, count: compressed, part: name)

        // The largest size every bound allows; the buffer holds one chunk more, so an
        // entry that passes a bound is seen to pass it at the same chunk as when streamed.
        let ratioCap: Int = {
            let (product, overflow) = (limits.maxCompressionRatio &+ 1).multipliedReportingOverflow(by: max(compressed, 1))
            return overflow || limits.maxCompressionRatio == .max ? .max : max(limits.ratioFloorBytes, product - 1)
        }()
        let cap = min(declared, limits.maxTotalInflatedBytes - totalInflated, limits.maxEntryBytes, ratioCap)
        let size: Int
        var full = false
        if method == ZIP_CM_STORE {
            size = compressed
        } else {
            // DEFLATE never expands more than 1032:1, which also bounds the buffer when
            // the limits are lifted.
            let chunks = (max(cap, 0) / Self.chunkSize + 1).multipliedReportingOverflow(by: Self.chunkSize)
            let most = compressed.multipliedReportingOverflow(by: 1033)
            let room = min(chunks.overflow ? Int.max : chunks.partialValue,
                           most.overflow ? Int.max : most.partialValue + Self.chunkSize)
            let out = outBuffer.reserve(room + 1)
            if decompressor == nil { decompressor = libdeflate_alloc_decompressor() }
            guard let decompressor else {
                throw ReadError(.corruptEntry, file: file, part: name, detail: "libdeflate_alloc_decompressor failed")
            }
            var actual = 0
            let result = libdeflate_deflate_decompress(decompressor, raw, compressed, out, room, &actual)
            switch result {
            case LIBDEFLATE_SUCCESS: size = actual
            case LIBDEFLATE_INSUFFICIENT_SPACE: size = room; full = true
            default:
                throw ReadError(.corruptEntry, file: file, part: name, detail: "invalid deflate data")
            }
        }
        // Chunk by chunk, as `stream` checks: the first bound passed is the error.
        var inflated = 0
        let start = totalInflated
        while inflated < size {
            inflated = min(inflated + Self.chunkSize, size)
            if let error = boundError(inflated: inflated, total: start + inflated, declared: declared,
                                      compressed: compressed, part: name) {
                throw error
            }
        }
        if full {  // not reached: the buffer ends past the smallest bound
            throw ReadError(.corruptEntry, file: file, part: name, detail: "inflates past \(size) bytes")
        }
        totalInflated = start + size
        if size != declared {
            throw ReadError(.corruptEntry, file: file, part: name, detail: "\(size) bytes, declared \(declared)")
        }
        let terminated = method == ZIP_CM_STORE ? raw : outBuffer.base!
        terminated[size] = 0
        let data = UnsafePointer(terminated)
        let crc = libdeflate_crc32(0, data, size)
        guard crc == st.crc else {
            throw ReadError(.corruptEntry, file: file, part: name, detail: "CRC error")
        }
        return try body(UnsafeBufferPointer(start: data, count: size))
    }

    /// The raw (still compressed) bytes of entry `i`, into `rawBuffer`.
    private func readRaw(_ i: UInt64, count: Int, part: String) throws(ReadError) -> UnsafeMutablePointer<UInt8> {
        let raw = rawBuffer.reserve(count + 1)
        guard let zf = zip_fopen_index(archive, i, zip_flags_t(ZIP_FL_COMPRESSED)) else {
            throw ReadError(.corruptEntry, file: file, part: part, detail: lastError())
        }
        defer { zip_fclose(zf) }
        var done = 0
        while done < count {
            let n = zip_fread(zf, raw + done, UInt64(count - done))
            if n < 0 {
                let message = String(cString: zip_error_strerror(zip_file_get_error(zf)))
                throw ReadError(.corruptEntry, file: file, part: part, detail: message)
            }
            if n == 0 { break }
            done += Int(n)
        }
        guard done == count else {
            throw ReadError(.corruptEntry, file: file, part: part, detail: "\(done) of \(count) compressed bytes")
        }
        return raw
    }

    /// `withEntry` through libzip's own streaming, for entries the fast path does not take.
    private func streamed<R>(_ name: String,
                             _ body: (UnsafeBufferPointer<UInt8>) throws(ReadError) -> R) throws(ReadError) -> R {
        var out: [UInt8] = []
        try stream(name) { (bytes: UnsafeRawBufferPointer) throws(ReadError) -> Bool in
            out.append(contentsOf: bytes)
            return true
        }
        out.append(0)
        return try out.withBuffer { (b) throws(ReadError) -> R in
            try body(UnsafeBufferPointer(rebasing: b[..<(b.count - 1)]))
        }
    }
}
