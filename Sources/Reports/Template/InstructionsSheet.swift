import Catalog
import Scoring

/// The instructions sheet ("Hướng dẫn"): how a clerk fills the template, in plain Vietnamese.
enum InstructionsSheet {
    static func sheet(rubric: Rubric, unit: RosterEntry?) -> TemplateSheet {
        var g = TemplateSheet.template(SheetLabels.instructionsSheet, columnWidths: [4, 80])
        var row = 0
        func title(_ s: String, _ style: TemplateStyle, height: Double) {
            g.merge(row, 0, 1, .text(s), style)
            g.fitRow(row, text: s, width: 84, fontSize: style == .instructionTitle ? 14 : 12, minimum: height)
            row += 1
        }
        func step(_ n: String, _ s: String) {
            g.set(row, 0, .text(n), .instructionHeading)
            g.set(row, 1, .text(s), .instructionText)
            g.fitRow(row, text: s, width: 80, minimum: 20)
            row += 1
        }
        title(SheetLabels.instructionsTitle, .instructionTitle, height: 24)
        title(rubric.plan.shortTitle, .planLine, height: 20)
        title(InstructionText.basis(plan: rubric.plan.number, date: DocumentText.Day(iso: rubric.plan.date),
                                    period: rubric.period.label).vi, .planLine, height: 20)
        g.setHeight(row, 10); row += 1

        let computed = rubric.items.filter { $0.kind == .ratio || $0.kind == .threshold }.map(\.code)
        var steps: [InstructionText] = [.inputCells, .header(sheet: SheetLabels.scoringSheet, personal: unit != nil),
                                        .claimedColumn(maxTotal: rubric.items.reduce(0) { $0 + $1.max }), .evidenceColumn]
        if !rubric.counts.isEmpty {
            steps.append(.counts(block: SheetLabels.countsBlock, labels: rubric.counts.map(\.label),
                                 rating: ScoringSheetBuilder.first(SheetLabels.rating), computed: computed))
        }
        steps += [.nominees(block: SheetLabels.nomineesBlock), .verifiedColumn, .keepTheLayout, .saveAs]
        for (i, s) in steps.enumerated() { step("\(i + 1).", s.vi) }
        g.setHeight(row, 10); row += 1
        step("", InstructionText.closing.vi)
        return g
    }
}
