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
        let active = c.active
        let valid = active.filter { $0.status == .valid }.count
        let warned = active.filter { $0.status == .validWithWarnings }.count
        let invalid = active.filter { $0.status == .invalid }.count
        let scoredFiles = Set(c.units.map(\.scored.submission.file))
        let unreadable = result.files.filter {
            $0.status == .unsupported || ($0.status == .invalid && !scoredFiles.contains($0.path))
        }.count
        let superseded = result.files.filter { $0.status == .superseded }.count
        let skipped = result.files.filter { $0.status == .skipped }.count
        let readCount = result.files.count - skipped

        var lines: [String] = []
        lines.append(en ? "Files read: \(readCount) (skipped: \(skipped))" : "Số tệp đã đọc: \(readCount) (bỏ qua: \(skipped))")
        lines.append(en ? "Valid: \(valid); valid with warnings: \(warned); needing fixes: \(invalid + unreadable) (of which unreadable files: \(unreadable)); superseded files: \(superseded)"
                        : "Hợp lệ: \(valid); hợp lệ, có cảnh báo: \(warned); cần sửa: \(invalid + unreadable) (trong đó tệp không đọc được: \(unreadable)); tệp bị thay thế: \(superseded)")
        if rosterGiven {
            let names = c.missing.prefix(5).map(\.name).joined(separator: ", ")
            let more = c.missing.count > 5 ? (en ? ", …" : ", …") : ""
            lines.append(en ? "Not submitted: \(c.missing.count)" + (c.missing.isEmpty ? "" : " (\(names)\(more))")
                            : "Chưa nộp: \(c.missing.count)" + (c.missing.isEmpty ? "" : " (\(names)\(more))"))
        }
        lines.append(en ? "Collective award proposals:" : "Đề nghị khen thưởng tập thể:")
        for p in c.proposals {
            var names = p.units.map { c.units[$0].name }
            for tie in p.ties {
                let tied = tie.units.map { c.units[$0].name }.joined(separator: ", ")
                names.append(en ? "tied: \(tied) — council to choose \(tie.places)"
                                : "đồng hạng: \(tied) — Hội đồng chọn \(tie.places)")
            }
            let list = names.isEmpty ? (en ? "none" : "không có") : names.joined(separator: "; ")
            lines.append("  \(p.level.label) (\(p.level.count)): \(list)")
        }
        let nomineeCount = c.nominees.count
        lines.append(en ? "Individual nominees: \(nomineeCount) (quota \(c.rubric.awards.individuals))"
                        : "Cá nhân được đề nghị: \(nomineeCount) (chỉ tiêu \(c.rubric.awards.individuals))"
                     + (c.nomineesAboveQuota ? (en ? " — above quota, for the council" : " — vượt chỉ tiêu, Hội đồng xem xét") : ""))
        lines.append((en ? "Report: " : "Báo cáo: ") + absolute(report))
        if let returnDir {
            lines.append(en ? "Return lists: \(returned) file(s) in \(absolute(returnDir))"
                            : "Danh sách cần sửa gửi đơn vị: \(returned) tệp trong \(absolute(returnDir))")
        }
        lines.forEach(Console.out)
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
