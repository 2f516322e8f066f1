import Scoring
import SheetWriter

/// The form's hidden sheet (`_thidua_form`): the form version and the rubric's id,
/// version and hash (key in column A, value in column B), then each unit's code, name,
/// file and the file's SHA-256 when the form was made, so a form read back can tell a
/// rubric it was not made for and a unit whose file changed since.
enum InspectionFormMeta {
    static func build(_ input: InspectionFormInput) -> FormSheet {
        var s = FormSheet(name: InspectionFormLabels.metaSheet, columnWidths: [18, 40, 50, 66])
        s.hidden = true
        func text(_ v: String) -> FormSheet.Cell? { v.isEmpty ? nil : .text(v, .meta) }
        let r = input.rubric
        for key in InspectionFormLabels.MetaKey.allCases {
            let value: String = switch key {
            case .formVersion: InspectionFormLabels.formVersion
            case .rubricID: r.id
            case .rubricVersion: r.version
            case .rubricHash: input.rubricSHA256
            }
            s.add([text(key.rawValue), text(value)])
        }
        s.gap()
        s.add(InspectionFormLabels.metaUnitHeader.map(text))
        var sha: [String: String] = [:]
        for f in input.files { if let h = f.sha256 { sha[f.path] = h.hex } }
        for unit in input.units {
            let file = unit.result.file
            s.add([text(unit.code ?? ""), text(unit.name), text(file), text(sha[file] ?? "")])
        }
        return s
    }
}
