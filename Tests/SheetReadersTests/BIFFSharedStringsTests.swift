import Testing
@testable import SheetReaders

/// The shared-string decoder on bytes built here: every cut of a CONTINUE record ends in
/// the strings before the cut or a `.corruptXLS` naming the string, never a wrong string.
@Suite struct BIFFSharedStringsTests {
    /// "Tên" (16-bit), then "đơn vị dài" (16-bit) split after 4 characters, its CONTINUE
    /// restating 16-bit, then "x" (8-bit) in the CONTINUE.
    static let sst: [UInt8] = [3, 0, 0, 0, 3, 0, 0, 0] + [3, 0, 1] + utf16("Tên") + [10, 0, 1] + utf16("đơn ")
    static let continuation: [UInt8] = [1] + utf16("vị dài") + [1, 0, 0, UInt8(ascii: "x")]

    static func utf16(_ s: String) -> [UInt8] { s.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] } }

    static func decode(_ sst: [UInt8], _ continues: [[UInt8]] = [],
                       limits: ReadLimits = .standard) throws(ReadError) -> [String] {
        try BIFFSharedStrings(sst[...], continues: continues.map { $0[...] }, file: "t.xls", limits: limits).strings
    }

    @Test func decodesAcrossTheBoundary() throws {
        #expect(try Self.decode(Self.sst, [Self.continuation]) == ["Tên", "đơn vị dài", "x"])
    }

    @Test func everyCutOfTheContinueRecord() throws {
        let rest = 1 + 2 * 6  // flags byte and the 6 characters of string 1
        for cut in 0..<Self.continuation.count {
            let piece = Array(Self.continuation.prefix(cut))
            do {
                let strings = try Self.decode(Self.sst, [piece])
                #expect(cut == rest, "cut \(cut): read \(strings)")
                #expect(strings == ["Tên", "đơn vị dài"], "cut \(cut): the strings before the cut")
            } catch {
                #expect(cut != rest, "cut \(cut): \(error)")
                #expect(error.code == .corruptXLS && error.file == "t.xls")
                let detail = try #require(error.detail)
                if cut < rest {
                    #expect(detail == "shared string 1 runs past " + (cut == 0 ? "the SST record" : "its CONTINUE record"))
                } else {
                    #expect(detail.hasPrefix("shared string 2"), "cut \(cut): \(detail)")
                }
            }
        }
    }

    /// Runs and phonetic blocks are skipped by their declared sizes, across the boundary.
    @Test func runsAndPhoneticBlocksAreSkipped() throws {
        // "a": rich (2 runs) and phonetic (5 bytes: a string header "b" inside), then "c".
        let head: [UInt8] = [2, 0, 0, 0, 2, 0, 0, 0] + [1, 0, 0x0C, 2, 0, 5, 0, 0, 0, UInt8(ascii: "a")] + [0, 0, 1, 0, 1, 0]
        let tail: [UInt8] = [0, 0] + [1, 0, 0, UInt8(ascii: "b"), 0] + [1, 0, 0, UInt8(ascii: "c")]
        #expect(try Self.decode(head, [tail]) == ["a", "c"])
        do {
            _ = try Self.decode(head, [Array(tail.prefix(4))])
            Issue.record("read a phonetic block past the end")
        } catch {
            #expect(error.detail == "shared string 0: its phonetic block of 5 bytes goes past its CONTINUE record")
        }
        do {
            _ = try Self.decode(Array(head.prefix(20)))
            Issue.record("read formatting runs past the end")
        } catch {
            #expect(error.detail == "shared string 0: its 2 formatting runs go past the SST record")
        }
    }

    @Test func boundedByTheLimits() throws {
        var limits = ReadLimits.standard
        limits.maxSharedStrings = 2
        #expect(throws: ReadError(.tooManySharedStrings, file: "t.xls", detail: "3 shared strings")) {
            try Self.decode(Self.sst, [Self.continuation], limits: limits)
        }
        limits = .standard
        limits.maxSharedStringBytes = 10
        do {
            _ = try Self.decode(Self.sst, [Self.continuation], limits: limits)
            Issue.record("read past the byte limit")
        } catch {
            #expect(error.code == .tooManySharedStrings)
        }
    }

    @Test func indexesPastTheTableAreNil() throws {
        let table = try BIFFSharedStrings(Self.sst[...], continues: [Self.continuation[...]], file: "t.xls", limits: .standard)
        #expect(table[2] == "x")
        #expect(table[3] == nil)
        #expect(table[-1] == nil)
    }
}
