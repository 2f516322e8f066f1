import Scoring
import SheetWriter

/// The choice lists of the template's drop-downs, kept on the hidden meta sheet
/// (list items may hold commas, as "Cơ quan, đơn vị" does, which inline lists cannot).
struct TemplateLists {
    static let unitTypesName = "DS_LoaiDonVi"
    static let ratingsName = "DS_XepLoai"
    static let yesNoName = "DS_CoKhong"

    /// Columns of the meta sheet holding the lists (A/B hold keys and values).
    static let unitTypesColumn = 3, ratingsColumn = 4, yesNoColumn = 5

    let unitTypes: [String]
    let ratings: [String]
    let yesNo = [SheetLabels.yes, SheetLabels.no]

    init(rubric: Rubric) {
        unitTypes = rubric.unitTypes.map(\.label)
        ratings = rubric.ratings.map(\.label)
    }

    /// Each list's defined name.
    var definedNames: [WorkbookDescription<TemplateStyle>.DefinedName] {
        let sheet = ExcelLimits.quotedSheet(SheetLabels.metaSheet)
        func range(_ col: Int, _ count: Int) -> String {
            sheet + "!" + ExcelLimits.absolute(firstRow: 0, firstColumn: col, lastRow: max(0, count - 1), lastColumn: col)
        }
        return [.init(Self.unitTypesName, "=" + range(Self.unitTypesColumn, unitTypes.count)),
                .init(Self.ratingsName, "=" + range(Self.ratingsColumn, ratings.count)),
                .init(Self.yesNoName, "=" + range(Self.yesNoColumn, yesNo.count))]
    }
}

/// The hidden meta sheet: key in column A, value in column B (SheetLabels.MetaKey),
/// and the drop-down lists from column D.
enum TemplateMeta {
    /// Version of the template layout; bump when blocks move or labels change.
    static let templateVersion = "1"

    static func sheet(rubric: Rubric, rubricSHA256: String, unit: RosterEntry?, lists: TemplateLists) -> TemplateSheet {
        var g = TemplateSheet.template(SheetLabels.metaSheet, columnWidths: [18, 70, 4, 30, 30, 10])
        g.hidden = true
        for (i, key) in SheetLabels.MetaKey.allCases.enumerated() {
            let value: String = switch key {
            case .rubricID: rubric.id
            case .rubricVersion: rubric.version
            case .rubricHash: rubricSHA256
            case .templateVersion: templateVersion
            case .unitCode: unit?.code ?? ""
            }
            g.set(i, 0, .text(key.rawValue), .meta)
            g.set(i, 1, value.isEmpty ? .empty : .text(value), .meta)
        }
        for (col, items) in [(TemplateLists.unitTypesColumn, lists.unitTypes), (TemplateLists.ratingsColumn, lists.ratings),
                             (TemplateLists.yesNoColumn, lists.yesNo)] {
            for (r, item) in items.enumerated() { g.set(r, col, .text(item), .meta) }
        }
        return g
    }
}
