import Catalog
import Scoring

/// The report's words in the chosen language (Vietnamese unless `en`).
struct ReportText {
    let language: Language

    /// `vi` or `en`.
    func callAsFunction(_ vi: String, _ en: String) -> String { language == .en ? en : vi }

    /// A catalog message in the report's language.
    func callAsFunction(_ message: Message) -> String { message.text(language) }

    /// A score as Vietnamese write it in text: `97,5`; English `97.5`.
    func points(_ x: Double) -> String { Wording.number(x, language) }

    /// Where a finding is: `'Tự chấm điểm'!D19`, a line, or "".
    func place(_ f: Finding) -> String { Wording.place(f.location, language) }

    /// The label of a unit type code (the rubric's, else the code).
    func unitType(_ code: String?, rubric: Rubric) -> String {
        guard let code else { return "" }
        return rubric.unitType(code: code)?.label ?? code
    }

    /// "Ban Tổ chức Huyện ủy → Ban Chấp hành Đảng bộ huyện".
    func route(_ r: Route?) -> String {
        guard let r else { return self("Chưa xác định (thiếu loại đơn vị)", "Unknown (no unit type)") }
        return "\(r.appraiser) → \(r.decider)"
    }

    func severity(_ s: Severity) -> String {
        switch s {
        case .error: self("Lỗi", "Error")
        case .warning: self("Cảnh báo", "Warning")
        case .info: self("Thông tin", "Info")
        }
    }

    func yesNo(_ b: Bool) -> String { b ? self("Có", "Yes") : self("Không", "No") }
}

extension Severity {
    var tone: ReportStyle.Tone { self == .error ? .bad : self == .warning ? .warning : .neutral }
}

/// A row's status in the report: a unit's, or "missing" for a roster unit without a file.
enum RowStatus: Hashable {
    case unit(UnitStatus)
    case missing

    func label(_ t: ReportText) -> String {
        switch self {
        case .unit(let s): s.label(t.language)
        case .missing: t("Chưa nộp", "Not submitted")
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
