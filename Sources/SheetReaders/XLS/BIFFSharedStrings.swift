/// The shared-string table of a BIFF8 workbook: the SST record (0x00FC) and the CONTINUE
/// records (0x003C) after it, decoded once; LABELSST cells name a string by its index.
///
/// The SST holds the total and unique counts, then the unique strings one after another,
/// each with its character count, option flags, run count and phonetic size as the flags
/// announce, characters (restating their width after a CONTINUE boundary), then formatting
/// runs and phonetic block, skipped. Every length is checked against the bytes left before
/// it is read: a string that runs past the last CONTINUE record is a `.corruptXLS` naming
/// it, never a short or shifted string. The declared count and the decoded text are
/// bounded by `ReadLimits`. Text is NFC.
struct BIFFSharedStrings {
    private(set) var strings: [String] = []

    /// No strings (a workbook without an SST record).
    init() {}

    /// Decodes an SST record's data and its CONTINUE records.
    init(_ sst: ArraySlice<UInt8>, continues: [ArraySlice<UInt8>], file: String, limits: ReadLimits) throws(ReadError) {
        let declared = Int(sst.u32(4))
        guard declared <= limits.maxSharedStrings else {
            throw ReadError(.tooManySharedStrings, file: file, detail: "\(declared) shared strings")
        }
        var cursor = BIFFCursor(sst.from(8), continues: continues)
        // Every string takes at least 3 bytes (count and flags).
        strings.reserveCapacity(min(declared, cursor.remaining / 3))
        var bytes = 0
        for index in 0..<declared {
            // A table that ends between two strings holds fewer than it declares: a cell that
            // names a missing one is refused where it is read.
            guard cursor.remaining > 0 else { break }
            let text: String
            do {
                text = try cursor.richString(count: try cursor.u16())
            } catch {
                throw ReadError(.corruptXLS, file: file, detail: Self.detail(error, index: index, inContinue: cursor.inContinue))
            }
            bytes += text.utf8.count
            guard bytes <= limits.maxSharedStringBytes else {
                throw ReadError(.tooManySharedStrings, file: file, detail: "> \(limits.maxSharedStringBytes) bytes of shared strings")
            }
            strings.append(Text.nfc(text))
        }
    }

    /// The string at a LABELSST index, nil past the end of the table.
    subscript(index: Int) -> String? { index >= 0 && index < strings.count ? strings[index] : nil }

    var count: Int { strings.count }

    private static func detail(_ short: BIFFCursor.Short, index: Int, inContinue: Bool) -> String {
        let record = inContinue ? "its CONTINUE record" : "the SST record"
        switch short {
        case .field: return "shared string \(index): its header runs past \(record)"
        case .characters: return "shared string \(index) runs past \(record)"
        case .runs(let n): return "shared string \(index): its \(n) formatting runs go past \(record)"
        case .phonetic(let n): return "shared string \(index): its phonetic block of \(n) bytes goes past \(record)"
        }
    }
}
