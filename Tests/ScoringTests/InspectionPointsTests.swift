@testable import Catalog
import SheetModel
import Testing
@testable import Scoring

/// Applying a read-back form: which submission is which unit, the SPEC §2.2 rules on
/// the form's points, and the review against the consolidated inbox.
@Suite struct InspectionPointsTests {
    static func form(_ build: (inout InspectionFormGrid) -> Void) throws -> InspectionPoints {
        var g = InspectionFormGrid()
        build(&g)
        return InspectionPoints(try #require(g.locate()))
    }

    @Test func matchesByFileThenCodeThenName() throws {
        let p = try Self.form { g in
            g.meta = ("142-KH/HU", [("CB09", "Chi bộ Chín", "chin.xlsx", "00")])
            g.add("DB01", "Đảng bộ Công an huyện", line: "1", verified: .number(5))
            g.add(nil, "Chi bộ Văn phòng", line: "1", verified: .number(5))
            g.add("XA03", "Xã Ia Rong", line: "1", verified: .number(5))
            g.add("CB09", "Chi bộ Chín", line: "1", verified: .number(5))
        }
        #expect(p.unit(file: "x.xlsx", code: " db01 ", name: "") == 0, "codes: case and spaces do not matter")
        #expect(p.unit(file: "x.xlsx", code: "", name: "Chi bộ văn phòng") == 1)
        #expect(p.unit(file: "x.xlsx", code: "CB02", name: "Chi bộ Văn phòng") == 1, "the form's unit has no code")
        #expect(p.unit(file: "x.xlsx", code: "", name: "Xã Ia Rong") == 2, "the sheet has no code")
        #expect(p.unit(file: "x.xlsx", code: "XA30", name: "Xã Ia Rong") == nil, "two codes that differ: not the same unit")
        #expect(p.unit(file: "chin.xlsx", code: "", name: "") == 3, "the file the form was made from")
        #expect(p.unit(file: "x.xlsx", code: "", name: "") == nil)
    }

    @Test func formPointsAreScoredAsVerifiedPoints() throws {
        let p = try Self.form { g in
            g.add("DB01", "Chi bộ Văn phòng", line: "1", verified: .number(2))
            g.add("DB01", "Chi bộ Văn phòng", line: "3", verified: .text("5"))
            g.add("DB01", "Chi bộ Văn phòng", line: "9a", verified: .number(3))
        }
        var s = Fixture.submission(code: "DB01", claims: ["1": 2], verified: ["3": 7, "9a": 3], evidence: ["9a": ""])
        p.apply(to: &s)
        let scored = Fixture.scored(s)
        let one = try #require(scored.line("1")), three = try #require(scored.line("3")), nine = try #require(scored.line("9a"))
        #expect(one.verified == 2 && one.verifiedSource == .form && one.source == .verified)
        #expect(scored.finding(.partialBinary) == nil, "the team confirmed the partial claim")
        #expect(three.verified == 5 && three.score == 5 && three.verifiedSource == .form)
        #expect(nine.score == 3 && scored.finding(.noEvidence) == nil, "verified points stand without evidence named")
        #expect(scored.score == 100 - 3 - 5)
        #expect(scored.line("2")?.verifiedSource == nil)
        let override = try #require(scored.finding(.formOverridesFile))
        #expect(override.severity == .info)
        #expect(override.location?.file == InspectionFormGrid.file, "the form's cell")
        #expect(override.text(.vi).contains("(5)") && override.text(.vi).contains("(7, ô"))
        #expect(scored.findings.filter { $0.code == .formOverridesFile }.count == 1, "9a: the same points, nothing to say")
        let differs = try #require(scored.findings.first { $0.code == .verifiedDiffers })
        #expect(differs.location?.file == InspectionFormGrid.file)
        #expect(scored.status == .valid)
    }

    @Test func theFileStandsWhereTheFormIsSilentOrForAnotherUnit() throws {
        let p = try Self.form { g in g.add("XA01", nil, line: "3", verified: .number(5)) }
        var s = Fixture.submission(code: "DB01", verified: ["3": 7])
        p.apply(to: &s)
        let scored = Fixture.scored(s)
        #expect(scored.line("3")?.verified == 7 && scored.line("3")?.verifiedSource == .file)
    }

    @Test func aFormForAnotherRubricChangesNothing() throws {
        let p = try Self.form { g in
            g.meta = ("khac", [])
            g.add("DB01", nil, line: "3", verified: .number(5))
        }
        var s = Fixture.submission(code: "DB01")
        let before = s
        p.apply(to: &s)
        #expect(s == before)
    }

    @Test func theReviewFindsUnitsNotInUseChangedFilesAndMissingLines() throws {
        let p = try Self.form { g in
            g.meta = ("142-KH/HU", [("DB01", "A", "a.xlsx", String(repeating: "a", count: 64)),
                                    ("DB02", "B", "b.xlsx", String(repeating: "b", count: 64))])
            g.add("DB01", "A", line: "1", verified: .number(4))
            g.add("DB01", "A", line: "4b", verified: .number(4))
            g.add("DB02", "B", line: "1", verified: .number(5))
            g.add("DB09", "Không có", line: "1", verified: .number(5))
            g.add("DB08", "Chưa điền", line: "1")
        }
        var a = Fixture.submission(file: "a-moi.xlsx", name: "A", code: "DB01", omit: ["4b"])
        var b = Fixture.submission(file: "b.xlsx", name: "B", code: "DB02")
        p.apply(to: &a)
        p.apply(to: &b)
        let c = Consolidator.consolidate([Fixture.scored(a), Fixture.scored(b)], roster: nil, rubric: .seed)
        let files = [FileRecord(path: "a-moi.xlsx", size: 1, sha256: SHA256Digest(hex: String(repeating: "c", count: 64)), status: .used),
                     FileRecord(path: "b.xlsx", size: 1, sha256: SHA256Digest(hex: String(repeating: "b", count: 64)), status: .used)]
        let outcome = InspectionReview.review(p, consolidation: c, files: files)
        #expect(outcome.applied == 2 && outcome.units == 2)
        #expect(outcome.findings.map(\.code) == [.formLineNotInFile, .formFileChanged, .formUnitNotInInbox])
        #expect(outcome.findings.allSatisfy { $0.severity == .warning })
        #expect(outcome.findings[0].value == "4b")
        #expect(outcome.findings[1].value == "a-moi.xlsx")
        #expect(outcome.findings[2].value == "DB09 - Không có")
        #expect(outcome.findings[2].text(.vi).contains("1 ô điểm kiểm tra"))
    }
}
