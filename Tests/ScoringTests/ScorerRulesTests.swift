@testable import Catalog
import SheetModel
import Testing
import TestSupport
@testable import Scoring

/// The engine rules of issue 9: evidence that says there is none, differences in exact
/// hundredths, no count findings for an absent line, every count finding at its cell.
@Suite struct ScorerRulesTests {
    @Test(arguments: ["Không", "không có", "Chưa có", "chưa", "-", "x", "0", "n/a", "N/A", "…", "...", "k", "kc",
                      "Chưa có minh chứng", "KHÔNG CÓ MINH CHỨNG", "  không  ", "Không.", "khong co", "Khôngcó"])
    func evidenceThatSaysNoneScoresZero(_ written: String) {
        let s = Fixture.scored(Fixture.submission(evidence: ["11": written]))
        let line = s.line("11")!
        if written == "Khôngcó" {   // not one of the texts: taken as evidence
            #expect(line.score == 8 && line.hasEvidence)
            return
        }
        #expect(line.score == 0, "\(written)")
        #expect(line.source == .noEvidence && !line.hasEvidence)
        #expect(line.evidence == written.trimmingWhitespace(), "the unit's text stays visible")
        let f = s.finding(.noEvidence)
        #expect(f?.severity == .warning && f?.location?.cell == "E24", "the evidence cell")
        #expect(f?.value == written.trimmingWhitespace())
        let vi = f?.text(.vi) ?? ""
        #expect(vi.contains("minh chứng ghi “\(written.trimmingWhitespace())” được hiểu là chưa có minh chứng"), "\(vi)")
        #expect(VietnameseTextCheck.problems(in: vi).isEmpty)
    }

    @Test func realEvidenceMentioningKhongStillCounts() {
        let s = Fixture.scored(Fixture.submission(evidence: ["3": "Báo cáo kiểm điểm; không có kỷ luật"]))
        #expect(s.line("3")?.score == 10 && s.codes().isEmpty)
    }

    @Test func verifiedPointsStandOverEvidenceThatSaysNone() {
        let s = Fixture.scored(Fixture.submission(verified: ["11": 6], evidence: ["11": "Không"]))
        #expect(s.line("11")?.score == 6)
        #expect(s.finding(.noEvidence) == nil)
    }

    @Test func theNoneListIsRubricData() throws {
        var rubric = Rubric.seed
        rubric.evidence = EvidencePolicy(none: ["chưa nộp"])
        let s = Scorer.score(Fixture.submission(evidence: ["11": "Chưa nộp", "10": "Không"]), rubric: rubric)
        #expect(s.line("11")?.score == 0)
        #expect(s.line("10")?.score == 8, "“Không” is not in this rubric's list")
    }

    /// SPEC §2.2: "differs by more than 0.01", compared in whole hundredths.
    @Test(arguments: [(7.49, false), (7.48, true), (7.51, false), (7.52, true), (7.5, false), (7.495, false), (7.485, false)])
    func claimDiffersFromComputedInHundredths(_ claim: Double, _ warns: Bool) {
        // 30 pledges of 32 staff: 8 × 30/32 = 7.5.
        let s = Fixture.scored(Fixture.submission(claims: ["5": claim], counts: ["staff": 32, "pledges": 30, "excellent": 8, "good": 24]))
        #expect(s.line("5")?.computed == 7.5)
        #expect(s.codes().contains("computedDiffers") == warns, "\(claim)")
    }

    @Test func hundredthsRoundHalfUp() {
        #expect(CellNumber.hundredths(7.485) == 749)
        #expect(CellNumber.hundredths(7.5) == 750)
        #expect(!CellNumber.differByMoreThanOneHundredth(7.5, 7.49))
        #expect(CellNumber.differByMoreThanOneHundredth(7.5, 7.48))
        #expect(!CellNumber.differByMoreThanOneHundredth(0.1 + 0.2, 0.31), "no binary noise")
    }

    @Test func writtenTotalDiffersInHundredthsToo() {
        #expect(!Fixture.scored(Fixture.submission(writtenTotal: 99.99)).codes().contains("totalDiffers"))
        #expect(Fixture.scored(Fixture.submission(writtenTotal: 99.98)).codes().contains("totalDiffers"))
    }

    @Test func anAbsentLineRaisesNoCountFindings() {
        // Line 5 is missing and its counts are half filled; line 12 keeps its counts.
        let s = Fixture.scored(Fixture.submission(counts: ["pledges": nil], omit: ["5"]))
        #expect(s.codes().contains("lineMissing"))
        #expect(!s.codes().contains("countMissing"), "\(s.codes())")
        let zero = Fixture.scored(Fixture.submission(counts: ["staff": 0, "pledges": 0, "excellent": 0, "good": 0],
                                                     omit: ["5", "12"]))
        #expect(!zero.codes().contains("zeroStaff"))
    }

    @Test func everyCountFindingPointsAtItsCell() {
        // Threshold line 12 with its rating missing and one count missing.
        let s = Fixture.scored(Fixture.submission(counts: ["good": nil], rating: nil))
        let missing = s.findings.filter { $0.code == .countMissing }
        #expect(missing.count == 1)
        #expect(missing.allSatisfy { $0.location?.cell != nil }, "\(missing.map(\.location))")
        #expect(missing.first?.location?.cell == Fixture.submission().counts["good"]?.location?.cell)
        let vi = missing.first?.text(.vi) ?? ""
        #expect(vi.contains("còn thiếu số người hoàn thành tốt nhiệm vụ và xếp loại của tập thể"), "\(vi)")
        // Only the rating missing: the rating's cell.
        let r = Fixture.scored(Fixture.submission(rating: nil)).findings.first { $0.code == .countMissing }
        #expect(r?.location?.cell == Fixture.submission().rating.location?.cell)
        // Every count finding of a sheet full of count faults has a cell.
        let bad = Fixture.scored(Fixture.submission(counts: ["staff": 0, "pledges": "năm", "excellent": 2.5, "good": nil]))
        let countCodes: Set<FindingCode> = [.countMissing, .countNotWhole, .zeroStaff, .pledgesAboveStaff, .ratedAboveStaff]
        let found = bad.findings.filter { countCodes.contains($0.code) }
        #expect(!found.isEmpty)
        #expect(found.allSatisfy { $0.location?.cell != nil }, "\(found.map { ($0.code, $0.location) })")
    }

    @Test func computedExplanationUsesTheRubricsLabelsAndVietnameseNumbers() {
        let s = Fixture.scored(Fixture.submission(counts: ["staff": 35, "pledges": 35, "excellent": 1, "good": 29]))
        let vi = s.finding(.computedDiffers)?.text(.vi) ?? ""
        #expect(vi.contains("số người hoàn thành xuất sắc / tổng số = 1/35 = 2,86% < 20%"), "\(vi)")
        #expect(vi.contains("(số người hoàn thành xuất sắc + số người hoàn thành tốt) / tổng số = 30/35 = 85,71% ≥ 80%"))
        #expect(VietnameseTextCheck.problems(in: vi).isEmpty, "\(VietnameseTextCheck.problems(in: vi))")
    }
}
