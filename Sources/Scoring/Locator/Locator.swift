import SheetModel

/// Finds a submission's data in a grid by labels and codes, not by fixed addresses
/// (SPEC §4): units insert rows, move columns, merge cells, delete instructions
/// and add sheets, and the file still reads.
///
/// The locator picks cells; it does not type or check them (the engine does).
public enum Locator {
    /// Locates a submission with a plan made for this call; prefer
    /// `locate(_:file:plan:fileModified:)` with one shared plan when reading many files.
    public static func locate(_ grid: Grid, file: String, rubric: Rubric,
                              fileModified: Double?) -> Submission {
        locate(grid, file: file, plan: LocatorPlan(rubric: rubric), fileModified: fileModified)
    }

    /// Locates a submission: picks the scoring sheet (the first whose content has an
    /// items table with the rubric's codes), reads its header block, items table,
    /// counts, rating and nominees, and checks the meta sheet's rubric id.
    ///
    /// Findings: `noScoringTable` (error) when no sheet has the table, `wrongSheetSaved`
    /// (error) instead when the file is one of the template's other sheets; `otherRubric`
    /// (error) when the meta sheet names another rubric; `unknownItem`, `duplicateItem`.
    public static func locate(_ grid: Grid, file: String, plan: LocatorPlan,
                              fileModified: Double?) -> Submission {
        var submission = Submission(file: file, fileModified: fileModified)
        let meta = MetaSheet(grid: grid, file: file)
        if let meta { readMeta(meta, plan: plan, into: &submission) }

        guard let (index, table) = scoringSheet(grid, file: file, plan: plan, skipping: meta?.sheetIndex) else {
            // "Save as CSV" keeps only the open sheet: say which one to save.
            if let saved = TemplateSheetSniffer.otherSheet(grid) {
                submission.findings.append(LocatorFindings.wrongSheetSaved(saved, file: file))
            } else {
                submission.findings.append(LocatorFindings.noScoringTable(file: file))
            }
            return submission
        }
        let cells = CellReader(index: index, file: file)
        submission.items = table.items
        submission.writtenTotal = table.writtenTotal
        submission.findings.append(contentsOf: table.findings)

        let tableRows = table.header.row...table.lastRow
        let nominees = NomineesReader(index: index, cells: cells).read(after: table.lastRow)
        submission.nominees = nominees?.nominees ?? []
        let labels = LabelValueReader(index: index, plan: plan, cells: cells)
        let keepCode = submission.unitCode
        submission.unitCode = .missing
        labels.read(into: &submission, excluded: [tableRows] + (nominees.map { [$0.rows] } ?? []))
        let countsEnd = (nominees?.rows.lowerBound ?? Int.max) - 1
        if table.lastRow < countsEnd {
            labels.readRetypedCounts(into: &submission, rows: (table.lastRow + 1)...countsEnd)
        }
        // a personalised template's code stands in for a header the unit deleted
        if submission.unitCode.location == nil { submission.unitCode = keepCode }
        return submission
    }

    /// The first sheet (meta sheet aside) whose items table holds at least half the
    /// rubric's lines; else the one with the most lines; nil when none has any.
    static func scoringSheet(_ grid: Grid, file: String, plan: LocatorPlan,
                             skipping meta: Int?) -> (SheetIndex, ItemsTable)? {
        var best: (SheetIndex, ItemsTable)?
        let enough = max(1, (plan.rubric.items.count + 1) / 2)
        for (i, sheet) in grid.sheets.enumerated() where i != meta && sheet.cellCount > 0 {
            let index = SheetIndex(sheet, plan: plan)
            for header in ItemsTableHeader.candidates(in: index, plan: plan) {
                let reader = ItemsTableReader(index: index, plan: plan,
                                              cells: CellReader(index: index, file: file))
                let table = reader.read(header)
                guard table.matched > 0 else { continue }
                if table.matched >= enough { return (index, table) }
                if table.matched > best?.1.matched ?? 0 { best = (index, table) }
            }
        }
        return best
    }

    /// Rubric id (and a personalised template's unit code) from the meta sheet.
    static func readMeta(_ meta: MetaSheet, plan: LocatorPlan, into submission: inout Submission) {
        if let (id, location) = meta.value(.rubricID) {
            submission.templateRubricID = id
            if NameKey.matching(id) != NameKey.matching(plan.rubric.id) {
                submission.findings.append(
                    LocatorFindings.otherRubric(found: id, rubric: plan.rubric, at: location))
            }
        }
        if let (code, location) = meta.value(.unitCode), !code.isEmpty {
            submission.unitCode = Entry(.text(code), at: location)
        }
    }
}
