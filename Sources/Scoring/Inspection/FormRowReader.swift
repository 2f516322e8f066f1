import SheetModel

/// Types the rows of an inspection form below its header: one unit and line per row,
/// the team's verified points checked against the rubric (SPEC §2.2: a number in
/// [0, max]; "7,5" is 7.5) and every problem a finding naming the form's cell.
struct FormRowReader {
    let file: String
    let sheet: String
    let columns: [FormColumn: Int]
    let rubric: Rubric
    private(set) var units: [FormUnit] = []
    private(set) var findings: [Finding] = []
    private var unitIndex: [String: Int] = [:]

    init(file: String, sheet: String, columns: [FormColumn: Int], rubric: Rubric) {
        self.file = file
        self.sheet = sheet
        self.columns = columns
        self.rubric = rubric
    }

    /// How units are told apart: by code when the row has one, else by name.
    static func unitKey(code: String?, name: String?) -> String {
        if let code, !code.isEmpty { return "c:" + RosterMatcher.codeKey(code) }
        return "n:" + NameKey.matching(name ?? "")
    }

    /// Reads one row (zero-based) of the form's sheet.
    mutating func read(row: Int, in sheet: Sheet) {
        func text(_ c: FormColumn) -> String {
            columns[c].map { sheet[row, $0].value.displayText.trimmingWhitespace() } ?? ""
        }
        let verifiedRef = columns[.verified].map { CellRef(row: row, column: $0) }
        let verifiedCell = verifiedRef.map { sheet[$0] } ?? Cell(.empty)
        let verified = CellReader.trimmed(verifiedCell.value)
        let filled = !verified.isBlank || verifiedCell.isFormula
        let file = self.file, sheet = self.sheet
        func here(_ ref: CellRef?) -> SourceLocation { SourceLocation(file: file, sheet: sheet, cell: ref) }
        let code = text(.unitCode), name = text(.unitName), lineText = text(.line)
        guard !(code.isEmpty && name.isEmpty), !lineText.isEmpty else {
            if filled {
                findings.append(Finding(.warning, .formRowIncomplete, at: here(verifiedRef),
                                        value: verified.displayText, .form(.rowIncomplete)))
            }
            return
        }
        let key = Self.unitKey(code: code, name: name)
        let u: Int
        if let known = unitIndex[key] { u = known } else {
            let first = columns[.unitCode].flatMap { code.isEmpty ? nil : CellRef(row: row, column: $0) }
                ?? columns[.unitName].map { CellRef(row: row, column: $0) }
            u = units.count
            unitIndex[key] = u
            units.append(FormUnit(code: code.isEmpty ? nil : code, name: name.isEmpty ? nil : name,
                                  location: here(first)))
        }
        let unit = units[u].title
        guard let item = rubric.item(code: lineText) else {
            if filled {
                findings.append(Finding(.warning, .formLineUnknown, at: here(columns[.line].map { CellRef(row: row, column: $0) }),
                                        value: lineText, .form(.lineUnknown(unit: unit, line: lineText))))
            }
            return
        }
        let line = ItemCode.normalize(item.code)
        if let earlier = units[u].entries[line] {
            if filled, !earlier.verified.isBlank {
                findings.append(Finding(.warning, .formDuplicateRow, at: here(verifiedRef), value: verified.displayText,
                                        .form(.duplicateRow(unit: unit, line: item.code))))
            }
            return
        }
        units[u].entries[line] = FormEntry(verified: verified, note: text(.note))
        guard filled, let verifiedRef else { return }
        let at = here(verifiedRef), shown = verified.displayText
        if verifiedCell.isFormula, verified.isBlank {
            findings.append(Finding(.error, .formNotANumber, at: at, value: shown,
                                    .form(.notANumber(unit: unit, line: item.code, value: "=…", max: item.max))))
            return
        }
        switch FieldParser.number(verified) {
        case .empty:
            break
        case .value(let d) where d >= 0 && d <= item.max + 1e-9:
            units[u].points[line] = FormPoint(line: item.code, value: d, location: at)
        case .value(let d):
            findings.append(Finding(.error, .formOutOfRange, at: at, value: shown,
                                    .form(.outOfRange(unit: unit, line: item.code, value: d, max: item.max))))
        case .notANumber(let v):
            findings.append(Finding(.error, .formNotANumber, at: at, value: shown,
                                    .form(.notANumber(unit: unit, line: item.code, value: v, max: item.max))))
        case .ambiguous(let v):
            findings.append(Finding(.error, .formAmbiguousNumber, at: at, value: shown,
                                    .form(.ambiguous(unit: unit, line: item.code, value: v, max: item.max))))
        }
    }
}
