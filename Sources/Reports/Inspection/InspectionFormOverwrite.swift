import Scoring
import SheetModel
import SheetWriter

/// Guards the team's work: before a new form replaces an existing one that was not
/// read back, finds what the team wrote there that the new form would not hold.
public enum InspectionFormOverwrite {
    /// A unit and line whose verified points or note the new form would lose.
    public struct Loss: Sendable, Hashable {
        public var unit: String
        public var line: String
    }

    /// The first entry of `existing` (a form at the target path) with verified points or a
    /// note that the form for `input` would not write the same, or nil when replacing
    /// `existing` loses nothing (a form thidua wrote and nobody filled, or already read
    /// back). A row the form read with `--inspected` also has is that form's to decide.
    public static func firstLoss(replacing existing: InspectionPoints, with input: InspectionFormInput) -> Loss? {
        guard existing.form.applies else { return nil }
        var byFormUnit: [Int: ConsolidatedUnit] = [:]
        for unit in input.units {
            if let i = existing.unit(of: unit.result), byFormUnit[i] == nil { byFormUnit[i] = unit }
        }
        for (i, formUnit) in existing.form.units.enumerated() {
            for (key, entry) in formUnit.entries.sorted(by: { $0.key < $1.key })
            where !entry.verified.isBlank || !entry.note.isEmpty {
                guard let unit = byFormUnit[i],
                      let line = unit.result.lines.first(where: { ItemCode.normalize($0.code) == key }) else {
                    return Loss(unit: formUnit.title, line: key)
                }
                let previous = input.previousUnit(of: unit)
                // The form read back decides every row it has, also one it emptied.
                if previous?.entries[key] != nil { continue }
                let (verified, note) = InspectionFormSheet.entry(line, previous: previous)
                if note != entry.note || !same(verified, entry.verified) {
                    return Loss(unit: formUnit.title, line: line.code)
                }
            }
        }
        return nil
    }

    /// Equal as the form's reader would read them (`7,5` is 7.5).
    static func same(_ written: CellContent, _ found: CellValue) -> Bool {
        let value: CellValue = switch written {
        case .empty, .formula: .empty
        case .number(let n): .number(n)
        case .text(let s): .text(s)
        case .date(let d): .text(d.description)
        }
        if let a = FieldParser.number(value).value, let b = FieldParser.number(found).value { return abs(a - b) < 1e-9 }
        return value.displayText.trimmingWhitespace() == found.displayText.trimmingWhitespace()
    }
}
