import Scoring

/// The words of the report's award proposals sheet ("Đề nghị khen thưởng").
public enum ProposalText: CatalogMessage {
    case title, collective, individuals, ineligible, noUnit, noNominee, none
    /// A collective level's line: its quota, the units proposed, the places the council
    /// fills among tied units, and the places left without an eligible unit.
    case level(String, quota: Int, proposed: Int, toFill: Int, tied: Int, open: Int)
    /// A tied unit's note: the council chooses `places` of `units` tied at `rank`.
    case tie(places: Int, units: Int, rank: Int)
    /// A tied unit's award cell, with the levels it contends for ("Tốt hoặc Khá"), never a level.
    case tied(levels: String)
    /// The individuals' quota and how many were nominated.
    case quota(Int, nominated: Int, aboveQuota: Bool)

    public var vi: String {
        switch self {
        case .title: "Đề nghị khen thưởng"
        case .collective: "I. Khen thưởng tập thể"
        case .individuals: "II. Khen thưởng cá nhân"
        case .ineligible: "III. Đơn vị không đủ điều kiện xét khen thưởng"
        case .noUnit: "Không có đơn vị."
        case .noNominee: "Không có cá nhân được đề nghị."
        case .none: "Không có."
        case .level(let level, let quota, let proposed, let toFill, let tied, let open):
            "Mức \"\(level)\" — chỉ tiêu \(n(quota)); đề nghị \(n(proposed)) đơn vị"
                + (toFill > 0 ? "; Hội đồng xem xét chọn thêm \(n(toFill)) trong \(n(tied)) đơn vị đồng hạng" : "")
                + (open > 0 ? "; còn \(n(open)) suất chưa có đơn vị đủ điều kiện" : "")
        case .tie(let places, let units, let rank):
            "Đồng hạng — Hội đồng xem xét: chọn \(n(places)) trong \(n(units)) đơn vị đồng hạng \(rank)"
        case .tied(let levels): "Đồng hạng — Hội đồng xem xét" + (levels.isEmpty ? "" : " (\(levels))")
        case .quota(let quota, let nominated, let above):
            "Chỉ tiêu: \(n(quota)) cá nhân; số được đề nghị: \(n(nominated))."
                + (above ? " Số người được đề nghị nhiều hơn chỉ tiêu — Hội đồng xem xét, lựa chọn (danh sách giữ nguyên, không cắt bớt)." : "")
        }
    }

    public var en: String {
        switch self {
        case .title: "Award proposals"
        case .collective: "I. Collective awards"
        case .individuals: "II. Individual awards"
        case .ineligible: "III. Units not eligible for awards"
        case .noUnit: "No unit."
        case .noNominee: "No individual nominated."
        case .none: "None."
        case .level(let level, let quota, let proposed, let toFill, let tied, let open):
            "Level \"\(level)\" — quota \(e(quota)); \(e(proposed)) unit(s) proposed"
                + (toFill > 0 ? "; the council chooses \(e(toFill)) more among \(e(tied)) tied unit(s)" : "")
                + (open > 0 ? "; \(e(open)) place(s) without an eligible unit" : "")
        case .tie(let places, let units, let rank):
            "Tied — for the council: choose \(e(places)) of \(e(units)) units tied at rank \(rank)"
        case .tied(let levels): "Tied — for the council" + (levels.isEmpty ? "" : " (\(levels))")
        case .quota(let quota, let nominated, let above):
            "Quota: \(e(quota)) individuals; nominated: \(e(nominated))."
                + (above ? " More nominees than the quota — the council chooses (the list is kept whole)." : "")
        }
    }

    private func n(_ k: Int) -> String { Wording.count(k, .vi) }
    private func e(_ k: Int) -> String { Wording.count(k, .en) }
}
