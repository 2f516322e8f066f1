import Testing
@testable import SheetReaders

/// Truncated, bit-flipped and byte-shuffled variants of real files never crash or hang:
/// each either reads or throws a `ReadError`.
@Suite struct MutationTests {
    /// A small deterministic generator (xorshift), so failures replay.
    struct XorShift: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state ^= state << 13; state ^= state >> 7; state ^= state << 17
            return state
        }
    }

    @Test(arguments: ["producers/xlsxwriter.xlsx", "producers/libreoffice.xlsx", "quirks/shared-strings.xlsx",
                      "producers/utf16le-tab.txt", "producers/cp1258.csv",
                      "../formats/producers/libreoffice.ods", "../formats/producers/libreoffice.fods",
                      "../formats/producers/libreoffice.xls", "../formats/quirks/values.ods",
                      "../formats/quirks/values.xls", "../formats/quirks/biff5-cp1258.xls"])
    func mutatedFilesNeverCrash(_ name: String) throws {
        let original = try #require(FileManagerBytes.load(Fixtures.path(name)))
        var rng = XorShift(state: 0x9E37_79B9_7F4A_7C15)
        var read = 0, refused = 0
        for round in 0..<300 {
            var bytes = original
            switch round % 3 {
            case 0:  // flip a few bits
                for _ in 0..<(1 + round % 5) {
                    let i = Int.random(in: 0..<bytes.count, using: &rng)
                    bytes[i] ^= UInt8(1 << Int.random(in: 0..<8, using: &rng))
                }
            case 1:  // truncate
                bytes.removeLast(Int.random(in: 1..<bytes.count, using: &rng))
            default:  // overwrite a run with random bytes
                let start = Int.random(in: 0..<bytes.count, using: &rng)
                for i in start..<min(bytes.count, start + 16) { bytes[i] = UInt8.random(in: 0...255, using: &rng) }
            }
            do {
                _ = try SheetReader.read(data: bytes, name: name)
                read += 1
            } catch {
                #expect(!error.vi.isEmpty)
                refused += 1
            }
        }
        #expect(read + refused == 300)
        #expect(refused > 0 || name.hasSuffix(".csv") || name.hasSuffix(".txt"))
    }
}
