import Foundation
import Pipeline
import Scoring
import SheetModel
import SheetReaders
import Testing

/// Our template, filled (openpyxl-filled.xlsx), then saved by LibreOffice as .ods, flat
/// .fods and Excel 97–2003 .xls: every sheet, state, merge, cell and formula flag equals
/// LibreOffice's own .xlsx of the same file (libreoffice-resaved.xlsx), and it scores
/// exactly as the .xlsx does. Made by Tests/Fixtures/roundtrip/make_fixtures.py (step 12).
@Suite struct FormatRoundTripTests {
    static let formats: [(String, FileFormat)] = [("libreoffice-ods.ods", .ods), ("libreoffice-fods.fods", .fods),
                                                  ("libreoffice-xls.xls", .xls)]

    private func read(_ name: String) throws -> ReadResult {
        try SheetReader.read(contentsOf: fixtureDirectory + "/" + name)
    }

    @Test(arguments: formats)
    func everyCellAsInTheXLSX(_ name: String, _ format: FileFormat) throws {
        let result = try read(name)
        #expect(result.format == format)
        let reference = try read("libreoffice-resaved.xlsx").grid
        let grid = result.grid
        #expect(grid.sheets.map(\.name) == reference.sheets.map(\.name))
        #expect(grid.sheets.map(\.state) == reference.sheets.map(\.state), "the hidden meta sheet stays hidden")
        var differences: [String] = []
        for (got, want) in zip(grid.sheets, reference.sheets) {
            if Set(got.merged) != Set(want.merged) {
                differences.append("\(want.name): merges \(got.merged.count) vs \(want.merged.count)")
            }
            let refs = Set(got.cells.keys).union(want.cells.keys).sorted()
            for ref in refs where got[ref] != want[ref] {
                differences.append("\(want.name)!\(ref.a1): \(got[ref]) vs \(want[ref])")
            }
            #expect(want.cellCount > 0)
        }
        #expect(differences.isEmpty, "\(name): \(differences.count) differences, first \(differences.prefix(3))")
    }

    @Test(arguments: formats)
    func scoresExactlyAsTheXLSX(_ name: String, _ format: FileFormat) throws {
        let reader = SubmissionReader(rubric: seedRubric)
        func scored(_ file: String) throws -> UnitResult {
            let bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: fixtureDirectory + "/" + file)))
            return try #require(reader.process(bytes: bytes, name: file, modified: nil).result)
        }
        let got = try scored(name), want = try scored("openpyxl-filled.xlsx")
        #expect(got.score == want.score)
        #expect(got.score == 85.36)
        #expect(got.lines.map(\.score) == want.lines.map(\.score))
        #expect(got.lines.map(\.claimed) == want.lines.map(\.claimed))
        #expect(got.counts == want.counts)
        #expect(got.rating == want.rating)
        #expect([got.unit.code, got.unit.name, got.unit.type, got.unit.typeWritten]
                == [want.unit.code, want.unit.name, want.unit.type, want.unit.typeWritten])
        #expect(got.unit.nameCell?.cell == want.unit.nameCell?.cell && got.unit.typeCell?.cell == want.unit.typeCell?.cell)
        #expect(Set(got.findings.map(\.code)) == Set(want.findings.map(\.code)))
    }
}
