import Foundation
import Scoring
import SheetModel
import Testing

/// The entry of the submission a builder key names ("claimed:4a", "count:staff"…).
private func entry(_ key: String, in s: Submission) -> Entry? {
    let parts = key.split(separator: ":").map(String.init)
    switch parts[0] {
    case "unitName": return s.unitName
    case "unitCode": return s.unitCode
    case "unitType": return s.unitType
    case "period": return s.period
    case "date": return s.date
    case "preparer": return s.preparer
    case "phone": return s.phone
    case "total": return s.writtenTotal
    case "rating": return s.rating
    case "count": return s.counts[parts[1]]
    case "code":
        guard let item = s.items.first(where: { $0.code == parts[1] }) else { return nil }
        return Entry(.empty, at: item.location)
    case "claimed", "evidence", "verified", "note":
        guard let item = s.items.first(where: { $0.code == parts[1] }) else { return nil }
        return ["claimed": item.claimed, "evidence": item.evidence,
                "verified": item.verified, "note": item.note][parts[0]]
    case "nominee":
        let i = Int(parts[1])!
        guard i < s.nominees.count else { return nil }
        let n = s.nominees[i]
        return ["name": n.name, "position": n.position, "partyMember": n.partyMember,
                "achievements": n.achievements][parts[2]]
    default: return nil
    }
}

/// Checks that every value the builder placed was found, with its cell and sheet.
private func expectFound(_ s: Submission, _ builder: TemplateGridBuilder,
                         sourceLocation: Testing.SourceLocation = #_sourceLocation) {
    #expect(builder.placed.count == 7 + 14 * 3 + 2 + 1 + 4 + 1 + 8, sourceLocation: sourceLocation)
    for (key, placed) in builder.placed.sorted(by: { $0.key < $1.key }) {
        guard let found = entry(key, in: s) else {
            Issue.record("\(key): not found", sourceLocation: sourceLocation)
            continue
        }
        #expect(found.location?.cell == placed.a1, "\(key) cell", sourceLocation: sourceLocation)
        #expect(found.location?.sheet == builder.sheetName, "\(key) sheet", sourceLocation: sourceLocation)
        #expect(found.location?.file == "don-vi.xlsx", "\(key) file", sourceLocation: sourceLocation)
        if !key.hasPrefix("code:") {
            #expect(found.value == placed.value, "\(key) value", sourceLocation: sourceLocation)
        }
    }
    #expect(s.items.map(\.code) == seedRubric.items.map(\.code), sourceLocation: sourceLocation)
    #expect(s.counts.count == seedRubric.counts.count, sourceLocation: sourceLocation)
    #expect(s.nominees.count == builder.nominees.count, sourceLocation: sourceLocation)
    #expect(s.findings.filter { $0.severity != .info }.isEmpty, "\(s.findings)",
            sourceLocation: sourceLocation)
}

private let plan = LocatorPlan(rubric: seedRubric)

private func locate(_ sheets: [Sheet]) -> Submission {
    Locator.locate(Grid(sheets: sheets), file: "don-vi.xlsx", plan: plan, fileModified: 12)
}

@Suite struct LocatorTests {
    @Test func canonicalLayout() {
        var b = TemplateGridBuilder()
        let s = locate([b.build()])
        expectFound(s, b)
        #expect(s.findings.isEmpty)
        #expect(s.fileModified == 12)
        #expect(s.writtenTotal.isFormula)
        #expect(s.unitName.location?.cell == "B7")
        #expect(s.items[5].claimed == Entry(.text("7,5"), at: SheetModel.SourceLocation(
            file: "don-vi.xlsx", sheet: "Tự chấm điểm", cell: CellRef(a1: "D21"))))
        #expect(s.items[1].verified.value == .number(8))
        #expect(s.items[0].verified.value == .empty)
        #expect(s.items[0].verified.location?.cell == "F16")
        #expect(s.templateRubricID == nil)
    }

    @Test func conveniencePlanGivesTheSameSubmission() {
        var b = TemplateGridBuilder()
        let grid = Grid(sheets: [b.build()])
        let a = Locator.locate(grid, file: "x.xlsx", rubric: seedRubric, fileModified: nil)
        let c = Locator.locate(grid, file: "x.xlsx", plan: plan, fileModified: nil)
        #expect(a == c)
    }

    @Test(arguments: [0, 1, 7, 40])
    func rowsInsertedAboveTheTable(rows: Int) {
        var b = TemplateGridBuilder()
        b.extraRowsAbove = rows
        expectFound(locate([b.build()]), b)
    }

    @Test func instructionAndTitleRowsDeleted() {
        var b = TemplateGridBuilder()
        b.titleRows = false
        b.instructionRows = 0
        let s = locate([b.build()])
        expectFound(s, b)
        #expect(s.unitName.location?.cell == "B1")
    }

    @Test(arguments: [
        [ItemColumn.claimed, .code, .text, .max, .evidence, .verified, .note],
        [.note, .verified, .evidence, .claimed, .max, .text, .code],
        [.text, .code, .max, .evidence, .claimed, .note, .verified],
    ])
    func columnsMoved(order: [ItemColumn]) {
        var b = TemplateGridBuilder()
        b.columns = order
        expectFound(locate([b.build()]), b)
    }

    @Test func extraSheetsInFrontAreIgnored() {
        var b = TemplateGridBuilder()
        b.sheetName = "Sheet2"
        var notes = Sheet(name: "Ghi chú")
        notes[CellRef(row: 0, column: 0)] = Cell(.text("Bảng này để nháp"))
        // a look-alike table without the plan's codes
        for (c, label) in ["Mã", "Nội dung", "Điểm tự chấm"].enumerated() {
            notes[CellRef(row: 2, column: c)] = Cell(.text(label))
        }
        notes[CellRef(row: 3, column: 0)] = Cell(.text("X1"))
        var after = Sheet(name: "Sheet3")
        after[CellRef(row: 0, column: 0)] = Cell(.text("Mã"))
        let s = locate([notes, Sheet(name: "Trống"), b.build(), after])
        expectFound(s, b)
    }

    @Test func mergedLabelCells() {
        var b = TemplateGridBuilder()
        b.mergeLabels = true
        let s = locate([b.build()])
        expectFound(s, b)
        #expect(s.unitName.location?.cell == "D7")
    }

    @Test func labelsWithColonsAndMarks() {
        for suffix in [":", " (*)", " (1):", "  :"] {
            var b = TemplateGridBuilder()
            b.labelSuffix = suffix
            expectFound(locate([b.build()]), b)
        }
    }

    @Test func valuesInTheLabelCell() {
        var b = TemplateGridBuilder()
        b.inlineValues = true
        let s = locate([b.build()])
        expectFound(s, b)
        #expect(s.unitName.value == .text("Chi bộ Trường THCS Nguyễn Du"))
        #expect(s.unitName.location?.cell == "A7")
        #expect(s.counts["staff"]?.value == .text("25"))
    }

    @Test func decomposedText() {
        var b = TemplateGridBuilder()
        b.nfd = true
        let s = locate([b.build()])
        expectFound(s, b)
        #expect(s.unitName.text.precomposedStringWithCanonicalMapping == b.unitName)
    }

    @Test func allTextGridLikeACSV() {
        var b = TemplateGridBuilder()
        b.allText = true
        b.sheetName = ""
        let s = locate([b.build()])
        expectFound(s, b)
        #expect(s.date.value == .text("2024-01-05"))
        #expect(s.items[0].claimed.value == .text("5"))
        #expect(!s.writtenTotal.isFormula)
    }
}
