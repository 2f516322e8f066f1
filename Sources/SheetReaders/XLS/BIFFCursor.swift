/// Reads a record's data and the CONTINUE records after it as one run of bytes, each read
/// checked against what is left.
///
/// Integers, formatting runs and phonetic blocks run on from one piece into the next as if
/// the pieces were joined. Characters do not: when a string's characters run on into a
/// CONTINUE record, that record's first byte restates whether the rest are 8-bit or 16-bit
/// (MS-XLS 2.5.293, XLUnicodeRichExtendedString).
struct BIFFCursor {
    /// What ran past the last piece.
    enum Short: Error, Equatable {
        /// An integer field (a length, the option flags, a count).
        case field
        /// The characters of a string.
        case characters
        /// `count` formatting runs of 4 bytes each.
        case runs(Int)
        /// A phonetic block of `bytes` bytes.
        case phonetic(Int)
    }

    private let pieces: [ArraySlice<UInt8>]
    /// Bytes in the pieces after piece k.
    private let after: [Int]
    private var piece = 0
    private var at: Int

    init(_ data: ArraySlice<UInt8>, continues: [ArraySlice<UInt8>] = []) {
        pieces = [data] + continues
        var after = [Int](repeating: 0, count: pieces.count)
        for k in stride(from: pieces.count - 2, through: 0, by: -1) { after[k] = after[k + 1] + pieces[k + 1].count }
        self.after = after
        at = data.startIndex
    }

    /// Bytes not read yet, in this piece and the ones after it.
    var remaining: Int { pieces[piece].endIndex - at + after[piece] }

    /// True once the cursor has moved past the first piece into a CONTINUE record.
    var inContinue: Bool { piece > 0 }

    /// Moves past the end of the current piece (and any empty ones) when there is a next.
    private mutating func nextPieceIfAtEnd() {
        while at == pieces[piece].endIndex, piece + 1 < pieces.count {
            piece += 1
            at = pieces[piece].startIndex
        }
    }

    mutating func u8() throws(Short) -> Int {
        nextPieceIfAtEnd()
        guard at < pieces[piece].endIndex else { throw .field }
        defer { at += 1 }
        return Int(pieces[piece][at])
    }

    mutating func u16() throws(Short) -> Int { try u8() | (try u8()) << 8 }

    mutating func u32() throws(Short) -> Int { try u16() | (try u16()) << 16 }

    /// Skips `count` bytes, or throws `short` (and moves nowhere) when fewer are left.
    mutating func skip(_ count: Int, or short: Short) throws(Short) {
        guard count <= remaining else { throw short }
        var left = count
        while left > 0 {
            nextPieceIfAtEnd()
            let n = min(left, pieces[piece].endIndex - at)
            at += n
            left -= n
        }
    }

    /// `count` characters, 16-bit when `wide`; past the end of a piece the next piece's
    /// first byte says the width of the rest.
    mutating func characters(_ count: Int, wide: Bool) throws(Short) -> String {
        var units: [UInt16] = []
        units.reserveCapacity(min(count, remaining))
        var wide = wide
        while true {
            let data = pieces[piece]
            let n = min(count - units.count, (data.endIndex - at) / (wide ? 2 : 1))
            if wide {
                for k in 0..<n { units.append(UInt16(data[at + 2 * k]) | UInt16(data[at + 2 * k + 1]) << 8) }
                at += 2 * n
            } else {
                for k in 0..<n { units.append(UInt16(data[at + k])) }
                at += n
            }
            if units.count == count { break }
            // A character split between two pieces, or no piece left to hold the rest.
            guard at == data.endIndex, piece + 1 < pieces.count, !pieces[piece + 1].isEmpty else { throw .characters }
            piece += 1
            at = pieces[piece].startIndex
            wide = pieces[piece][at] & 0x01 != 0
            at += 1
        }
        return String(decoding: units, as: UTF16.self)
    }

    /// A BIFF8 unicode string from its option flags on, `count` characters long: the flags
    /// (bit 0: 16-bit, bit 2: phonetic block, bit 3: rich text), the run count and phonetic
    /// size they announce, then the characters. What the counts announce comes after the
    /// characters and is left unread (`richString` skips it).
    mutating func string(count: Int) throws(Short) -> String { try parts(count: count).text }

    /// A shared string (XLUnicodeRichExtendedString) from its option flags on: as `string`,
    /// then its formatting runs and phonetic block skipped by their declared sizes.
    mutating func richString(count: Int) throws(Short) -> String {
        let (text, runs, phonetic) = try parts(count: count)
        try skip(4 * runs, or: .runs(runs))
        try skip(phonetic, or: .phonetic(phonetic))
        return text
    }

    private mutating func parts(count: Int) throws(Short) -> (text: String, runs: Int, phonetic: Int) {
        let flags = try u8()
        let runs = flags & 0x08 != 0 ? try u16() : 0
        let phonetic = flags & 0x04 != 0 ? try u32() : 0
        return (try characters(count, wide: flags & 0x01 != 0), runs, phonetic)
    }
}
