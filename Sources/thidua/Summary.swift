import Catalog
import Foundation
import Pipeline
import Scoring
import SheetModel

/// The closing summary of `consolidate`: counts, proposals, where the report is.
enum Summary {
    static func print(_ result: Batch.Result, report: String, returned: Int, returnDir: String?,
                      rosterGiven: Bool, language: Language) {
        let c = result.consolidation
        let en = language == .en
        func n(_ x: Int) -> String { Wording.count(x, language) }
        let active = c.active
        let valid = active.filter { $0.status == .valid }.count
        let warned = active.filter { $0.status == .validWithWarnings }.count
        let invalid = active.filter { $0.status == .invalid }.count
        let unreadable = result.unreadFiles.count
        let superseded = result.files.filter { $0.status == .superseded }.count
        let skipped = result.files.filter { $0.status == .skipped }.count
        let readCount = result.files.count - skipped

        var lines: [String] = []
        lines.append(en ? "Files read: \(n(readCount)) (skipped: \(n(skipped)))"
                        : "Số tệp đã đọc: \(n(readCount)) (bỏ qua: \(n(skipped)))")
        lines.append(en ? "Valid: \(n(valid)); valid with warnings: \(n(warned)); needing fixes: \(n(invalid + unreadable)) "
                          + "(of which unreadable files: \(n(unreadable))); superseded files: \(n(superseded))"
                        : "Hợp lệ: \(n(valid)); hợp lệ, có cảnh báo: \(n(warned)); cần sửa: \(n(invalid + unreadable)) "
                          + "(trong đó tệp không đọc được: \(n(unreadable))); tệp bị thay thế: \(n(superseded))")
        if rosterGiven {
            let names = NameList(c.missing.map(\.name)).text(language)
            lines.append((en ? "Not submitted: " : "Chưa nộp: ") + n(c.missing.count)
                         + (c.missing.isEmpty ? "" : " (\(names))"))
        }
        lines.append(en ? "Collective award proposals:" : "Đề nghị khen thưởng tập thể:")
        for p in c.proposals { lines.append("  " + proposal(p, c, language)) }
        let nominees = n(c.nominees.count), quota = n(c.rubric.awards.individuals)
        lines.append((en ? "Individual nominees: \(nominees) (quota \(quota))"
                         : "Cá nhân được đề nghị: \(nominees) (chỉ tiêu \(quota))")
                     + (c.nomineesAboveQuota ? (en ? " — above quota, for the council" : " — vượt chỉ tiêu, Hội đồng xem xét") : ""))
        lines.append((en ? "Report: " : "Báo cáo: ") + absolute(report))
        if let returnDir {
            lines.append(en ? "Return lists: \(n(returned)) file(s) in \(absolute(returnDir))"
                            : "Danh sách cần sửa gửi đơn vị: \(n(returned)) tệp trong \(absolute(returnDir))")
        }
        lines.forEach(Console.out)
    }

    /// "Tốt (2): Thị trấn Nhơn Hòa; đồng hạng 3: A và B — Hội đồng chọn 1": in rank order,
    /// ties where their rank falls; a long tie names a few units and counts the rest.
    static func proposal(_ p: AwardProposal, _ c: Consolidation, _ language: Language) -> String {
        let en = language == .en
        var entries: [(rank: Int, text: String, units: Int)] = p.units.map { (c.units[$0].rank ?? 0, c.units[$0].name, 1) }
        for tie in p.ties {
            let tied = NameList(tie.units.map { c.units[$0].name }).text(language)
            let places = Wording.count(tie.places, language)
            entries.append((tie.rank, en ? "tied at rank \(tie.rank): \(tied) — the council chooses \(places)"
                                         : "đồng hạng \(tie.rank): \(tied) — Hội đồng chọn \(places)", tie.units.count))
        }
        entries.sort { $0.rank < $1.rank }
        // A level's quota grows with the batch: the first entries are named, the units of the rest counted.
        let shown = entries.prefix(NameList.limit)
        var names = NameList(shown.map(\.text))
        names.more = entries.dropFirst(NameList.limit).reduce(0) { $0 + $1.units }
        let list = entries.isEmpty ? (en ? "none" : "không có") : names.text(language)
        return "\(p.level.label) (\(Wording.count(p.level.count, language))): \(list)"
    }

    /// `--verbose`: every file with its status and why, in path order.
    static func printFiles(_ files: [FileRecord], language: Language) {
        for f in files {
            let status: String
            switch (f.status, language) {
            case (.used, .vi): status = "đã dùng"
            case (.superseded, .vi): status = "bị thay thế"
            case (.invalid, .vi): status = "cần sửa"
            case (.unsupported, .vi): status = "không hỗ trợ"
            case (.skipped, .vi): status = "bỏ qua"
            default: status = f.status.rawValue
            }
            let reason = f.reason.map { " — " + $0.text(language) } ?? ""
            Console.out("  \(f.path): \(status)\(reason)")
        }
    }

    private static func absolute(_ path: String) -> String {
        URL(fileURLWithPath: path).standardizedFileURL.path
    }
}

/// `--date YYYY-MM-DD` for the report's place-and-date line.
enum ReportDate {
    static func parse(_ text: String) -> DateTimeValue? {
        let parts = text.split(separator: "-")
        guard parts.count == 3, let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]),
              (1900...9999).contains(y), (1...12).contains(m), (1...31).contains(d) else { return nil }
        return DateTimeValue(year: y, month: m, day: d)
    }
}
