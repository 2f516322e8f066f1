import SheetModel
import Testing
@testable import SheetReaders

/// The scanner/libdeflate reader: fixtures for what it fixed and what it added.
@Suite struct ReaderRewriteTests {
    private func value(_ s: Sheet, _ a1: String) -> CellValue { s[CellRef(a1: a1)!].value }

    /// Issue 8: an openpyxl file whose sheet data ends inside the first 64 KiB of a larger
    /// part used to be refused as corruptEntry ("65536 bytes, declared …").
    @Test func cellOverExcelsLimitIsReadWholeWithANote() throws {
        let result = try #require(Fixtures.read("quirks/long-cell-openpyxl.xlsx"))
        let s = try #require(result.grid.sheets.first)
        guard case .text(let long) = value(s, "B1") else { Issue.record("B1 is not text"); return }
        #expect(long.count == 36_000)
        #expect(value(s, "A39") == .text("Dòng 39"))
        let notes = result.notes.filter { $0.code == .cellTooLong }
        #expect(notes.count == 1)
        #expect(notes.first?.sheet == "Dài" && notes.first?.cell == CellRef(a1: "B1") && notes.first?.detail == "36000")
    }

    /// A consumer that stops early no longer makes the rest of the entry "damaged".
    @Test func streamingStopsEarlyWithoutASizeError() throws {
        let bytes = try #require(FileManagerBytes.load(Fixtures.path("quirks/long-cell-openpyxl.xlsx")))
        let archive = try bytes.withUnsafeBytes { try ZipArchive(bytes: $0, file: "f", limits: .standard) }
        var chunks = 0
        try archive.stream("xl/worksheets/sheet1.xml") { (_: UnsafeRawBufferPointer) throws(ReadError) -> Bool in
            chunks += 1
            return false
        }
        #expect(chunks == 1)
        #expect(archive.totalInflated == ZipArchive.chunkSize)
    }

    /// Issue 10 item 5: `<v/>` and `<v></v>` are empty cells in every cell type.
    @Test func emptyValuesAreEmptyCells() throws {
        let s = try #require(Fixtures.read("quirks/empty-values.xlsx")?.grid.sheets.first)
        for column in ["A", "B", "C", "D", "E", "F", "G"] {
            #expect(value(s, column + "1") == .empty, "\(column)1")
            #expect(value(s, column + "2") == .empty, "\(column)2")
        }
        #expect(value(s, "H1") == .empty)
        #expect(s[CellRef(a1: "H2")!] == Cell(.empty, isFormula: true))
        #expect(value(s, "H3") == .text("có"))
        #expect(s.cellCount == 2)
    }

    /// Issue 10: cells whose font (style or rich-text run) declares TCVN3 or VNI.
    @Test func legacyFontCellsAreRecorded() throws {
        let s = try #require(Fixtures.read("quirks/legacy-fonts.xlsx")?.grid.sheets.first)
        let expected: [String: LegacyFontEncoding] = [
            "A1": .tcvn3,  // shared string, .VnTime style
            "B1": .tcvn3,  // a run names .VnTime in a Unicode style
            "A2": .vni,    // inline string, VNI-Times style
            "D2": .vni,    // a formula's text result
        ]
        #expect(s.legacyFontCells == Dictionary(uniqueKeysWithValues: expected.map { (CellRef(a1: $0.key)!, $0.value) }))
        // C1: runs name Unicode fonts in a .VnTime style; B2, C2: a number and a date; E2: no style.
        #expect(value(s, "C1") == .text("Unicode đúng"))
        #expect(value(s, "C2") == .date(DateTimeValue(year: 2024, month: 1, day: 5)))
    }

    @Test func noLegacyFontsNoEntries() throws {
        for name in ["producers/libreoffice.xlsx", "producers/openpyxl.xlsx", "quirks/shared-strings.xlsx"] {
            let result = try #require(Fixtures.read(name))
            #expect(result.grid.sheets.allSatisfy { $0.legacyFontCells.isEmpty }, "\(name)")
        }
    }

    /// What other writers put in XML reads as it did with expat (values checked against it).
    @Test func xmlSyntaxAsOtherWritersSpellIt() throws {
        let sheets = try #require(Fixtures.read("quirks/xml-syntax.xlsx")?.grid.sheets)
        let s = sheets[0]
        #expect(value(s, "A1") == .text("<a> & \"b\" 'c' \u{1EA1}\u{1EA1}"))
        #expect(value(s, "B1") == .text("<x> & y z"))
        #expect(value(s, "C1") == .text("dòng 1\ndòng 2\ndòng 3\r"))
        #expect(s[CellRef(a1: "D1")!] == Cell(.text("A"), isFormula: true))
        #expect(value(sheets[1], "A1") == .text("café"))
    }

    /// libdeflate's whole-entry path gives the bytes libzip's stream gives, for every entry.
    @Test(arguments: ["producers/xlsxwriter.xlsx", "producers/libreoffice.xlsx", "producers/gnumeric.xlsx",
                      "producers/openpyxl.xlsx", "producers/pandas.xlsx", "quirks/xml-syntax.xlsx",
                      "quirks/long-cell-openpyxl.xlsx", "quirks/strict.xlsx"])
    func wholeEntriesMatchLibzip(_ name: String) throws {
        let bytes = try #require(FileManagerBytes.load(Fixtures.path(name)))
        let archive = try bytes.withUnsafeBytes { try ZipArchive(bytes: $0, file: name, limits: .standard) }
        for entry in archive.entryNames {
            var streamed: [UInt8] = []
            try archive.stream(entry) { (b: UnsafeRawBufferPointer) throws(ReadError) -> Bool in
                streamed.append(contentsOf: b)
                return true
            }
            let whole = try archive.withEntry(entry) { (b: UnsafeBufferPointer<UInt8>) throws(ReadError) -> [UInt8] in
                #expect(b.baseAddress![b.count] == 0, "NUL after \(entry)")
                return Array(b)
            }
            #expect(whole == streamed, "\(name): \(entry)")
        }
    }

    /// The same bounds, and the same error, whether an entry is inflated whole or streamed.
    @Test func boundsAreTheSameEitherWay() throws {
        let bytes = try #require(FileManagerBytes.load(Fixtures.path("hostile/zip-bomb.xlsx")))
        for (ratio, entry, total, code) in [(200, 64 << 20, 128 << 20, ReadError.Code.compressionRatio),
                                            (Int.max, 8 << 20, 128 << 20, .entryTooLarge),
                                            (Int.max, Int.max, 16 << 20, .archiveTooLarge)] {
            var limits = ReadLimits.standard
            limits.maxCompressionRatio = ratio
            limits.maxEntryBytes = entry
            limits.maxTotalInflatedBytes = total
            for whole in [true, false] {
                let archive = try bytes.withUnsafeBytes { try ZipArchive(bytes: $0, file: "b", limits: limits) }
                let name = try #require(archive.entryNames.first { $0.hasSuffix("sheet1.xml") })
                do {
                    if whole {
                        _ = try archive.withEntry(name) { (b: UnsafeBufferPointer<UInt8>) throws(ReadError) in b.count }
                    } else {
                        try archive.stream(name) { (_: UnsafeRawBufferPointer) throws(ReadError) -> Bool in true }
                    }
                    Issue.record("the bomb was inflated")
                } catch {
                    #expect(error.code == code, "\(whole ? "whole" : "streamed"): \(error.code)")
                }
            }
        }
    }
}
