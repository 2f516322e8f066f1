import Foundation
import Testing
@testable import Pipeline
import SheetModel
import Scoring

/// What a read result keeps once scored: 50,000 of them stay in memory until the report is written.
@Suite struct CompactResultTests {
    static let name = "DB01 - Đảng bộ Công an huyện.xlsx"
    static let bytes = Array(FileManager.default.contents(atPath: samplesInbox + "/" + name)!)

    static func scored(keepsEvidence: Bool) -> UnitResult {
        SubmissionReader(rubric: .seed, keepsEvidence: keepsEvidence).process(bytes: bytes, name: name, modified: nil).result!
    }

    @Test func withoutAnInspectionFormTheEvidenceTextAndCellsAreDroppedButNotTheScores() {
        let kept = Self.scored(keepsEvidence: true), dropped = Self.scored(keepsEvidence: false)
        #expect(kept.lines.contains { !$0.evidence.isEmpty && $0.location?.cell != nil })
        #expect(dropped.lines.allSatisfy { $0.evidence.isEmpty && $0.location == nil })
        #expect(dropped.lines.map(\.score) == kept.lines.map(\.score))
        #expect(dropped.lines.map(\.hasEvidence) == kept.lines.map(\.hasEvidence))
        #expect(dropped.lines.map(\.source) == kept.lines.map(\.source))
        #expect(dropped.findings == kept.findings)
        #expect(dropped.score == kept.score)
    }

    @Test func aLinesEvidenceAndCellCanBeSetApartAndCleared() {
        var line = Self.scored(keepsEvidence: true).lines[0]
        let cell = line.location
        line.evidence = "Nghị quyết số 12-NQ/ĐU"
        #expect(line.evidence == "Nghị quyết số 12-NQ/ĐU" && line.location == cell)
        line.location = nil
        #expect(line.evidence == "Nghị quyết số 12-NQ/ĐU" && line.location == nil)
        var other = line
        other.evidence = ""
        #expect(other.evidence.isEmpty && other.location == nil)
        #expect(line.evidence == "Nghị quyết số 12-NQ/ĐU")   // copies do not share a change
        #expect(other != line)
        line.dropDetail()
        #expect(other == line)
    }

    @Test func aCopiedResultIsEqualByValue() {
        let a = Self.scored(keepsEvidence: false)
        var b = a
        #expect(a == b)
        b.file = "DB01 (bản mới).xlsx"
        #expect(a.file == Self.name)
        #expect(a != b)
        var c = b
        c.file = Self.name
        #expect(c == a)
    }

    @Test func aResultHoldsWhatTheOutputsReadOfTheHeader() {
        let r = Self.scored(keepsEvidence: false)
        #expect(r.unit.code == "DB01" && r.unit.name == "Đảng bộ Công an huyện" && r.unit.type == "party")
        #expect(r.unit.nameCell?.cell != nil && r.unit.typeCell?.cell != nil && r.unit.typeWritten != nil)
        #expect(r.period != nil && r.periodCheck == .matches)
        #expect(r.file == Self.name && r.lines.count == 14)
        #expect(r.preparer != nil)
    }
}
