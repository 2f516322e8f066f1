import Catalog
import Scoring

/// "Đề nghị khen thưởng": collective proposals by level with ties for the council,
/// individuals with the quota, and the units not eligible and why.
enum ProposalsSheet {
    static let name = "Đề nghị khen thưởng"
    // Shared columns: STT | name | type/position | score | rank/party | route | note/unit | eligible | achievements
    static let widths: [Double] = [5, 26, 16, 9, 9, 28, 24, 10, 30]
    typealias C = ReportSheet.Cell

    static func build(_ input: ReportInput) -> ReportSheet {
        let t = input.text, c = input.consolidation
        var s = ReportSheet(name: name, columnWidths: widths)
        s.line(t("Đề nghị khen thưởng", "Award proposals").uppercased(), .title)
        s.line(TitleBlock.planLine(input.rubric, t), .subtitle)
        s.gap()
        collective(input, into: &s)
        individuals(input, into: &s)
        ineligible(input, into: &s)
        if c.units.isEmpty { s.line(t("Chưa có đơn vị nào.", "No units."), .note) }
        return s
    }

    private static func collective(_ input: ReportInput, into s: inout ReportSheet) {
        let t = input.text, c = input.consolidation
        s.line(t("I. Khen thưởng tập thể", "I. Collective awards"), .section)
        s.add([.text(t("STT", "No."), .header), .text(t("Đơn vị", "Unit"), .header),
                            .text(t("Loại đơn vị", "Unit type"), .header), .text(t("Điểm", "Points"), .header),
                            .text(t("Xếp hạng", "Rank"), .header),
                            .text(t("Tuyến đề nghị (thẩm định → quyết định)", "Route (appraiser → decider)"), .header),
                            .text(t("Ghi chú", "Note"), .header, span: 3)], minimum: 36)
        for p in c.proposals {
            let tied = Set(p.ties.flatMap(\.units))
            let toFill = p.ties.reduce(0) { $0 + $1.places }
            var summary = t("Mức \"\(p.level.label)\" — chỉ tiêu \(p.level.count); đề nghị \(p.units.count) đơn vị",
                            "Level \"\(p.level.label)\" — quota \(p.level.count); \(p.units.count) unit(s) proposed")
            if toFill > 0 {
                summary += t("; Hội đồng xem xét chọn thêm \(toFill) trong \(tied.count) đơn vị đồng hạng",
                             "; the council chooses \(toFill) more among \(tied.count) tied unit(s)")
            }
            let open = p.level.count - p.units.count - toFill
            if open > 0 { summary += t("; còn \(open) suất chưa có đơn vị đủ điều kiện", "; \(open) place(s) without an eligible unit") }
            s.add([.text(summary, .group, span: widths.count)])
            // The units proposed, then each tie's (1,500 units tied at full marks are one
            // tie): rows made while written. `(unit, tie)`: the tie's index, or -1.
            let listed: [(unit: Int, tie: Int)] = p.units.map { ($0, -1) }
                + p.ties.enumerated().flatMap { k, tie in tie.units.map { ($0, k) } }
            let notes = p.ties.map { tie in
                t("Đồng hạng — Hội đồng xem xét: chọn \(tie.places) trong \(tie.units.count) đơn vị đồng hạng \(tie.rank)",
                  "Tied — for the council: choose \(tie.places) of \(tie.units.count) units tied at rank \(tie.rank)")
            }
            let sheet = s
            s.addBlocks(rowCount: listed.count, count: listed.count) { k in
                let (i, tie) = listed[k]
                return [sheet.row(unitRow(k + 1, c.units[i], note: tie < 0 ? "" : notes[tie], input))]
            }
            if listed.isEmpty { s.add([.text(t("Không có đơn vị.", "No unit."), .note, span: widths.count)]) }
        }
        s.gap()
    }

    /// "Đồng hạng — Hội đồng xem xét (Tốt hoặc Khá)": a tied unit's award cell, never a level.
    static func tieLabel(_ u: ConsolidatedUnit, _ t: ReportText) -> String {
        let levels = Wording.alternatives(u.contends.map(\.label), t.language)
        return t("Đồng hạng — Hội đồng xem xét", "Tied — for the council") + (levels.isEmpty ? "" : " (\(levels))")
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
        s.line(t("II. Khen thưởng cá nhân", "II. Individual awards"), .section)
        var summary = t("Chỉ tiêu: \(quota) cá nhân; số được đề nghị: \(c.nominees.count).",
                        "Quota: \(quota) individuals; nominated: \(c.nominees.count).")
        if c.nomineesAboveQuota {
            summary += t(" Số người được đề nghị nhiều hơn chỉ tiêu — Hội đồng xem xét, lựa chọn (danh sách giữ nguyên, không cắt bớt).",
                         " More nominees than the quota — the council chooses (the list is kept whole).")
        }
        s.add([.text(summary, c.nomineesAboveQuota ? .status(.warning) : .note, span: widths.count)])
        s.add([.text(t("STT", "No."), .header), .text(t("Họ và tên", "Name"), .header), .text(t("Chức vụ", "Position"), .header),
               .text(t("Điểm của đơn vị", "Unit's points"), .header), .text(t("Đảng viên", "Party member"), .header),
               .text(t("Tuyến đề nghị (thẩm định → quyết định)", "Route (appraiser → decider)"), .header),
               .text(t("Đơn vị", "Unit"), .header), .text(t("Đơn vị đủ điều kiện", "Unit eligible"), .header),
               .text(t("Thành tích", "Achievements"), .header)], minimum: 36)
        let sheet = s
        s.addBlocks(rowCount: c.nominees.count, count: c.nominees.count) { k in
            let p = c.nominees[k], u = c.units[p.unit]
            return [sheet.row([.number(Double(k + 1), .integer), .text(p.nominee.name), .text(p.nominee.position),
                               .number(u.score, .points),
                               .text(p.nominee.partyMember.map(t.yesNo) ?? t("Chưa rõ", "Unknown"), .centered),
                               .text(t.route(p.route)), .text(u.name), .text(t.yesNo(u.eligible), .centered),
                               .text(p.nominee.achievements)])]
        }
        if c.nominees.isEmpty { s.add([.text(t("Không có cá nhân được đề nghị.", "No individual nominated."), .note, span: widths.count)]) }
        s.gap()
    }

    private static func ineligible(_ input: ReportInput, into s: inout ReportSheet) {
        let t = input.text, all = input.consolidation.units
        let units = all.indices.filter { !all[$0].superseded && !all[$0].eligible }
        s.line(t("III. Đơn vị không đủ điều kiện xét khen thưởng", "III. Units not eligible for awards"), .section)
        s.add([.text(t("STT", "No."), .header), .text(t("Đơn vị", "Unit"), .header),
               .text(t("Loại đơn vị", "Unit type"), .header), .text(t("Điểm", "Points"), .header),
               .text(t("Trạng thái", "Status"), .header), .text(t("Lý do", "Why"), .header, span: 4)], minimum: 24)
        let sheet = s
        s.addBlocks(rowCount: units.count, count: units.count) { k in
            let u = all[units[k]], status = RowStatus.unit(u.status)
            return [sheet.row([.number(Double(k + 1), .integer), .text(u.name), .text(t.unitType(u.type, rubric: input.rubric)),
                               .number(u.score, .points), .text(status.label(t), .status(status.tone)),
                               .text(u.ineligibleReasons.map { "– " + t($0.message) }.joined(separator: "\n"), span: 4)])]
        }
        if units.isEmpty { s.add([.text(t("Không có.", "None."), .note, span: widths.count)]) }
    }
}
