import Catalog
import Foundation
import Testing
import TestSupport
@testable import Pipeline
import Scoring

/// A CSV saved while the template's instructions (or meta) sheet was active is told which
/// sheet to open and save (SPEC §4). Fixtures: LibreOffice's CSV export of one sheet of
/// thidua's own template (Tests/Fixtures/wrong-sheet/make_fixtures.py).
@Suite struct WrongSheetTests {
    static let dir = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/wrong-sheet")

    @Test(arguments: ["instructions-sheet.csv", "meta-sheet.csv"])
    func theCSVOfAnotherSheetSaysWhichSheetToSave(_ name: String) throws {
        let bytes = try [UInt8](Data(contentsOf: Self.dir.appendingPathComponent(name)))
        let outcome = SubmissionReader(rubric: .seed).process(bytes: bytes, name: name, modified: nil)
        let s = try #require(outcome.result)
        #expect(s.codes == ["wrongSheetSaved"], "one error, not noScoringTable: \(s.codes)")
        let f = try #require(s.findings.first)
        #expect(f.severity == .error)
        let vi = f.text(.vi)
        #expect(vi.contains("chọn trang “\(SheetLabels.scoringSheet)” rồi lưu lại dạng CSV"), "\(vi)")
        if name.hasPrefix("instructions") { #expect(vi.contains("trang hướng dẫn “\(SheetLabels.instructionsSheet)”")) }
        #expect(VietnameseTextCheck.problems(in: vi).isEmpty)
        #expect(f.text(.en).contains("select the sheet “Tự chấm điểm” and save it as CSV"))
    }

    @Test func aCSVOfSomethingElseStillSaysNoScoringTable() {
        let bytes = Array("Họ và tên,Ghi chú\nNguyễn Văn A,\n".utf8)
        let s = SubmissionReader(rubric: .seed).process(bytes: bytes, name: "khac.csv", modified: nil).result
        #expect(s?.codes == ["noScoringTable"])
    }
}

extension UnitResult {
    var codes: [String] { findings.map(\.code.rawValue) }
}
