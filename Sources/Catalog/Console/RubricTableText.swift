import Scoring

/// The words of `thidua rubric show`'s table: its title lines, column headings, each
/// line's kind and evidence rule, the total and the award quotas.
public enum RubricTableText: CatalogMessage {
    /// The table's columns, in order.
    public enum Column: Sendable, Hashable, CaseIterable {
        /// The line's code, its criterion's text, its max points, its kind, its evidence rule.
        case code, text, max, kind, evidence
    }

    /// "Thang điểm seed-142 — Kế hoạch …".
    case title(id: String, plan: String)
    /// The campaign's period, as the rubric labels it.
    case period(String)
    /// A column's heading.
    case heading(Column)
    /// How a line is scored.
    case kind(ItemKind)
    /// Whether a line needs evidence.
    case evidence(EvidenceRule)
    /// The total row's label.
    case total(lines: Int)
    /// The collective quotas ("1 Xuất sắc, 2 Tốt") and the individuals' quota.
    case quotas(collective: [AwardLevel], individuals: Int)

    public var vi: String {
        switch self {
        case .title(let id, let plan): return "Thang điểm \(id) — \(plan)"
        case .period(let label): return "Kỳ thi đua: " + label
        case .heading(let column):
            switch column {
            case .code: return "Mã"
            case .text: return "Nội dung"
            case .max: return "Điểm"
            case .kind: return "Cách chấm"
            case .evidence: return "Minh chứng"
            }
        case .kind(let kind):
            switch kind {
            case .binary: return "đạt / không đạt"
            case .graded: return "chấm theo mức"
            case .ratio: return "theo tỷ lệ"
            case .threshold: return "theo ngưỡng"
            }
        case .evidence(.required): return "bắt buộc"
        case .evidence(.optional): return "không bắt buộc"
        case .total(let lines): return "Tổng cộng (\(lines) dòng)"
        case .quotas(let collective, let individuals):
            return "Khen thưởng tập thể: " + Self.levels(collective) + "; cá nhân: \(individuals)"
        }
    }

    public var en: String {
        switch self {
        case .title(let id, let plan): return "Rubric \(id) — \(plan)"
        case .period(let label): return "Period: " + label
        case .heading(let column):
            switch column {
            case .code: return "Code"
            case .text: return "Criterion"
            case .max: return "Max"
            case .kind: return "Kind"
            case .evidence: return "Evidence"
            }
        case .kind(let kind):
            switch kind {
            case .binary: return "met / not met"
            case .graded: return "graded"
            case .ratio: return "ratio of counts"
            case .threshold: return "thresholds"
            }
        case .evidence(.required): return "required"
        case .evidence(.optional): return "optional"
        case .total(let lines): return "Total (\(lines) lines)"
        case .quotas(let collective, let individuals):
            return "Collective quotas: " + Self.levels(collective) + "; individuals: \(individuals)"
        }
    }

    /// "1 Xuất sắc, 2 Tốt, 3 Khá": each level's quota and its label from the rubric.
    private static func levels(_ levels: [AwardLevel]) -> String {
        levels.map { "\($0.count) \($0.label)" }.joined(separator: ", ")
    }
}
