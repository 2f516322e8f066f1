import Catalog
import Scoring

/// "Nguồn": the audit — every file seen (size, SHA-256, format, producer, status
/// and why), then the rubric's id, file and SHA-256 and thidua's version.
enum SourcesSheet {
    static let name = "Nguồn"
    static let widths: [Double] = [5, 28, 11, 60, 8, 14, 13, 24]   // a SHA-256 at 8 pt needs ~59

    static func build(_ input: ReportInput) -> ReportSheet {
        let t = input.text
        var s = ReportSheet(name: name, columnWidths: widths)
        s.line(t("Nguồn dữ liệu và kiểm tra", "Sources and audit").uppercased(), .title)
        s.gap()
        let header = s.add([t("STT", "No."), t("Tệp", "File"), t("Kích thước (byte)", "Size (bytes)"), "SHA-256",
                            t("Định dạng", "Format"), t("Ứng dụng tạo tệp", "Producing application"),
                            t("Trạng thái", "Status"), t("Lý do", "Why")].map { .text($0, .header) }, minimum: 36)
        s.headerRows = header...header
        // Files in path order, each row made only when it is written.
        let files = input.files
        let order = files.indices.sorted { files[$0].path.utf8.lexicographicallyPrecedes(files[$1].path.utf8) }
        let sheet = s
        s.addBlocks(rowCount: files.count, count: files.count) { k in
            let f = files[order[k]]
            return [sheet.row([.number(Double(k + 1), .integer), .text(f.path), .number(Double(f.size), .bytes),
                               .text(f.sha256?.hex ?? "", .hash), .text(f.format ?? "", .centered), .text(f.producer ?? ""),
                               .text(label(f.status, t), .status(tone(f.status))),
                               .text(f.reason?.text(t.language) ?? "")])]
        }
        if files.isEmpty {
            s.add([.text(t("Không có tệp nào.", "No files."), .note, span: widths.count)])
        } else {
            s.autofilter = .init(firstRow: header, firstCol: 0, lastRow: s.nextRow - 1, lastCol: widths.count - 1)
        }
        s.gap(14)
        let r = input.rubric
        let facts: [(String, String, ReportStyle)] = [
            (t("Kế hoạch (mã quy tắc chấm)", "Plan (rubric id)"), "\(r.id) — \(t("phiên bản", "version")) \(r.version)", .cell),
            (t("Tệp quy tắc chấm", "Rubric file"), input.rubricFileName, .cell),
            (t("SHA-256 của tệp quy tắc chấm", "Rubric file SHA-256"), input.rubricSHA256, .hash),
            (t("Phiên bản thidua", "thidua version"), input.version, .cell),
        ] + InspectionFacts.rows(input.inspection, t)
        for (label, value, style) in facts {
            s.add([nil, .text(label, .group, span: 2), nil, .text(value, style)])
        }
        return s
    }

    static func label(_ s: FileRecord.Status, _ t: ReportText) -> String {
        switch s {
        case .used: t("Đã dùng", "Used")
        case .superseded: t("Bị thay thế", "Superseded")
        case .invalid: t("Không hợp lệ", "Invalid")
        case .unsupported: t("Không hỗ trợ", "Unsupported")
        case .skipped: t("Bỏ qua", "Skipped")
        }
    }

    static func tone(_ s: FileRecord.Status) -> ReportStyle.Tone {
        switch s {
        case .used: .good
        case .superseded, .skipped: .neutral
        case .invalid, .unsupported: .bad
        }
    }
}
