import Foundation
import Testing
@testable import SheetReaders

/// Hostile or unreadable OpenDocument and .xls files end in a typed error, fast, with what to do.
@Suite struct FormatHostileTests {
    static let cases: [(String, ReadError.Code)] = [
        ("repeat-bomb.ods", .tooManyCells),
        ("repeat-bomb.fods", .tooManyCells),
        ("space-bomb.ods", .tooManySharedStrings),
        ("encrypted.ods", .encrypted),
        ("text-document.odt", .ods),
        ("apple.numbers", .numbers),
        ("encrypted.xls", .encrypted),
        ("huge-sst.xls", .tooManySharedStrings),
        ("truncated.xls", .corruptXLS),
        ("word-document.doc", .legacyXLS),
        ("biff4.xls", .legacyXLS),
        ("sst-index-out-of-range.xls", .corruptXLS),
        ("sst-continue-cut.xls", .corruptXLS),
    ]

    @Test(arguments: cases)
    func refusedWithTypedError(_ name: String, _ code: ReadError.Code) {
        let path = FormatFixtures.path("hostile/" + name)
        do {
            let result = try SheetReader.read(contentsOf: path)
            Issue.record("\(name) was read (\(result.grid.sheets.count) sheets), expected \(code.rawValue)")
        } catch {
            #expect(error.code == code, "\(name): \(error.code.rawValue) — \(error.detail ?? "")")
            #expect(error.file == path)
        }
    }

    /// A 2 KB file declaring 16,384 × 1,000,000,000 cells with a value: refused before any is
    /// stored (the error names the first cell), whatever the limits.
    @Test func repeatBombFailsBeforeExpanding() throws {
        let bytes = try #require(FileManagerBytes.load(FormatFixtures.path("hostile/repeat-bomb.fods")))
        #expect(bytes.count < 4096)
        var limits = ReadLimits.standard
        limits.maxCellsPerSheet = .max
        limits.maxCellsPerFile = .max
        do {
            _ = try SheetReader.read(data: bytes, name: "bomb.fods", options: ReadOptions(limits: limits))
            Issue.record("the bomb was read")
        } catch {
            #expect(error.code == .tooManyCells || error.code == .badCellReference, "\(error)")
        }
    }

    @Test(arguments: ["producers/libreoffice.ods", "producers/libreoffice.fods", "producers/libreoffice.xls"])
    func cellLimit(_ name: String) throws {
        var limits = ReadLimits.standard
        limits.maxCellsPerSheet = 10
        do {
            _ = try SheetReader.read(contentsOf: FormatFixtures.path(name), options: ReadOptions(limits: limits))
            Issue.record("read past the cell limit")
        } catch {
            #expect(error.code == .tooManyCells)
            #expect(error.sheet == "Bảng tự chấm")
        }
    }

    /// A DIMENSIONS record is a claim, not cells (as `dimension-lies.xlsx` for XLSX): a sheet
    /// declaring 4 billion rows × 256 columns around one value reads as that value. A number
    /// with a date format far past year 9999 is no date and stays the number it is.
    @Test func declaredDimensionsAndFarSerialsAreData() throws {
        let huge = try #require(FormatFixtures.read("hostile/huge-dimensions.xls")?.grid.sheets.first)
        #expect(huge.rowCount == 1 && huge.columnCount == 1)
        #expect(FormatFixtures.value(huge, "A1") == .number(1))
        let far = try #require(FormatFixtures.read("hostile/far-date.xls")?.grid.sheets.first)
        #expect(FormatFixtures.value(far, "A1") == .number(2e9))
    }
}
