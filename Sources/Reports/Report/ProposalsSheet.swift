import Catalog
import Scoring

/// "Đề nghị khen thưởng": collective proposals by level with ties for the council,
/// individuals with the quota, and the units not eligible and why.
enum ProposalsSheet {
    static let name = ReportSheetName.proposals.vi
    // Shared columns: STT | name | type/position | score | rank/party | route | note/unit | eligible | achievements
    static let widths: [Double] = [5, 26, 16, 9, 9, 28, 24, 10, 30]
    typealias C = ReportSheet.Cell

    static func build(_ input: ReportInput) -> ReportSheet {
        let t = input.text, c = input.consolidation
        var s = ReportSheet.report(name, columnWidths: widths)
        s.line(t(ProposalText.title).uppercased(), .title)
        s.line(TitleBlock.planLine(input.rubric, t), .subtitle)
        s.gap()
        collective(input, into: &s)
        individuals(input, into: &s)
        ineligible(input, into: &s)
        if c.units.isEmpty { s.line(t(ReportText.noUnits), .note) }
        return s
    }

    private static func collective(_ input: ReportInput, into s: inout ReportSheet) {
        let t = input.text, c = input.consolidation
        s.line(t(ProposalText.collective), .section)
        s.add(([.number, .unit, .unitType, .points, .ranking, .route] as [ReportColumn]).map { .text(t($0), .header) }
              + [.text(t(ReportColumn.note), .header, span: 3)], minimum: 36)
        for p in c.proposals {
            let tied = Set(p.ties.flatMap(\.units))
            let toFill = p.ties.reduce(0) { $0 + $1.places }
            let open = p.level.count - p.units.count - toFill
            let summary = t(ProposalText.level(p.level.label, quota: p.level.count, proposed: p.units.count,
                                               toFill: toFill, tied: tied.count, open: open))
            s.add([.text(summary, .group, span: widths.count)])
            // The units proposed, then each tie's (1,500 units tied at full marks are one
            // tie): rows made while written. `(unit, tie)`: the tie's index, or -1.
            let listed: [(unit: Int, tie: Int)] = p.units.map { ($0, -1) }
                + p.ties.enumerated().flatMap { k, tie in tie.units.map { ($0, k) } }
            let notes = p.ties.map { tie in t(ProposalText.tie(places: tie.places, units: tie.units.count, rank: tie.rank)) }
            let sheet = s
            s.addBlocks(rowCount: listed.count, count: listed.count) { k in
                let (i, tie) = listed[k]
                return [sheet.fitted(unitRow(k + 1, c.units[i], note: tie < 0 ? "" : notes[tie], input))]
            }
            if listed.isEmpty { s.add([.text(t(ProposalText.noUnit), .note, span: widths.count)]) }
        }
        s.gap()
    }

    /// "Đồng hạng — Hội đồng xem xét (Tốt hoặc Khá)": a tied unit's award cell, never a level.
    static func tieLabel(_ u: ConsolidatedUnit, _ t: Words) -> String {
        t(ProposalText.tied(levels: Wording.alternatives(u.contends.map(\.label), t.language)))
    }

    private static func unitRow(_ n: Int, _ u: ConsolidatedUnit, note: String, _ input: ReportInput) -> [C?] {
        let t = input.text
        return [.number(Double(n), .integer), .text(u.name), .text(t.unitType(u.type, rubric: input.rubric)),
                .number(u.score, .pointsBold), u.rank.map { .number(Double($0), .integer) } ?? .blank(.integer),
                .text(t.route(u.route)), .text(note, note.isEmpty ? .cell : .status(.warning), span: 3)]
    }

    private static func individuals(_ input: ReportInput, into s: inout ReportSheet) {
        let t = input.text, c = input.consolidation
        let quota = input.rubric.awards.individuals
        s.line(t(ProposalText.individuals), .section)
        let summary = t(ProposalText.quota(quota, nominated: c.nominees.count, aboveQuota: c.nomineesAboveQuota))
        s.add([.text(summary, c.nomineesAboveQuota ? .status(.warning) : .note, span: widths.count)])
        s.add(([.number, .name, .position, .unitPoints, .partyMember, .route, .unit, .unitEligible, .achievements]
               as [ReportColumn]).map { .text(t($0), .header) }, minimum: 36)
        let sheet = s
        s.addBlocks(rowCount: c.nominees.count, count: c.nominees.count) { k in
            let p = c.nominees[k], u = c.units[p.unit]
            return [sheet.fitted([.number(Double(k + 1), .integer), .text(p.nominee.name), .text(p.nominee.position),
                               .number(u.score, .points),
                               .text(p.nominee.partyMember.map(t.yesNo) ?? t(ReportText.unknown), .centered),
                               .text(t.route(p.route)), .text(u.name), .text(t.yesNo(u.eligible), .centered),
                               .text(p.nominee.achievements)])]
        }
        if c.nominees.isEmpty { s.add([.text(t(ProposalText.noNominee), .note, span: widths.count)]) }
        s.gap()
    }

    private static func ineligible(_ input: ReportInput, into s: inout ReportSheet) {
        let t = input.text, all = input.consolidation.units
        let units = all.indices.filter { !all[$0].superseded && !all[$0].eligible }
        s.line(t(ProposalText.ineligible), .section)
        s.add(([.number, .unit, .unitType, .points, .status] as [ReportColumn]).map { .text(t($0), .header) }
              + [.text(t(ReportColumn.why), .header, span: 4)], minimum: 24)
        let sheet = s
        s.addBlocks(rowCount: units.count, count: units.count) { k in
            let u = all[units[k]], status = RowStatus.unit(u.status)
            return [sheet.fitted([.number(Double(k + 1), .integer), .text(u.name), .text(t.unitType(u.type, rubric: input.rubric)),
                               .number(u.score, .points), .text(status.label(t), .status(status.tone)),
                               .text(u.ineligibleReasons.map { "– " + t($0.message) }.joined(separator: "\n"), span: 4)])]
        }
        if units.isEmpty { s.add([.text(t(ProposalText.none), .note, span: widths.count)]) }
    }
}
