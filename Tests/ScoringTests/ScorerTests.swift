@testable import Catalog
import SheetModel
import Testing
@testable import Scoring

@Suite struct ScorerTests {
    @Test func fullValidSheetScoresOneHundredWithoutFindings() {
        let s = Fixture.scored(Fixture.submission())
        #expect(s.score == 100)
        #expect(s.claimedTotal == 100)
        #expect(s.findings.isEmpty, "\(s.findings.map { $0.text(.en) })")
        #expect(s.status == .valid)
        #expect(s.unit.type == "party")
        #expect(s.rating == "good")
        #expect(s.counts == ["staff": 40, "pledges": 40, "excellent": 8, "good": 24])
        #expect(s.date?.isoDate == "2024-01-05")
        #expect(s.periodCheck == .matches)
    }

    @Test func criterion5FromFortyStaffAndThirtySevenPledges() {
        let s = Fixture.scored(Fixture.submission(claims: ["5": "7,4"], counts: ["pledges": 37]))
        let line = s.line("5")!
        #expect(line.computed == 7.40)
        #expect(line.score == 7.40)
        #expect(line.source == .computed)
        #expect(s.score == 99.4)
        #expect(s.codes().isEmpty)
    }

    @Test func criterion5ClaimDifferingFromCountsIsAWarningShowingBoth() {
        let s = Fixture.scored(Fixture.submission(counts: ["pledges": 37]))
        #expect(s.line("5")?.score == 7.4)
        let f = s.finding(.computedDiffers)
        #expect(f?.severity == .warning)
        #expect(f?.text(.vi).contains("7,4") == true && f?.text(.vi).contains("8") == true)
        #expect(f?.location?.cell == "D17")
    }

    @Test func zeroStaffIsAFindingNeverNaN() {
        let s = Fixture.scored(Fixture.submission(counts: ["staff": 0, "pledges": 0, "excellent": 0, "good": 0]))
        #expect(s.codes().contains("zeroStaff"))
        #expect(s.score.isFinite)
        #expect(s.lines.allSatisfy { $0.score.isFinite && ($0.computed?.isFinite ?? true) })
        #expect(s.line("5")?.score == 8)  // the claim stands
    }

    /// Criterion 12: (staff, excellent, good, rating) → met.
    @Test(arguments: [
        (40, 8, 24, "Hoàn thành tốt nhiệm vụ", true),      // exactly 20% and 80%
        (40, 7, 25, "Hoàn thành tốt nhiệm vụ", false),     // 17.5% excellent
        (40, 8, 23, "Hoàn thành tốt nhiệm vụ", false),     // 77.5% good or better
        (40, 8, 24, "Hoàn thành xuất sắc nhiệm vụ", true),
        (40, 8, 24, "Hoàn thành nhiệm vụ", false),         // rating below good
        (10, 2, 6, "tốt", true), (100, 19, 61, "tốt", false), (100, 20, 59, "tốt", false), (100, 20, 60, "tốt", true),
    ])
    func criterion12Threshold(_ staff: Int, _ excellent: Int, _ good: Int, _ rating: String, _ met: Bool) {
        let s = Fixture.scored(Fixture.submission(
            claims: ["12": met ? 10 : 0], counts: ["staff": staff, "pledges": staff, "excellent": excellent, "good": good],
            rating: rating))
        let line = s.line("12")!
        #expect(line.computed == (met ? 10 : 0))
        #expect(line.score == (met ? 10 : 0))
        #expect(!s.codes().contains("computedDiffers"))
    }

    @Test func criterion12WithoutCountsKeepsTheClaim() {
        let s = Fixture.scored(Fixture.submission(
            counts: ["staff": nil, "pledges": nil, "excellent": nil, "good": nil], rating: nil))
        #expect(s.line("12")?.computed == nil)
        #expect(s.line("12")?.score == 10)
        #expect(s.line("5")?.score == 8)
        #expect(s.codes().isEmpty)
    }

    @Test func partialClaimOnBinaryLineIsAcceptedWithAWarning() {
        let s = Fixture.scored(Fixture.submission(claims: ["1": 3]))
        #expect(s.line("1")?.score == 3)
        #expect(s.finding(.partialBinary)?.severity == .warning)
        #expect(s.finding(.partialBinary)?.location?.cell == "D12")
        #expect(s.score == 98)
        #expect(!s.hasErrors)
    }

    @Test func pointsWithEmptyEvidenceScoreZeroWithAWarning() {
        let s = Fixture.scored(Fixture.submission(evidence: ["3": "  "]))
        let line = s.line("3")!
        #expect(line.score == 0)
        #expect(line.claimed == 10)
        #expect(line.source == .noEvidence)
        #expect(s.finding(.noEvidence)?.severity == .warning)
        #expect(s.score == 90)
        #expect(s.claimedTotal == 100)
    }

    @Test func verifiedPointsOverrideTheClaim() {
        let s = Fixture.scored(Fixture.submission(verified: ["2": 6, "5": "5,5"], evidence: ["2": ""]))
        #expect(s.line("2")?.score == 6)        // verified, even without evidence
        #expect(s.line("2")?.source == .verified)
        #expect(s.line("5")?.score == 5.5)      // verified beats computed
        #expect(s.finding(.verifiedDiffers)?.severity == .info)
        #expect(!s.codes().contains("noEvidence"))
        #expect(s.score == 100 - 4 - 2.5)
    }

    /// One bad value on line 1 → (code, severity).
    @Test(arguments: [
        (Optional<String>.none, "claimMissing", Severity.error), ("năm", "notANumber", .error),
        ("1.234", "ambiguousNumber", .error), ("-5", "negative", .error), ("6", "aboveMax", .error),
        ("5,5", "aboveMax", .error),
    ])
    func claimErrors(_ claim: String?, _ code: String, _ severity: Severity) {
        let s = Fixture.scored(Fixture.submission(claims: ["1": claim]))
        let f = s.findings.first { $0.code.rawValue == code }
        #expect(f?.severity == severity)
        #expect(f?.location?.cell == "D12")
        #expect(s.line("1")?.score == 0)
        #expect(s.hasErrors)
        if let claim { #expect(f?.value == claim) }
    }

    @Test func verifiedOutOfRangeIsAnError() {
        let s = Fixture.scored(Fixture.submission(verified: ["1": 7]))
        #expect(s.finding(.verifiedOutOfRange)?.severity == .error)
        #expect(s.finding(.verifiedOutOfRange)?.location?.cell == "F12")
    }

    @Test(arguments: [
        (["staff": "40,5"], "countNotWhole"), (["staff": "-2"], "countNotWhole"), (["good": "nhiều"], "countNotWhole"),
        (["pledges": "41"], "pledgesAboveStaff"), (["excellent": "20", "good": "21"], "ratedAboveStaff"),
    ] as [([String: String], String)])
    func countErrors(_ counts: [String: String], _ code: String) {
        let s = Fixture.scored(Fixture.submission(counts: counts.mapValues { Optional($0) }))
        #expect(s.findings.first { $0.code.rawValue == code }?.severity == .error)
        #expect(s.lines.allSatisfy { $0.score.isFinite })
    }

    @Test func writtenTotalDifferingFromTheSumIsAWarning() {
        let ok = Fixture.scored(Fixture.submission(writtenTotal: 100))
        #expect(!ok.codes().contains("totalDiffers"))
        let s = Fixture.scored(Fixture.submission(writtenTotal: "95"))
        #expect(s.finding(.totalDiffers)?.severity == .warning)
        #expect(s.score == 100)
    }

    @Test func periodOfAnotherPlanIsAWarningAndMissingCountsAsThePlans() {
        let other = Fixture.scored(Fixture.submission(period: "6/2022 - 6/2023"))
        #expect(other.finding(.periodMismatch)?.severity == .warning)
        #expect(other.periodCheck == .differs)
        let missing = Fixture.scored(Fixture.submission(period: nil))
        #expect(missing.periodCheck == .missing && missing.findings.isEmpty)
    }

    @Test func headerProblems() {
        let s = Fixture.scored(Fixture.submission(name: nil, type: "Hợp tác xã", date: "đầu năm"))
        #expect(s.finding(.unitNameMissing)?.severity == .error)
        #expect(s.finding(.unitTypeUnknown)?.severity == .warning)
        #expect(s.finding(.dateUnreadable)?.severity == .warning)
        #expect(s.finding(.dateUnreadable)?.location?.cell == "C7")
    }

    @Test func missingAndUnknownLines() {
        var sub = Fixture.submission(omit: ["9b"])
        sub.items.append(SubmittedItem(code: "13", claimed: Entry(.number(1))))
        sub.items.append(SubmittedItem(code: "4", claimed: Entry(.number(8))))  // heading row of 4a, 4b
        let s = Fixture.scored(sub)
        #expect(s.finding(.lineMissing)?.value == "9b")
        #expect(s.findings.filter { $0.code == .lineUnknown }.map(\.value) == ["13"])
        #expect(s.lines.count == 14)
        #expect(s.line("9b")?.score == 0)
    }

    @Test func codesAreMatchedLoosely() {
        var sub = Fixture.submission()
        sub.items[3].code = "4.a"
        sub.items[4].code = "4 B"
        #expect(Fixture.scored(sub).score == 100)
    }

    @Test func formulaCellsAreNoted() {
        var sub = Fixture.submission()
        sub.items[0].claimed.isFormula = true
        let s = Fixture.scored(sub)
        #expect(s.finding(.formulaCached)?.severity == .info)
        #expect(s.status == .valid)
    }

    @Test func nominees() {
        let s = Fixture.scored(Fixture.submission(nominees: [("Nguyễn Văn A", "Có"), ("Trần Thị B", "không"), ("Lê C", "?")]))
        #expect(s.nominees.map(\.partyMember) == [true, false, nil])
        #expect(s.finding(.yesNoUnreadable)?.severity == .warning)
    }

    @Test func otherRubricTemplateIsAnError() {
        var sub = Fixture.submission()
        sub.templateRubricID = "99-KH/HU"
        #expect(Fixture.scored(sub).finding(.otherRubric)?.severity == .error)
    }

    @Test func everyMessageIsBilingualAndLocated() {
        var sub = Fixture.submission(name: nil, claims: ["1": 3, "2": "x", "3": -1, "4a": 9], verified: ["6": 99],
                                     evidence: ["7": ""], counts: ["pledges": 50, "good": "1.234"], writtenTotal: 1)
        sub.items.append(SubmittedItem(code: "99"))
        for f in Fixture.scored(sub).findings {
            #expect(!f.text(.vi).isEmpty && !f.text(.en).isEmpty && f.text(.vi) != f.text(.en), "\(f.code)")
            #expect(f.location?.file == "don-vi.xlsx", "\(f.code)")
        }
    }
}
