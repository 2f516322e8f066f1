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

    @Test(arguments: ["two-submissions.zip", "two-submissions.rar", "two-submissions.7z"])
    func mutatedArchivesNeverCrash(_ name: String) throws {
        let original = try #require(FileManagerBytes.load(FormatFixtures.path("archives/" + name)))
        var rng = MutationTests.XorShift(state: 0x2545_F491_4F6C_DD1D)
        var outcomes = 0
        for round in 0..<150 {
            var bytes = original
            if round % 2 == 0 {
                for _ in 0..<(1 + round % 4) {
                    let i = Int.random(in: 0..<bytes.count, using: &rng)
                    bytes[i] ^= UInt8(1 << Int.random(in: 0..<8, using: &rng))
                }
            } else {
                bytes.removeLast(Int.random(in: 1..<bytes.count, using: &rng))
            }
            do {
                if let archive = try FileArchive.open(bytes, name: name, limits: .standard) {
                    try archive.forEach { (_, read) throws(ReadError) in _ = try read() }
                }
            } catch {
                #expect(error.file == name)
            }
            outcomes += 1
        }
        #expect(outcomes == 150)
    }
}
