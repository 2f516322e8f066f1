/// A read-only view of an OLE2 compound file (MS-CFB) in memory: enough to find a stream
/// by name and return its bytes. Every offset and chain is checked against the buffer, and
/// chains are bounded by the number of sectors, so a damaged or hostile file ends in a
/// typed error, never a crash or a loop.
struct CompoundFile {
    private let bytes: [UInt8]
    private let file: String
    private let sectorSize: Int
    private let miniCutoff: Int
    private var fat: [UInt32] = []
    private var miniFAT: [UInt32] = []
    private var miniStream: [UInt8] = []
    /// Directory entries: name, type (2 = stream, 5 = root), start sector, size.
    private(set) var entries: [(name: String, type: UInt8, start: UInt32, size: Int)] = []

    private static let endOfChain: UInt32 = 0xFFFF_FFFE
    private static let freeSector: UInt32 = 0xFFFF_FFFF

    /// Parses the header, the FAT, the directory and the mini stream.
    init(_ bytes: [UInt8], file: String) throws(ReadError) {
        self.bytes = bytes
        self.file = file
        guard bytes.count >= 512, Self.u16(bytes, 0x1C) == 0xFFFE else { throw Self.damaged(file, "header") }
        let shift = Int(Self.u16(bytes, 0x1E) ?? 0)
        guard shift == 9 || shift == 12 else { throw Self.damaged(file, "sector size 2^\(shift)") }
        sectorSize = 1 << shift
        miniCutoff = Int(Self.u32(bytes, 0x38) ?? 4096)
        try readFAT()
        let directory = try chain(from: Self.u32(bytes, 0x30) ?? Self.endOfChain, in: fat, limit: bytes.count)
        for offset in stride(from: 0, to: directory.count - 127, by: 128) {
            let length = Int(Self.u16(directory, offset + 64) ?? 0)
            let type = directory[offset + 66]
            guard type == 2 || type == 5, length >= 2, length <= 64 else { continue }
            var units: [UInt16] = []
            for k in stride(from: 0, to: length - 2, by: 2) { units.append(Self.u16(directory, offset + k) ?? 0) }
            let size = Int(Self.u32(directory, offset + 120) ?? 0)
            entries.append((String(decoding: units, as: UTF16.self), type, Self.u32(directory, offset + 116) ?? 0, size))
        }
        if let root = entries.first(where: { $0.type == 5 }), root.size > 0 {
            miniFAT = Self.words(try chain(from: Self.u32(bytes, 0x3C) ?? Self.endOfChain, in: fat, limit: bytes.count))
            miniStream = try chain(from: root.start, in: fat, limit: root.size)
        }
    }

    /// The FAT: its sectors are listed in the header (109) and in the DIFAT chain.
    private mutating func readFAT() throws(ReadError) {
        var sectors: [UInt32] = []
        for k in 0..<109 { if let s = Self.u32(bytes, 0x4C + 4 * k), s < Self.endOfChain - 2 { sectors.append(s) } }
        var next = Self.u32(bytes, 0x44) ?? Self.endOfChain
        var hops = 0
        let perSector = sectorSize / 4
        while next < Self.endOfChain - 2 {
            hops += 1
            guard hops <= bytes.count / sectorSize, let base = offset(of: next) else { throw Self.damaged(file, "DIFAT") }
            for k in 0..<(perSector - 1) {
                if let s = Self.u32(bytes, base + 4 * k), s < Self.endOfChain - 2 { sectors.append(s) }
            }
            next = Self.u32(bytes, base + 4 * (perSector - 1)) ?? Self.endOfChain
        }
        guard sectors.count <= bytes.count / sectorSize + 1 else { throw Self.damaged(file, "FAT size") }
        fat.reserveCapacity(sectors.count * perSector)
        for s in sectors {
            guard let base = offset(of: s) else { throw Self.damaged(file, "FAT sector \(s)") }
            for k in 0..<perSector { fat.append(Self.u32(bytes, base + 4 * k) ?? Self.freeSector) }
        }
    }

    /// The bytes of the first stream with one of `names` (case-insensitive), nil when absent.
    func stream(named names: [String]) throws(ReadError) -> [UInt8]? {
        let wanted = Set(names.map { $0.lowercased() })
        guard let e = entries.first(where: { $0.type == 2 && wanted.contains($0.name.lowercased()) }) else { return nil }
        if e.size < miniCutoff {
            let data = try Self.chain(from: e.start, in: miniFAT, sector: 64, limit: e.size, file: file) { s in
                let start = Int(s) * 64
                return start + 64 <= miniStream.count ? Array(miniStream[start..<(start + 64)]) : nil
            }
            guard data.count >= e.size else { throw Self.damaged(file, "mini stream of \(e.name)") }
            return data
        }
        guard e.size <= bytes.count else { throw Self.damaged(file, "size of \(e.name)") }
        let data = try chain(from: e.start, in: fat, limit: e.size)
        guard data.count >= e.size else { throw Self.damaged(file, "stream \(e.name) ends early") }
        return data
    }

    /// True when a stream with this name exists.
    func contains(_ name: String) -> Bool { entries.contains { $0.type == 2 && $0.name.lowercased() == name.lowercased() } }

    private func offset(of sector: UInt32) -> Int? {
        let start = (Int(sector) + 1) * sectorSize
        return start + sectorSize <= bytes.count ? start : nil
    }

    private func chain(from start: UInt32, in table: [UInt32], limit: Int) throws(ReadError) -> [UInt8] {
        try Self.chain(from: start, in: table, sector: sectorSize, limit: limit, file: file) { s in
            let begin = (Int(s) + 1) * sectorSize
            guard begin < bytes.count else { return nil }
            return Array(bytes[begin..<min(bytes.count, begin + sectorSize)])  // a short last sector is allowed
        }
    }

    /// Follows a sector chain, at most `limit` bytes and never more hops than the table has entries.
    private static func chain(from start: UInt32, in table: [UInt32], sector: Int, limit: Int, file: String,
                              read: (UInt32) -> [UInt8]?) throws(ReadError) -> [UInt8] {
        var out: [UInt8] = []
        var next = start
        var hops = 0
        while next != endOfChain, out.count < limit {
            hops += 1
            guard hops <= table.count, Int(next) < table.count, let data = read(next) else {
                throw damaged(file, "sector chain")
            }
            out += data
            next = table[Int(next)]
        }
        if out.count > limit { out.removeLast(out.count - limit) }
        return out
    }

    private static func damaged(_ file: String, _ what: String) -> ReadError {
        ReadError(.corruptXLS, file: file, detail: "compound file: " + what)
    }

    static func u16(_ b: [UInt8], _ i: Int) -> UInt16? {
        guard i >= 0, i + 2 <= b.count else { return nil }
        return UInt16(b[i]) | UInt16(b[i + 1]) << 8
    }

    static func u32(_ b: [UInt8], _ i: Int) -> UInt32? {
        guard i >= 0, i + 4 <= b.count else { return nil }
        return UInt32(b[i]) | UInt32(b[i + 1]) << 8 | UInt32(b[i + 2]) << 16 | UInt32(b[i + 3]) << 24
    }

    private static func words(_ b: [UInt8]) -> [UInt32] {
        stride(from: 0, to: b.count - 3, by: 4).map { u32(b, $0)! }
    }
}
