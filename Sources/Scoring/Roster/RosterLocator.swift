import SheetModel

extension FindingCode {
    /// The roster has no header row with code and name columns (error).
    public static let rosterNoHeader = FindingCode("rosterNoHeader")
    /// A roster row's unit type is not one of the rubric's (warning).
    public static let rosterUnknownType = FindingCode("rosterUnknownType")
    /// A unit code appears twice in the roster; the first row is used (warning).
    public static let rosterDuplicateCode = FindingCode("rosterDuplicateCode")
    /// A roster row has a name but no code, or a code but no name (warning).
    public static let rosterIncompleteRow = FindingCode("rosterIncompleteRow")
}

/// Reads the roster of units (SPEC §3.2): a CSV or XLSX with code, name and type
/// columns, headers in Vietnamese or English, anywhere in the first sheet that has them.
public enum RosterLocator {
    /// The roster's units in file order, and what was wrong with its rows.
    ///
    /// Empty rows are skipped; a duplicate code keeps the first row; an unknown
    /// type leaves `type` nil. Findings: `rosterNoHeader` (error),
    /// `rosterUnknownType`, `rosterDuplicateCode`, `rosterIncompleteRow` (warnings).
    public static func locate(_ grid: Grid, file: String,
                              unitTypes: [UnitType]) -> (entries: [RosterEntry], findings: [Finding]) {
        guard let (sheet, headerRow, columns) = header(in: grid) else {
            return ([], [Finding(.error, .rosterNoHeader, at: SourceLocation(file: file),
                                 .roster(.noHeader(file: file)))])
        }
        let types = UnitTypeMatcher(unitTypes: unitTypes)
        var entries: [RosterEntry] = []
        var findings: [Finding] = []
        var seen: [String: String] = [:]  // code key → first cell
        let rows = Set(sheet.cells.keys.map(\.row)).filter { $0 > headerRow }.sorted()
        for r in rows {
            func text(_ column: RosterColumn) -> String {
                guard let c = columns[column] else { return "" }
                return sheet[r, c].value.displayText.trimmingWhitespace()
            }
            func location(_ column: RosterColumn) -> SourceLocation {
                SourceLocation(file: file, sheet: sheet.name,
                               cell: CellRef(row: r, column: columns[column] ?? 0))
            }
            let code = text(.code), name = text(.name), typeText = text(.type)
            if code.isEmpty && name.isEmpty { continue }
            if code.isEmpty || name.isEmpty {
                let missing: RosterColumn = code.isEmpty ? .code : .name
                findings.append(Finding(.warning, .rosterIncompleteRow, at: location(missing),
                    value: code.isEmpty ? name : code,
                    .roster(code.isEmpty ? .noCode(name: name) : .noName(code: code))))
            }
            if !code.isEmpty {
                let key = NameKey.matching(code)
                if let first = seen[key] {
                    findings.append(Finding(.warning, .rosterDuplicateCode, at: location(.code), value: code,
                        .roster(.duplicateCode(code: code, firstCell: first))))
                    continue
                }
                seen[key] = location(.code).cell
            }
            var type: String?
            if !typeText.isEmpty {
                type = types.code(for: typeText)
                if type == nil {
                    findings.append(Finding(.warning, .rosterUnknownType, at: location(.type), value: typeText,
                        .roster(.unknownType(written: typeText, types: unitTypes.map(\.label)))))
                }
            }
            entries.append(RosterEntry(code: code, name: name, type: type,
                                       location: location(code.isEmpty ? .name : .code)))
        }
        return (entries, findings)
    }

    /// The first sheet and row with code and name column headers.
    private static func header(in grid: Grid) -> (Sheet, Int, [RosterColumn: Int])? {
        var keys: [String: RosterColumn] = [:]
        for (column, labels) in SheetLabels.rosterColumns {
            for label in labels where keys[LabelKey.of(label)] == nil { keys[LabelKey.of(label)] = column }
        }
        for sheet in grid.sheets where sheet.state == .visible || grid.sheets.count == 1 {
            var rows: [Int: [RosterColumn: Int]] = [:]
            for (ref, cell) in sheet.sortedCells {
                guard case .text(let text) = cell.value, text.utf8.count < 60,
                      let column = keys[LabelKey.of(text)] else { continue }
                if rows[ref.row, default: [:]][column] == nil { rows[ref.row, default: [:]][column] = ref.column }
            }
            if let row = rows.keys.sorted().first(where: { rows[$0]![.code] != nil && rows[$0]![.name] != nil }) {
                return (sheet, row, rows[row]!)
            }
        }
        return nil
    }
}
