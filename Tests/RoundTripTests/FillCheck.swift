import Catalog
import Foundation
import Reports
import Scoring
import SheetModel

/// Compares what was read back from a filled template with what was filled in, field
/// by field in a fixed order, so a failure names the first field that differs.
struct FillCheck {
    /// How the template was written: XLSX cells keep their types; CSV cells are all text.
    enum Form { case xlsx, csv }

    let fill: TemplateFill
    let rubric: Rubric
    let layout: TemplateLayout
    let form: Form
    /// "field: expected …, got …" in check order.
    private(set) var differences: [String] = []

    init(fill: TemplateFill, rubric: Rubric, layout: TemplateLayout, form: Form) {
        self.fill = fill
        self.rubric = rubric
        self.layout = layout
        self.form = form
    }

    /// The cell value a filled value reads back as.
    func cell(_ v: TemplateFill.Value?) -> CellValue {
        switch v {
        case nil: return .empty
        case .text(let s)?: return .text(s.precomposedStringWithCanonicalMapping)
        case .number(let n)?:
            guard form == .csv else { return .number(n) }
            return .text(n == n.rounded() ? String(Int64(n)) : String(n))
        case .date(let d)?:
            let value = DateTimeValue(year: d.year, month: d.month, day: d.day)
            return form == .csv ? .text(value.isoDate) : .date(value)
        }
    }

    mutating func differ(_ field: String, _ expected: Any, _ got: Any) {
        differences.append("\(field): expected \(expected), got \(got)")
    }

    /// An entry's value, and its cell when a value was filled in.
    mutating func entry(_ field: String, _ entry: Entry?, _ filled: TemplateFill.Value?, row: Int, column: Int) {
        let want = cell(filled)
        let got = entry?.value ?? .empty
        if want == .empty {
            if !got.isBlank { differ(field, "empty", got) }
            return
        }
        if got != want { differ(field, want, got); return }
        // String equality is canonical equivalence: check the scalars, so NFD read back fails
        if case .text(let g) = got, case .text(let w) = want, !g.unicodeScalars.elementsEqual(w.unicodeScalars) {
            differ(field + " (NFC)", Array(w.unicodeScalars), Array(g.unicodeScalars)); return
        }
        let a1 = CellRef(row: row, column: column).a1
        if entry?.location?.cell != a1 { differ(field + " cell", a1, entry?.location?.cell ?? "nil") }
        if entry?.isFormula == true { differ(field + " formula", "a value", "a formula") }
    }

    /// Every located value against the fill and the layout.
    mutating func located(_ s: Submission) {
        let header: [(HeaderField, Entry)] = [(.unitName, s.unitName), (.unitCode, s.unitCode), (.unitType, s.unitType),
                                              (.period, s.period), (.date, s.date), (.preparer, s.preparer),
                                              (.phone, s.phone)]
        for (field, e) in header {
            let filled = field == .period ? .text(rubric.period.label) : fill.header[field]
            entry("header.\(field)", e, filled, row: layout.headerRows[field]!, column: layout.headerValueColumn)
        }
        if s.items.count != rubric.items.count { differ("items.count", rubric.items.count, s.items.count) }
        for item in rubric.items {
            let row = layout.itemRows[item.code]!
            guard let got = s.items.first(where: { ItemCode.normalize($0.code) == ItemCode.normalize(item.code) }) else {
                differ("item \(item.code)", "present", "missing"); continue
            }
            let codeCell = CellRef(row: row, column: layout.columns[.code]!).a1
            if got.location?.cell != codeCell { differ("item \(item.code) code cell", codeCell, got.location?.cell ?? "nil") }
            let given = fill.items[item.code] ?? [:]
            for (column, e) in [(ItemColumn.claimed, got.claimed), (.evidence, got.evidence), (.verified, got.verified), (.note, got.note)] {
                entry("item \(item.code).\(column)", e, given[column], row: row, column: layout.columns[column]!)
            }
        }
        for count in rubric.counts {
            entry("count.\(count.key)", s.counts[count.key], fill.counts[count.key],
                  row: layout.countRows[count.key]!, column: layout.countValueColumn)
        }
        entry("rating", s.rating, fill.rating, row: layout.ratingRow, column: layout.countValueColumn)
        if s.nominees.count != fill.nominees.count { differ("nominees.count", fill.nominees.count, s.nominees.count) }
        for (i, (given, got)) in zip(fill.nominees, s.nominees).enumerated() {
            let row = layout.nomineeRows.lowerBound + i
            let pairs: [(NomineeColumn, Entry)] = [(.name, got.name), (.position, got.position),
                                                   (.partyMember, got.partyMember), (.achievements, got.achievements)]
            for (column, e) in pairs {
                entry("nominee \(i + 1).\(column)", e, given[column], row: row, column: layout.nomineeColumns[column]!)
            }
        }
    }

    /// The engine's result against the independently computed scores and findings.
    mutating func scored(_ r: UnitResult) {
        let expected = ExpectedScore(fill: fill, rubric: rubric)
        let errors = r.findings.filter { $0.severity == .error }
        if let e = errors.first { differ("errors", "none", "\(e.code.rawValue) at \(e.location?.place ?? "?"): \(e.message)") }
        for line in r.lines {
            let got = ExpectedScore.hundredths(line.score)
            if got != expected.lines[line.code] { differ("score \(line.code)", Double(expected.lines[line.code] ?? -1) / 100, line.score) }
        }
        if ExpectedScore.hundredths(r.score) != expected.total { differ("score total", Double(expected.total) / 100, r.score) }
        let warnings = Set(r.findings.filter { $0.severity == .warning }.map(\.code.rawValue))
        if warnings != expected.warnings { differ("warnings", expected.warnings.sorted(), warnings.sorted()) }
        let infos = Set(r.findings.filter { $0.severity == .info }.map(\.code.rawValue))
        if !expected.infos.isSubset(of: infos) { differ("infos", expected.infos.sorted(), infos.sorted()) }
        let name = Self.text(fill.header[.unitName])
        if r.unit.name != name { differ("unit.name", name ?? "nil", r.unit.name ?? "nil") }
        let typeLabel = Self.text(fill.header[.unitType])
        let type = rubric.unitTypes.first { $0.label == typeLabel }?.code
        if r.unit.type != type { differ("unit.type", type ?? "nil", r.unit.type ?? "nil") }
        if case .date(let d)? = fill.header[.date],
           r.date != DateTimeValue(year: d.year, month: d.month, day: d.day) { differ("date", d, r.date as Any) }
        for (key, value) in fill.counts {
            if case .number(let n) = value, r.counts[key] != Int(n) { differ("counts.\(key)", Int(n), r.counts[key] as Any) }
        }
        let rating = rubric.ratings.first { $0.label == Self.text(fill.rating) }?.code
        if r.rating != rating { differ("rating", rating ?? "nil", r.rating ?? "nil") }
        if r.nominees.count != fill.nominees.count { differ("scored nominees", fill.nominees.count, r.nominees.count) }
        for (i, (given, got)) in zip(fill.nominees, r.nominees).enumerated() {
            if got.name != Self.text(given[.name]) { differ("nominee \(i + 1) name", Self.text(given[.name]) ?? "", got.name) }
            let member = Self.text(given[.partyMember]).map { $0 == SheetLabels.yes }
            if got.partyMember != member { differ("nominee \(i + 1) partyMember", member as Any, got.partyMember as Any) }
        }
    }

    /// Filled text, NFC and trimmed, as the engine keeps it.
    static func text(_ v: TemplateFill.Value?) -> String? {
        if case .text(let s)? = v { return s.precomposedStringWithCanonicalMapping.trimmingWhitespace() }
        return nil
    }
}
