import Foundation
import Testing
@testable import Pipeline
import SheetModel
import Scoring

/// What a read result keeps once scored: 50,000 of them stay in memory until the report is written.
@Suite struct CompactResultTests {
    static let name = "DB01 - Đảng bộ Công an huyện.xlsx"
    static let bytes = Array(FileManager.default.contents(atPath: samplesInbox + "/" + name)!)

    static func scored(keepsEvidence: Bool) -> ScoredSubmission {
        SubmissionReader(rubric: .seed, keepsEvidence: keepsEvidence).process(bytes: bytes, name: name, modified: nil).scored!
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

    @Test func aCopiedResultSharesItsSubmissionUntilOneIsChanged() {
        let a = Self.scored(keepsEvidence: false)
        var b = a
        #expect(a == b)
        b.submission.file = "DB01 (bản mới).xlsx"
        #expect(a.submission.file == Self.name)
        #expect(b.submission.file == "DB01 (bản mới).xlsx")
        #expect(a != b)
        var c = b
        c.submission.file = Self.name
        #expect(c == a)   // equal by value, not by identity
    }

    @Test func aKeptResultHoldsTheHeaderTheReportUsesAndNotWhatOnlyScoringRead() {
        let s = Self.scored(keepsEvidence: false).submission
        #expect(!s.unitName.text.isEmpty && s.unitName.location != nil)
        #expect(s.unitType.location != nil)
        #expect(s.unitCode == .missing && s.period == .missing && s.date == .missing)
        #expect(s.writtenTotal == .missing && s.rating == .missing && s.templateRubricID == nil)
        #expect(s.items.isEmpty && s.findings.isEmpty)
        // The unit's code and period live on in the scored result.
        let scored = Self.scored(keepsEvidence: false)
        #expect(scored.unit.code == "DB01" && scored.period != nil)
    }

    @Test func submissionsWithoutDetailsShareOneUntilOneIsWritten() {
        var a = Submission(file: "a.xlsx"), b = Submission(file: "b.xlsx")
        a.period = Entry(.text("Năm 2024"))
        #expect(a.period.text == "Năm 2024" && b.period == .missing)
        b.rating = Entry(.text("Xuất sắc"))
        a.dropScoringDetails()
        #expect(a.period == .missing && b.rating.text == "Xuất sắc" && Submission(file: "c").rating == .missing)
    }
}
