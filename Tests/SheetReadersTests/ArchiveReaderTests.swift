import Foundation
import Testing
@testable import SheetReaders

/// Archives of files (ZIP through libzip, RAR and 7z through libarchive) are told from
/// workbook packages by content, listed in order and read in memory under the limits.
@Suite struct ArchiveReaderTests {
    private func entries(_ name: String) throws -> (FileFormat, [String], [Int]) {
        let bytes = try #require(FileManagerBytes.load(FormatFixtures.path("archives/" + name)))
        let archive = try #require(try FileArchive.open(bytes, name: name, limits: .standard))
        var names: [String] = [], sizes: [Int] = []
        try archive.forEach { (entry, read) throws(ReadError) in
            guard !entry.isDirectory else { return }
            names.append(entry.name)
            sizes.append(try read().count)
        }
        return (archive.format, names, sizes)
    }

    @Test(arguments: [("two-submissions.zip", FileFormat.zip), ("two-submissions.rar", .rar), ("two-submissions.7z", .sevenZip)])
    func listsAndReadsEveryEntry(_ name: String, _ format: FileFormat) throws {
        let (got, names, sizes) = try entries(name)
        #expect(got == format)
        #expect(names.contains { $0.hasSuffix("DB01 - Đảng bộ Công an huyện.xlsx") || $0 == "DB01.xlsx" }, "\(names)")
        #expect(sizes.allSatisfy { $0 > 0 })
        let db01 = try #require(FileManagerBytes.load(Fixtures.path("../../../Samples/inbox/DB01 - Đảng bộ Công an huyện.xlsx")))
        #expect(sizes.contains(db01.count), "an entry's bytes are the file that was packed")
    }

    @Test func workbooksAreNotArchives() throws {
        for path in [FormatFixtures.path("producers/libreoffice.ods"), Fixtures.path("producers/libreoffice.xlsx"),
                     FormatFixtures.path("producers/libreoffice.xls")] {
            let bytes = try #require(FileManagerBytes.load(path))
            #expect(try FileArchive.open(bytes, name: path, limits: .standard) == nil, "\(path)")
        }
        let zip = try #require(FileManagerBytes.load(FormatFixtures.path("archives/two-submissions.zip")))
        do {
            _ = try SheetReader.read(data: zip, name: "bai-nop.zip")
            Issue.record("an archive of files was read as one workbook")
        } catch {
            #expect(error.code == .archive)
        }
        #expect(zip.withUnsafeBytes { SheetReader.sniffFormat($0) } == .zip)
    }

    @Test func encryptedEntryIsATypedError() throws {
        let bytes = try #require(FileManagerBytes.load(FormatFixtures.path("archives/encrypted-entry.zip")))
        let archive = try #require(try FileArchive.open(bytes, name: "e.zip", limits: .standard))
        do {
            try archive.forEach { (_, read) throws(ReadError) in _ = try read() }
            Issue.record("read an encrypted entry")
        } catch {
            #expect(error.code == .encrypted)
            #expect(error.part == "DB01.xlsx")
        }
    }

    @Test func inflatedBytesAreBounded() throws {
        var limits = ReadLimits.standard
        limits.maxTotalInflatedBytes = 20_000
        for name in ["two-submissions.zip", "two-submissions.rar", "two-submissions.7z"] {
            let bytes = try #require(FileManagerBytes.load(FormatFixtures.path("archives/" + name)))
            let archive = try #require(try FileArchive.open(bytes, name: name, limits: limits))
            do {
                try archive.forEach { (_, read) throws(ReadError) in _ = try read() }
                Issue.record("\(name): read past the total limit")
            } catch {
                #expect(error.code == .archiveTooLarge, "\(name): \(error)")
            }
        }
    }

    /// What a mutated archive gave: refused (the code), not taken for an archive (what
    /// reading it as a spreadsheet gave), or each entry with what reading it gave.
    enum ArchiveOutcome: Equatable {
        case refused(ReadError.Code)
        case notAnArchive(MutationTests.Outcome)
        case entries([String], [MutationTests.Outcome])
    }

    static func outcome(_ bytes: [UInt8], name: String) -> ArchiveOutcome {
        do {
            guard let archive = try FileArchive.open(bytes, name: name, limits: .standard) else {
                return .notAnArchive(MutationTests.outcome(bytes, name: name))
            }
            var names: [String] = [], outcomes: [MutationTests.Outcome] = []
            try archive.forEach { (entry, read) throws(ReadError) in
                guard !entry.isDirectory else { return }
                names.append(entry.name)
                outcomes.append(MutationTests.outcome(try read(), name: entry.name))
            }
            return .entries(names, outcomes)
        } catch {
            #expect(error.file == name, "the error names the archive")
            return .refused(error.code)
        }
    }

    /// Each mutant is refused with a typed error naming the archive, or lists entries that
    /// each read into a sound grid or a typed error naming the entry (`MutationTests`
    /// checks both); the same bytes give the same outcome; a cut ZIP (its central
    /// directory is at the end) never lists entries.
    @Test(arguments: ["two-submissions.zip", "two-submissions.rar", "two-submissions.7z"])
    func mutatedArchivesEndInATypedErrorOrEntries(_ name: String) throws {
        let original = try #require(FileManagerBytes.load(FormatFixtures.path("archives/" + name)))
        guard case .entries(let names, let read) = Self.outcome(original, name: name) else {
            Issue.record("\(name): the original was not read")
            return
        }
        let workbooks = zip(names, read).filter { $0.0.hasSuffix(".xlsx") }
        #expect(workbooks.count == 2 && workbooks.allSatisfy { if case .read = $0.1 { true } else { false } }, "\(names)")
        var rng = MutationTests.XorShift(state: 0x2545_F491_4F6C_DD1D)
        var refused = 0
        for round in 0..<150 {
            var bytes = original
            let truncated = round % 2 == 1
            if truncated {
                bytes.removeLast(Int.random(in: 1..<bytes.count, using: &rng))
            } else {
                for _ in 0..<(1 + round % 4) {
                    let i = Int.random(in: 0..<bytes.count, using: &rng)
                    bytes[i] ^= UInt8(1 << Int.random(in: 0..<8, using: &rng))
                }
            }
            let outcome = Self.outcome(bytes, name: name)
            #expect(Self.outcome(bytes, name: name) == outcome, "\(name) round \(round): the same bytes read the same")
            switch outcome {
            case .refused(let code):
                refused += 1
                #expect(MutationTests.workbookCodes.contains(code), "\(name) round \(round): \(code.rawValue)")
            case .notAnArchive(let read):
                if case .read = read { Issue.record("\(name) round \(round): a damaged archive read as a spreadsheet") }
            case .entries(let listed, _):
                #expect(!(truncated && name.hasSuffix(".zip")), "\(name) round \(round): a cut ZIP listed \(listed)")
            }
        }
        #expect(refused > 0, "\(name): no mutant was refused")
    }
}
