import Catalog
import Scoring
import SheetWriter

extension ScoringSheetBuilder {
    // MARK: Items table

    mutating func itemsTable() {
        // Group row: who fills what.
        grid.merge(row, Self.code, Self.max, .text(TemplateText.planScale.vi), .groupHeader)
        grid.merge(row, Self.claimed, Self.evidence, .text(TemplateText.unitPart.vi), .groupHeader)
        grid.set(row, Self.verified, .text(TemplateText.inspectionTeam.vi), .groupHeader)
        grid.set(row, Self.note, .empty, .groupHeader)
        grid.setHeight(row, 33)
        let groupRow = row
        row += 1

        layout.tableHeaderRow = row
        let columns: [ItemColumn: Int] = [.code: Self.code, .text: Self.text, .max: Self.max, .claimed: Self.claimed,
                                          .evidence: Self.evidence, .verified: Self.verified, .note: Self.note]
        layout.columns = columns
        for (key, labels) in SheetLabels.columns {
            guard let c = columns[key] else { continue }
            grid.set(row, c, .text(Self.first(labels)), .tableHeader)
        }
        grid.setHeight(row, 33)
        grid.print?.repeatRows = groupRow...row
        row += 1

        let firstItem = row
        var claimedSum = 0.0
        for item in rubric.items {
            layout.itemRows[item.code] = row
            let given = fill?.items[item.code] ?? [:]
            grid.set(row, Self.code, .text(item.code), .code)
            let text = Self.criterionText(item)
            grid.set(row, Self.text, .text(text), .criterion)
            grid.set(row, Self.max, .number(item.max), .maxPoints)
            grid.set(row, Self.claimed, given[.claimed].map(Self.content) ?? .empty, .input(.number))
            grid.set(row, Self.evidence, given[.evidence].map(Self.content) ?? .empty, .input(.wrappedText))
            grid.set(row, Self.verified, given[.verified].map(Self.content) ?? .empty, .inspection)
            grid.set(row, Self.note, given[.note].map(Self.content) ?? .empty, .input(.wrappedText))
            if case .number(let n)? = given[.claimed] { claimedSum += n }
            grid.validate(row, Self.claimed, claimedRule(item))
            grid.validate(row, Self.verified, verifiedRule(item))
            grid.fitRow(row, text: text, width: grid.width(Self.text, Self.text), minimum: 36)
            row += 1
        }
        let lastItem = row - 1
        grid.validate(firstItem, Self.evidence, lastItem, Self.evidence, DataValidation(
            .textLength(max: 2000), inputTitle: Self.prompt(.evidenceTitle), inputMessage: Self.prompt(.evidenceMessage)))
        grid.validate(firstItem, Self.note, lastItem, Self.note, DataValidation(
            .textLength(max: 2000), inputTitle: Self.prompt(.noteTitle), inputMessage: Self.prompt(.noteMessage)))
        totalRow(firstItem: firstItem, lastItem: lastItem, claimedSum: claimedSum)
    }

    /// The criterion and, below it, what "met" and "not met" mean.
    static func criterionText(_ item: RubricItem) -> String {
        TemplateText.criterion(item.text, met: item.met, notMet: item.notMet).vi
    }

    private func claimedRule(_ item: RubricItem) -> DataValidation {
        DataValidation(.decimal(min: 0, max: item.max), inputTitle: Self.prompt(.claimedTitle(max: item.max)),
                       inputMessage: Self.prompt(.claimedMessage(item.kind, max: item.max)),
                       errorTitle: Self.prompt(.invalidPointsTitle),
                       errorMessage: Self.prompt(.claimedError(line: item.code, max: item.max)))
    }

    private func verifiedRule(_ item: RubricItem) -> DataValidation {
        DataValidation(.decimal(min: 0, max: item.max), inputTitle: Self.prompt(.verifiedTitle),
                       inputMessage: Self.prompt(.verifiedMessage(max: item.max)),
                       errorTitle: Self.prompt(.invalidPointsTitle),
                       errorMessage: Self.prompt(.verifiedError(line: item.code, max: item.max)))
    }

    private mutating func totalRow(firstItem: Int, lastItem: Int, claimedSum: Double) {
        layout.totalRow = row
        func col(_ c: Int) -> String {
            ExcelLimits.a1(firstRow: firstItem, firstColumn: c, lastRow: lastItem, lastColumn: c)
        }
        grid.merge(row, Self.code, Self.text, .text(Self.first(SheetLabels.total)), .totalLabel)
        let maxTotal = rubric.items.reduce(0) { $0 + $1.max }
        grid.set(row, Self.max, .formula("SUM(\(col(Self.max)))", cached: .number(maxTotal), plain: maxTotal), .totalNumber)
        if let written = fill?.writtenTotal {
            grid.set(row, Self.claimed, Self.content(written), .totalNumber)
        } else {
            // No number in a CSV: a reader would take it for a written total.
            grid.set(row, Self.claimed, .formula("SUM(\(col(Self.claimed)))", cached: .number(claimedSum)), .totalNumber)
        }
        let blank = "COUNTBLANK(\(col(Self.claimed)))"
        let missing = rubric.items.filter { fill?.items[$0.code]?[.claimed] == nil }.count
        let cached = missing > 0 ? TemplateText.linesLeft(missing) : .allLinesScored(rubric.items.count)
        grid.set(row, Self.evidence, .formula(TemplateText.scoreCheckFormula(blank: blank, rows: "ROWS(\(col(Self.claimed)))").vi,
                                              cached: .text(cached.vi)), .totalCheck)
        grid.set(row, Self.verified, .formula("IF(COUNT(\(col(Self.verified)))=0,\"\",SUM(\(col(Self.verified))))",
                                              cached: .text("")), .totalNumber)
        grid.set(row, Self.note, .empty, .totalNumber)
        grid.setHeight(row, 24)
        row += 2
    }

    // MARK: Counts

    mutating func countsBlock() {
        layout.countsTitleRow = row
        grid.set(row, 1, .text(SheetLabels.countsBlock), .blockTitle)
        grid.setHeight(row, 20)
        row += 1
        for count in rubric.counts {
            layout.countRows[count.key] = row
            grid.set(row, 1, .text(count.label), .label)
            grid.set(row, 2, fill?.counts[count.key].map(Self.content) ?? .empty, .input(.number))
            grid.validate(row, 2, DataValidation(.wholeAtLeast(0), inputTitle: Self.prompt(.countTitle),
                                                 inputMessage: Self.prompt(.countMessage),
                                                 errorTitle: Self.prompt(.countErrorTitle),
                                                 errorMessage: Self.prompt(.countError)))
            grid.fitRow(row, text: count.label, width: grid.width(1, 1), minimum: 20)
            row += 1
        }
        layout.ratingRow = row
        grid.set(row, 1, .text(Self.first(SheetLabels.rating)), .label)
        grid.merge(row, 2, 4, fill?.rating.map(Self.content) ?? .empty, .input(.choice))
        grid.validate(row, 2, DataValidation(.listFrom("=" + TemplateLists.ratingsName), inputTitle: Self.prompt(.ratingTitle),
                                             inputMessage: Self.prompt(.ratingMessage),
                                             errorTitle: Self.prompt(.ratingErrorTitle),
                                             errorMessage: Self.prompt(.ratingError)))
        grid.setHeight(row, 20)
        row += 2
    }

    // MARK: Nominations

    mutating func nominationsBlock(rows count: Int = 8) {
        layout.nomineesTitleRow = row
        grid.set(row, 1, .text(SheetLabels.nomineesBlock), .blockTitle)
        grid.setHeight(row, 20)
        row += 1
        layout.nomineeHeaderRow = row
        // name B, position C:D, achievements E, party member F:G
        let spans: [NomineeColumn: (Int, Int)] = [.name: (1, 1), .position: (2, 3), .achievements: (4, 4), .partyMember: (5, 6)]
        layout.nomineeColumns = spans.mapValues { $0.0 }
        for (key, labels) in SheetLabels.nomineeColumns {
            guard let s = spans[key] else { continue }
            grid.merge(row, s.0, s.1, .text(Self.first(labels)), .tableHeader)
        }
        grid.setHeight(row, 20)
        row += 1
        let first = row
        for i in 0..<count {
            let given = i < (fill?.nominees.count ?? 0) ? fill!.nominees[i] : [:]
            for (key, s) in spans {
                let style: TemplateStyle = key == .partyMember ? .input(.choice) : .input(.wrappedText)
                grid.merge(row, s.0, s.1, given[key].map(Self.content) ?? .empty, style)
            }
            grid.setHeight(row, 30)
            row += 1
        }
        layout.nomineeRows = first...(row - 1)
        let last = row - 1
        grid.validate(first, 1, last, 1, DataValidation(.textLength(max: 255), inputTitle: Self.prompt(.nameTitle),
                                                        inputMessage: Self.prompt(.nameMessage)))
        grid.validate(first, 2, last, 2, DataValidation(.textLength(max: 255), inputTitle: Self.prompt(.positionTitle),
                                                        inputMessage: Self.prompt(.positionMessage)))
        grid.validate(first, 4, last, 4, DataValidation(.textLength(max: 2000), inputTitle: Self.prompt(.achievementsTitle),
                                                        inputMessage: Self.prompt(.achievementsMessage)))
        grid.validate(first, 5, last, 5, DataValidation(
            .listFrom("=" + TemplateLists.yesNoName), inputTitle: Self.prompt(.partyMemberTitle),
            inputMessage: Self.prompt(.partyMemberMessage(yes: SheetLabels.yes, no: SheetLabels.no)),
            errorTitle: Self.prompt(.invalidTitle),
            errorMessage: Self.prompt(.partyMemberError(yes: SheetLabels.yes, no: SheetLabels.no))))
        row += 1
    }

    mutating func signature() {
        grid.merge(row, 4, Self.last, .text(SheetLabels.signature[0].uppercased()), .signatureTitle)
        grid.merge(row + 1, 4, Self.last, .text(SheetLabels.signature[1]), .signatureHint)
        row += 2
    }
}
