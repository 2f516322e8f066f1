import SheetModel

/// Finds an inspection form's table in a grid by its header labels and line codes, not
/// by positions (SPEC §6.2): a form re-saved by LibreOffice, sorted or filtered by the
/// team, with columns moved or rows deleted, or exported as CSV still reads. Pure.
public enum InspectionFormLocator {
    /// The form in `grid`, or nil when no sheet has a header row holding the line code,
    /// "Điểm kiểm tra" and the unit's code or name columns (the file is not a form).
    public static func locate(_ grid: Grid, file: String, rubric: Rubric) -> InspectionForm? {
        let metaIndex = grid.sheets.firstIndex { $0.name.lowercased() == InspectionFormLabels.metaSheet.lowercased() }
        var table: (sheet: Sheet, header: Int, columns: [FormColumn: Int])?
        for (i, sheet) in grid.sheets.enumerated() where i != metaIndex && sheet.cellCount > 0 {
            if let (row, columns) = header(in: sheet) {
                table = (sheet, row, columns)
                break
            }
        }
        guard let table else { return nil }
        var reader = FormRowReader(file: file, sheet: table.sheet.name, columns: table.columns, rubric: rubric)
        for row in (table.header + 1)..<max(table.header + 1, table.sheet.rowCount) {
            reader.read(row: row, in: table.sheet)
        }

        var form = InspectionForm(file: file, rubricID: nil, applies: true, units: reader.units, findings: [])
        if let metaIndex {
            let meta = FormMetaSheet(grid.sheets[metaIndex], file: file)
            form.rubricID = meta.rubricID?.value
            if let (id, location) = meta.rubricID, NameKey.matching(id) != NameKey.matching(rubric.id) {
                form.applies = false
                form.findings.append(Finding(.error, .formOtherRubric, at: location, value: id,
                                             .form(.otherRubric(found: id, expected: rubric.id))))
            }
            for u in form.units.indices {
                if let record = meta.units[FormRowReader.unitKey(code: form.units[u].code, name: form.units[u].name)] {
                    form.units[u].file = record.file
                    form.units[u].sha256 = record.sha256
                }
            }
        } else {
            form.findings.append(Finding(.info, .formNoMeta, at: SourceLocation(file: file), .form(.noMetaSheet)))
        }
        form.findings += reader.findings
        return form
    }

    /// How far down and across the header is looked for (the form's is row 9, columns A–K).
    static let headerSearchRows = 1_000, headerSearchColumns = 100

    /// Label key → column, in Vietnamese, English and the other spellings.
    static let keys: [String: FormColumn] = {
        var map: [String: FormColumn] = [:]
        for c in InspectionFormLabels.columns {
            for label in [c.vi, c.en] + c.others where map[LabelKey.of(label)] == nil {
                map[LabelKey.of(label)] = c.column
            }
        }
        return map
    }()

    /// The first row that holds the form's header, with its columns.
    static func header(in sheet: Sheet) -> (Int, [FormColumn: Int])? {
        for r in 0..<min(sheet.rowCount, headerSearchRows) {
            var columns: [FormColumn: Int] = [:]
            for c in 0..<min(sheet.columnCount, headerSearchColumns) {
                guard case .text(let s) = sheet[r, c].value, s.utf8.count < 80, let column = keys[LabelKey.of(s)],
                      columns[column] == nil else { continue }
                columns[column] = c
            }
            if columns[.line] != nil, columns[.verified] != nil, columns[.unitCode] != nil || columns[.unitName] != nil {
                return (r, columns)
            }
        }
        return nil
    }
}
