import SheetModel

/// The form's hidden sheet (`_thidua_form`): keys in column A and values in column B,
/// then a table of each unit's code, name, file and SHA-256 when the form was made.
struct FormMetaSheet {
    /// What the hidden sheet recorded of one unit.
    struct UnitRecord {
        var file: String?
        var sha256: String?
    }

    /// The rubric id and its cell, when present.
    private(set) var rubricID: (value: String, location: SourceLocation)?
    /// Unit records by `FormRowReader.unitKey`.
    private(set) var units: [String: UnitRecord] = [:]

    init(_ sheet: Sheet, file: String) {
        var inUnits = false
        for row in 0..<sheet.rowCount {
            func text(_ c: Int) -> String { sheet[row, c].value.displayText.trimmingWhitespace() }
            let key = text(0)
            if !inUnits {
                if key.lowercased() == InspectionFormLabels.metaUnitHeader[0] { inUnits = true; continue }
                if key.lowercased() == InspectionFormLabels.MetaKey.rubricID.rawValue, !text(1).isEmpty {
                    rubricID = (text(1), SourceLocation(file: file, sheet: sheet.name, cell: CellRef(row: row, column: 1)))
                }
                continue
            }
            let code = text(0), name = text(1)
            guard !(code.isEmpty && name.isEmpty) else { continue }
            let k = FormRowReader.unitKey(code: code.isEmpty ? nil : code, name: name)
            if units[k] == nil {
                units[k] = UnitRecord(file: text(2).isEmpty ? nil : text(2), sha256: text(3).isEmpty ? nil : text(3).lowercased())
            }
        }
    }
}
