@testable import Catalog
import SheetModel
import Testing
@testable import Scoring
import TestSupport

@Suite struct ConsolidatorTests {
    /// A scored unit whose total is 100 minus `lost` points taken from partial binary claims.
    static func unit(_ name: String, lost: Double = 0, file: String? = nil, code: String? = nil,
                     date: String = "05/01/2024", modified: Double? = nil,
                     claims: [String: Any?] = [:], nominees: [(String, String)] = []) -> UnitResult {
        var c = claims
        if lost > 0 { c["2"] = 10 - lost }
        return Fixture.scored(Fixture.submission(file: file ?? name + ".xlsx", name: name, code: code, date: date,
                                                 modified: modified, claims: c, nominees: nominees))
    }

    static func consolidate(_ s: [UnitResult], roster: [RosterEntry]? = nil) -> Consolidation {
        Consolidator.consolidate(s, roster: roster, rubric: Fixture.rubric)
    }

    @Test func competitionRanksWithVietnameseOrderInsideARank() {
        // Byte order puts "Ia Dreng" before "Đắk Pơ" (Đ is U+0110); Vietnamese order puts Đ after D.
        #expect(["Đắk Pơ", "Ia Dreng"].sorted() == ["Ia Dreng", "Đắk Pơ"], "the names' byte order is not Vietnamese order")
        let c = Self.consolidate([Self.unit("Ia Dreng", lost: 3), Self.unit("Nhơn Hòa"), Self.unit("Đắk Pơ", lost: 3),
                                  Self.unit("Ia Le", lost: 5)])
        #expect(c.ranked.map(\.rank) == [1, 2, 2, 4])
        #expect(c.ranked.map(\.name) == ["Nhơn Hòa", "Đắk Pơ", "Ia Dreng", "Ia Le"])
        #expect(c.ranked.map(\.score) == [100, 97, 97, 95])
    }

    @Test(arguments: [
        ["Đắk Pơ", "Ia Dreng"],          // Đ (U+0110) after D, before E
        ["Ơ Ran", "Pa Cheo"],            // ơ before p
        ["Ưu Điểm", "Vân Canh"],         // ư before v
        ["Hà Nam", "Ha Tu"],             // tones do not outrank letters
    ])
    func unitsOfOneRankInVietnameseNotByteOrder(_ expected: [String]) {
        #expect(expected.sorted() != expected, "premise: byte order differs")
        let c = Self.consolidate(expected.reversed().map { Self.unit($0) })
        #expect(c.ranked.map(\.name) == expected)
    }

    @Test func quotasInRankOrder() {
        let names = ["A1", "A2", "A3", "A4", "A5", "A6", "A7"]
        let c = Self.consolidate(names.enumerated().map { Self.unit($1, lost: Double($0) * 0.5) })
        #expect(c.ranked.map { $0.award?.code } == ["excellent", "good", "good", "fair", "fair", "fair", nil])
        #expect(c.ranked.allSatisfy { !$0.tie && $0.contends.isEmpty })
        #expect(c.proposals.map(\.units.count) == [1, 2, 3])
    }

    /// For each level, the units holding it never outnumber its quota.
    static func expectWithinQuotas(_ c: Consolidation, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        for level in c.rubric.awards.collective {
            let holders = c.units.filter { $0.award?.code == level.code }.count
            #expect(holders <= level.count, "\(level.code): \(holders) > \(level.count)", sourceLocation: sourceLocation)
        }
    }

    @Test func tieStraddlingTheGoodBoundaryIsLeftToTheCouncil() {
        let c = Self.consolidate([Self.unit("Ia Hrú"), Self.unit("Ia Rong", lost: 1), Self.unit("Ia Dreng", lost: 2),
                                  Self.unit("Ia Hla", lost: 2), Self.unit("Ia Blứ", lost: 3)])
        let tied = c.ranked.filter(\.tie)
        #expect(Set(tied.map(\.name)) == ["Ia Dreng", "Ia Hla"])
        #expect(tied.allSatisfy { $0.rank == 3 && $0.award == nil }, "a tied unit holds no level")
        #expect(tied.allSatisfy { $0.contends.map(\.code) == ["good", "fair"] })
        #expect(tied.first?.tieNote?.text(.vi) == "Đồng hạng — Hội đồng xem xét: 2 đơn vị đồng hạng 3 cho 1 suất Tốt và 1 suất Khá")
        let good = c.proposals[1], fair = c.proposals[2]
        #expect(good.units.map { c.units[$0].name } == ["Ia Rong"])
        #expect(good.ties.map(\.places) == [1])
        #expect(fair.ties.map(\.places) == [1])
        #expect(fair.units.map { c.units[$0].name } == ["Ia Blứ"])
        let finding = c.findings.first { $0.code == .tieAtQuota }
        #expect(finding?.text(.vi).contains("(Ia Dreng; Ia Hla)") == true)
        Self.expectWithinQuotas(c)
    }

    @Test func tieStraddlingTwoBoundariesContendsForThreeLevels() {
        let c = Self.consolidate(["A", "B", "C", "D"].map { Self.unit($0) } + [Self.unit("E", lost: 1)])
        let tied = c.ranked.filter(\.tie)
        #expect(tied.count == 4 && tied.allSatisfy { $0.rank == 1 && $0.award == nil })
        #expect(tied.allSatisfy { $0.contends.map(\.code) == ["excellent", "good", "fair"] })
        #expect(c.proposals.map { $0.ties.map(\.places) } == [[1], [2], [1]])
        #expect(c.units.first { $0.name == "E" }?.award?.code == "fair", "E has the last place outright")
        let note = tied[0].tieNote?.text(.vi) ?? ""
        #expect(note.hasSuffix("cho 1 suất Xuất sắc, 2 suất Tốt và 1 suất Khá"), "\(note)")
        Self.expectWithinQuotas(c)
    }

    @Test func aLongTieNamesAFewAndCountsTheRest() {
        let c = Self.consolidate((1...12).map { Self.unit(String(format: "Đơn vị %02d", $0)) })
        let finding = try? #require(c.findings.first { $0.code == .tieAtQuota })
        guard case .consolidation(.tieAtQuota(_, let names)) = finding?.message else {
            Issue.record("no tie finding"); return
        }
        #expect(names.shown.count == NameList.limit && names.more == 7)
        #expect(finding?.text(.vi).contains("Đơn vị 05 và 7 đơn vị khác") == true)
        #expect(NameList(Array(repeating: "X", count: 1_239)).text(.vi).hasSuffix("X và 1.234 đơn vị khác"))
        #expect(NameList(Array(repeating: "X", count: 1_239)).text(.en).hasSuffix("X and 1,234 other units"))
        Self.expectWithinQuotas(c)
    }

    @Test func tieInsideOneLevelIsNoTie() {
        let c = Self.consolidate([Self.unit("A"), Self.unit("B", lost: 1), Self.unit("C", lost: 1)])
        #expect(c.ranked.allSatisfy { !$0.tie })
        #expect(c.ranked.map { $0.award?.code } == ["excellent", "good", "good"])
    }

    @Test func tieAcrossTheLastPlaceIsFlagged() {
        let scores: [Double] = [0, 1, 2, 3, 4, 5, 5]
        let c = Self.consolidate(scores.enumerated().map { Self.unit("U\($0)", lost: $1) })
        let tied = c.ranked.filter(\.tie)
        #expect(tied.count == 2 && tied.allSatisfy { $0.award == nil && $0.contends.map(\.code) == ["fair"] })
        #expect(c.proposals[2].ties.first?.places == 1)
        Self.expectWithinQuotas(c)
    }

    @Test func oneLineScoredZeroMakesAUnitIneligible() {
        let c = Self.consolidate([Self.unit("Ia Le", claims: ["9a": 0]), Self.unit("Ia Blứ")])
        let u = c.units.first { $0.name == "Ia Le" }!
        #expect(!u.eligible)
        #expect(u.rank == nil && u.award == nil)
        #expect(u.ineligibleReasons.map(\.code) == ["lineNotScored"])
        #expect(u.ineligibleReasons[0].message.text(.vi) == "Chưa thực hiện đầy đủ các nội dung thi đua: tiêu chí 9a được 0 điểm")
        #expect(u.status == .valid)
    }

    @Test func errorsAndOtherPeriodMakeAUnitIneligible() {
        let bad = Fixture.scored(Fixture.submission(file: "x.xlsx", name: "X", claims: ["1": "năm"]))
        let other = Fixture.scored(Fixture.submission(file: "y.xlsx", name: "Y", period: "2022-2023"))
        let c = Self.consolidate([bad, other])
        #expect(c.units.first { $0.name == "X" }?.ineligibleReasons.map(\.code).contains("hasErrors") == true)
        #expect(c.units.first { $0.name == "X" }?.status == .invalid)
        #expect(c.units.first { $0.name == "Y" }?.ineligibleReasons.map(\.code) == ["otherPeriod"])
    }

    @Test func newerSubmissionSupersedesOlder() {
        let old = Self.unit("Ia Hrú", lost: 2, file: "IaHru-lan1.xlsx", date: "05/01/2024", modified: 2000)
        let new = Self.unit("Ia Hrú", file: "IaHru-lan2.xlsx", date: "10/01/2024", modified: 1000)
        let c = Self.consolidate([new, old])
        let o = c.units.first { $0.result.file == "IaHru-lan1.xlsx" }!
        #expect(o.superseded && o.status == .superseded && !o.eligible)
        #expect(o.supersededBy == "IaHru-lan2.xlsx")
        #expect(o.findings.contains { $0.code == .superseded && $0.severity == .warning })
        #expect(c.ranked.map(\.result.file) == ["IaHru-lan2.xlsx"])
        #expect(c.units.last?.superseded == true)
    }

    @Test func sameDateFallsBackToFileTimeThenName() {
        let a = Self.unit("Ia Hrú", file: "a.xlsx", modified: 2000)
        let b = Self.unit("Ia Hrú", file: "b.xlsx", modified: 1000)
        #expect(Self.consolidate([a, b]).ranked.map(\.result.file) == ["a.xlsx"])
        let c = Self.unit("Ia Hrú", file: "c.xlsx"), d = Self.unit("Ia Hrú", file: "d.xlsx")
        #expect(Self.consolidate([d, c]).ranked.map(\.result.file) == ["d.xlsx"])
    }

    static let roster = [
        RosterEntry(code: "X01", name: "Đảng ủy xã Hòa Bình", type: "party"),
        RosterEntry(code: "X02", name: "Đảng ủy xã Ia Phang", type: "party"),
        RosterEntry(code: "CQ01", name: "Phòng Nội vụ", type: "agency"),
    ]

    @Test func rosterMatchingByCodeThenNameKey() {
        let byName = Self.unit("Đảng ủy xã Hoà Bình")
        let byCode = Self.unit("Phòng NV", code: "cq01")
        let stranger = Self.unit("Đảng ủy xã Ia Phan")
        let c = Self.consolidate([byName, byCode, stranger], roster: Self.roster)
        #expect(c.units.first { $0.name == "Đảng ủy xã Hoà Bình" }?.rosterEntry?.code == "X01")
        let agency = c.units.first { $0.name == "Phòng NV" }!
        #expect(agency.rosterEntry?.code == "CQ01")
        #expect(agency.type == "agency" && agency.route?.code == "government")
        #expect(agency.findings.contains { $0.code == .unitTypeDiffers })
        let s = c.units.first { $0.name == "Đảng ủy xã Ia Phan" }!
        let f = s.findings.first { $0.code == .notOnRoster }
        #expect(f?.severity == .warning)
        #expect(f?.text(.vi).contains("Đảng ủy xã Ia Phang") == true)
        #expect(c.missing.map(\.code) == ["X02"])
    }

    @Test func nomineesAreListedWithRoutesAndFlaggedAboveQuota() {
        let a = Self.unit("A", nominees: [("N1", "có"), ("N2", "không"), ("N3", "có")])
        let b = Self.unit("B", claims: ["1": 0], nominees: [("N4", "có"), ("N5", ""), ("N6", "có")])
        let c = Self.consolidate([b, a])
        #expect(c.nominees.map(\.nominee.name) == ["N1", "N2", "N3", "N4", "N5", "N6"])
        #expect(c.nominees.map { $0.route?.code } == ["party", "government", "party", "party", nil, "party"])
        #expect(c.nominees[3].unit == 1 && !c.units[1].eligible)
        #expect(c.nomineesAboveQuota)
        #expect(c.findings.contains { $0.code == .nomineesAboveQuota })
    }

    @Test func resultDoesNotDependOnInputOrder() {
        let subs = [Self.unit("Ia Hrú", lost: 1), Self.unit("Ia Rong", lost: 1), Self.unit("Chư Don"),
                    Self.unit("Nhơn Hòa", lost: 2, file: "nh1.xlsx", modified: 1), Self.unit("Nhơn Hòa", file: "nh2.xlsx", modified: 2),
                    Self.unit("Ia Le", claims: ["3": 0]), Self.unit("Ia Blứ", lost: 4)]
        let reference = Self.consolidate(subs, roster: Self.roster)
        var generator = SplitMix64(seed: 42)
        for _ in 0..<20 {
            #expect(Self.consolidate(subs.shuffled(using: &generator), roster: Self.roster) == reference)
        }
    }
}

@Suite struct PermuteTests {
    @Test(arguments: [[], [0], [1, 0], [2, 0, 1], [0, 1, 2], [3, 2, 1, 0], [1, 2, 3, 4, 0, 5, 7, 6]])
    func permutingInPlaceTakesEachElementFromItsIndex(_ order: [Int]) {
        var a = order.indices.map { "u\($0)" }
        let want = order.map { "u\($0)" }
        Consolidator.permute(&a, taking: order)
        #expect(a == want)
    }

    @Test func aLongRandomPermutation() {
        var rng = SystemRandomNumberGenerator()
        let order = Array(0..<1_000).shuffled(using: &rng)
        var a = Array(0..<1_000)
        Consolidator.permute(&a, taking: order)
        #expect(a == order)
    }
}
