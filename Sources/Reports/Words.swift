import Catalog
import Scoring

/// A workbook's words in its language: catalog entries rendered, and the few phrases made
/// of the rubric's and the findings' own words.
struct Words {
    let language: Language

    /// A workbook catalog entry in this language.
    func callAsFunction(_ m: ReportText) -> String { m.text(language) }
    func callAsFunction(_ m: ReportColumn) -> String { m.text(language) }
    func callAsFunction(_ m: ProposalText) -> String { m.text(language) }
    func callAsFunction(_ m: FixText) -> String { m.text(language) }
    func callAsFunction(_ m: AuditText) -> String { m.text(language) }
    func callAsFunction(_ m: ReturnListText) -> String { m.text(language) }
    func callAsFunction(_ m: FormText) -> String { m.text(language) }
    func callAsFunction(_ m: DocumentText) -> String { m.text(language) }
    func callAsFunction(_ m: LimitText) -> String { m.text(language) }

    /// A finding's or reason's message in this language.
    func callAsFunction(_ message: Message) -> String { message.text(language) }

    /// A score as written in text: `97,5` / `97.5`.
    func points(_ x: Double) -> String { Wording.number(x, language) }

    /// Where a finding is: `D19`, `D19 (trang Hướng dẫn)`, a line, or "".
    func place(_ f: Finding) -> String { Wording.place(f.location, language) }

    /// The label of a unit type code (the rubric's, else the code).
    func unitType(_ code: String?, rubric: Rubric) -> String {
        guard let code else { return "" }
        return rubric.unitType(code: code)?.label ?? code
    }

    /// "Ban Tổ chức Huyện ủy → Ban Chấp hành Đảng bộ huyện", or that the route is unknown.
    func route(_ r: Route?) -> String {
        self(r.map { ReportText.route(appraiser: $0.appraiser, decider: $0.decider) } ?? .routeUnknown)
    }

    func severity(_ s: Severity) -> String { self(ReportText.severity(s)) }

    func yesNo(_ b: Bool) -> String { self(b ? ReportText.yes : .no) }
}

extension Severity {
    var tone: ReportStyle.Tone { self == .error ? .bad : self == .warning ? .warning : .neutral }
}

/// A row's status in the report: a unit's, or "missing" for a roster unit without a file.
enum RowStatus: Hashable {
    case unit(UnitStatus)
    case missing

    func label(_ t: Words) -> String {
        switch self {
        case .unit(let s): s.label(t.language)
        case .missing: t(.notSubmitted)
        }
    }

    var tone: ReportStyle.Tone {
        switch self {
        case .unit(.valid): .good
        case .unit(.validWithWarnings): .warning
        case .unit(.invalid), .missing: .bad
        case .unit(.superseded): .neutral
        }
    }
}
