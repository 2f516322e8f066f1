import Testing
@testable import SheetReaders

/// Every hostile or unsupported file ends in a typed error (its wording is the message
/// catalog's, tested in PipelineTests/ReadErrorWordingTests; the .xls and .ods formats,
/// read since, have their own hostile files: FormatHostileTests).
@Suite struct HostileTests {
    static let cases: [(String, ReadError.Code)] = [
        ("truncated.xlsx", .corruptZip),
        ("not-a-zip.xlsx", .unknownFormat),
        ("empty.xlsx", .emptyFile),
        ("zip-bomb.xlsx", .compressionRatio),
        ("lying-sizes.xlsx", .corruptEntry),
        ("billion-laughs.xlsx", .xmlDTD),
        ("external-entity.xlsx", .xmlDTD),
        ("dtd-in-shared-strings.xlsx", .xmlDTD),
        ("shared-string-out-of-range.xlsx", .sharedStringIndex),
        ("far-cell-XFD1048576.xlsx", .extentTooLarge),
        ("deep-xml.xlsx", .xmlTooDeep),
        ("duplicate-entries.xlsx", .duplicateEntry),
        ("path-traversal.xlsx", .unsafeEntryName),
        ("encrypted.xlsx", .encrypted),
        ("web-page.xls", .htmlAsXLS),
        ("lossy-cp1258.csv", .lossyEncoding),
    ]

    @Test(arguments: cases)
    func refusedWithTypedError(_ name: String, _ code: ReadError.Code) {
        let path = Fixtures.path("hostile/" + name)
        do {
            let result = try SheetReader.read(contentsOf: path)
            Issue.record("\(name) was read (\(result.grid.sheets.count) sheets), expected \(code.rawValue)")
        } catch {
            #expect(error.code == code, "\(name): \(error)")
            #expect(error.file == path)
        }
    }

    @Test func zipBombStopsOnEntryLimitWithoutRatioCheck() {
        var limits = ReadLimits.standard
        limits.maxCompressionRatio = .max
        limits.maxEntryBytes = 8 << 20
        #expect(throws: ReadError.self) {
            try SheetReader.read(contentsOf: Fixtures.path("hostile/zip-bomb.xlsx"), options: ReadOptions(limits: limits))
        }
        do {
            _ = try SheetReader.read(contentsOf: Fixtures.path("hostile/zip-bomb.xlsx"), options: ReadOptions(limits: limits))
        } catch {
            #expect(error.code == .entryTooLarge)
        }
    }

    @Test func fileSizeLimit() {
        var limits = ReadLimits.standard
        limits.maxFileBytes = 1000
        do {
            _ = try SheetReader.read(contentsOf: Fixtures.path("producers/xlsxwriter.xlsx"), options: ReadOptions(limits: limits))
            Issue.record("read a file above the size limit")
        } catch {
            #expect(error.code == .fileTooLarge)
        }
    }

    @Test func cellLimits() {
        var limits = ReadLimits.standard
        limits.maxCellsPerSheet = 10
        do {
            _ = try SheetReader.read(contentsOf: Fixtures.path("producers/xlsxwriter.xlsx"), options: ReadOptions(limits: limits))
            Issue.record("read past the cell limit")
        } catch {
            #expect(error.code == .tooManyCells)
            #expect(error.sheet == "Bảng tự chấm")
            #expect(error.cell != nil)
        }
    }

    @Test func sharedStringLimit() {
        var limits = ReadLimits.standard
        limits.maxSharedStrings = 3
        do {
            _ = try SheetReader.read(contentsOf: Fixtures.path("quirks/shared-strings.xlsx"), options: ReadOptions(limits: limits))
            Issue.record("read past the shared string limit")
        } catch {
            #expect(error.code == .tooManySharedStrings)
            #expect(error.part == "xl/sharedStrings.xml")
        }
    }

    @Test func missingFileIsIOError() {
        do {
            _ = try SheetReader.read(contentsOf: Fixtures.path("no-such-file.xlsx"))
            Issue.record("read a missing file")
        } catch {
            #expect(error.code == .ioError)
        }
    }
}
