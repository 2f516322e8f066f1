import Scoring

/// The closing summary of `thidua consolidate` (and of `watch`'s first pass), line by
/// line, and `--verbose`'s list of files.
public enum SummaryLine: CatalogMessage {
    /// How many files were read and skipped.
    case filesRead(read: Int, skipped: Int)
    /// The submissions by status; `fixing` counts the unreadable files too.
    case statuses(valid: Int, warned: Int, fixing: Int, unreadable: Int, superseded: Int)
    /// The roster's units that sent nothing (with `--roster`).
    case notSubmitted(count: Int, names: NameList)
    /// The heading above the collective award proposals.
    case proposalsHeading
    /// One award level's proposals.
    case proposal(ProposalLine)
    /// The individual nominees against the quota.
    case nominees(count: Int, quota: Int, aboveQuota: Bool)
    /// Where the report is.
    case report(path: String)
    /// How many return lists were written, and where.
    case returnLists(count: Int, folder: String)
    /// `--verbose`: one file, its status and why.
    case file(path: String, status: FileRecord.Status, reason: Message?)

    public var vi: String {
        func n(_ x: Int) -> String { Wording.count(x, .vi) }
        switch self {
        case .filesRead(let read, let skipped): return "Số tệp đã đọc: \(n(read)) (bỏ qua: \(n(skipped)))"
        case .statuses(let valid, let warned, let fixing, let unreadable, let superseded):
            return "Hợp lệ: \(n(valid)); hợp lệ, có cảnh báo: \(n(warned)); cần sửa: \(n(fixing)) "
                + "(trong đó tệp không đọc được: \(n(unreadable))); tệp bị thay thế: \(n(superseded))"
        case .notSubmitted(let count, let names):
            return "Chưa nộp: " + n(count) + (count == 0 ? "" : " (\(names.text(.vi)))")
        case .proposalsHeading: return "Đề nghị khen thưởng tập thể:"
        case .proposal(let line): return line.text(.vi)
        case .nominees(let count, let quota, let above):
            return "Cá nhân được đề nghị: \(n(count)) (chỉ tiêu \(n(quota)))" + (above ? " — vượt chỉ tiêu, Hội đồng xem xét" : "")
        case .report(let path): return "Báo cáo: " + path
        case .returnLists(let count, let folder): return "Danh sách cần sửa gửi đơn vị: \(n(count)) tệp trong \(folder)"
        case .file(let path, let status, let reason):
            let word: String
            switch status {
            case .used: word = "đã dùng"
            case .superseded: word = "bị thay thế"
            case .invalid: word = "cần sửa"
            case .unsupported: word = "không hỗ trợ"
            case .skipped: word = "bỏ qua"
            }
            return "\(path): \(word)" + (reason.map { " — " + $0.text(.vi) } ?? "")
        }
    }

    public var en: String {
        func n(_ x: Int) -> String { Wording.count(x, .en) }
        switch self {
        case .filesRead(let read, let skipped): return "Files read: \(n(read)) (skipped: \(n(skipped)))"
        case .statuses(let valid, let warned, let fixing, let unreadable, let superseded):
            return "Valid: \(n(valid)); valid with warnings: \(n(warned)); needing fixes: \(n(fixing)) "
                + "(of which unreadable files: \(n(unreadable))); superseded files: \(n(superseded))"
        case .notSubmitted(let count, let names):
            return "Not submitted: " + n(count) + (count == 0 ? "" : " (\(names.text(.en)))")
        case .proposalsHeading: return "Collective award proposals:"
        case .proposal(let line): return line.text(.en)
        case .nominees(let count, let quota, let above):
            return "Individual nominees: \(n(count)) (quota \(n(quota)))" + (above ? " — above quota, for the council" : "")
        case .report(let path): return "Report: " + path
        case .returnLists(let count, let folder): return "Return lists: \(n(count)) file(s) in \(folder)"
        case .file(let path, let status, let reason):
            return "\(path): \(status.rawValue)" + (reason.map { " — " + $0.text(.en) } ?? "")
        }
    }
}

/// One award level's proposals as the summary prints them: "Tốt (2): Thị trấn Nhơn Hòa;
/// đồng hạng 3: A và B — Hội đồng chọn 1". Entries come in rank order, ties where their
/// rank falls; past the first few, the units of the rest are counted.
public struct ProposalLine: Sendable, Hashable {
    /// A unit certain of the level, or a tie the council settles.
    public enum Entry: Sendable, Hashable {
        /// A unit's name.
        case unit(String)
        /// Units tied at `rank` for `places` of the level's places.
        case tie(rank: Int, units: NameList, places: Int)
    }

    /// The level's label from the rubric ("Tốt") and its quota.
    public var level: String
    /// How many places the level has.
    public var quota: Int
    /// The entries shown.
    public var entries: [Entry]
    /// How many units the entries not shown hold.
    public var more: Int

    /// A level's line: its label and quota, the entries shown, the units of those not shown.
    public init(level: String, quota: Int, entries: [Entry], more: Int) {
        self.level = level
        self.quota = quota
        self.entries = entries
        self.more = more
    }

    /// The line in `language`.
    public func text(_ language: Language) -> String {
        var names = NameList(entries.map { entry -> String in
            switch (entry, language) {
            case (.unit(let name), _): return name
            case (.tie(let rank, let units, let places), .vi):
                return "đồng hạng \(rank): \(units.text(.vi)) — Hội đồng chọn \(Wording.count(places, .vi))"
            case (.tie(let rank, let units, let places), .en):
                return "tied at rank \(rank): \(units.text(.en)) — the council chooses \(Wording.count(places, .en))"
            }
        }, limit: .max)
        names.more = more
        let list = entries.isEmpty ? (language == .en ? "none" : "không có") : names.text(language)
        return "\(level) (\(Wording.count(quota, language))): \(list)"
    }
}
