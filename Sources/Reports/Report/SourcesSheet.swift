import Catalog
import Scoring
import SheetWriter

/// "Nguồn": the audit — every file seen (size, SHA-256, format, producer, status
/// and why), then the rubric's id, file and SHA-256 and thidua's version.
enum SourcesSheet {
    static let name = ReportSheetName.sources.vi
    static let widths: [Double] = [5, 28, 11, 60, 8, 14, 13, 24]   // a SHA-256 at 8 pt needs ~59

    static func build(_ input: ReportInput) -> ReportSheet {
        let t = input.text
        var s = ReportSheet.report(name, columnWidths: widths)
        s.line(t(AuditText.title).uppercased(), .title)
        s.gap()
        let columns: [ReportColumn] = [.number, .file, .size, .sha256, .format, .producer, .status, .why]
        let header = s.add(columns.map { .text(t($0), .header) }, minimum: 36)
        s.header(rows: header...header)
        // Files in path order, each row made only when it is written.
        let files = input.files
        let order = files.indices.sorted { files[$0].path.utf8.lexicographicallyPrecedes(files[$1].path.utf8) }
        let sheet = s
        s.addBlocks(rowCount: files.count, count: files.count) { k in
            let f = files[order[k]]
            return [sheet.fitted([.number(Double(k + 1), .integer), .text(f.path), .number(Double(f.size), .bytes),
                               .text(f.sha256?.hex ?? "", .hash), .text(f.format ?? "", .centered), .text(f.producer ?? ""),
                               .text(label(f.status, t), .status(tone(f.status))),
                               .text(f.reason?.text(t.language) ?? "")])]
        }
        if files.isEmpty {
            s.add([.text(t(AuditText.noFiles), .note, span: widths.count)])
        } else {
            s.autofilter = CellArea(firstRow: header, firstCol: 0, lastRow: s.nextRow - 1, lastCol: widths.count - 1)
        }
        s.gap(14)
        let r = input.rubric
        let facts: [(String, String, ReportStyle)] = [
            (t(AuditText.rubricID), t(AuditText.rubric(id: r.id, version: r.version)), .cell),
            (t(AuditText.rubricFile), input.rubricFileName, .cell),
            (t(AuditText.rubricSHA256), input.rubricSHA256, .hash),
            (t(AuditText.thiduaVersion), input.version, .cell),
        ] + InspectionFacts.rows(input.inspection, t)
        for (label, value, style) in facts {
            s.add([nil, .text(label, .group, span: 2), nil, .text(value, style)])
        }
        return s
    }

    static func label(_ s: FileRecord.Status, _ t: Words) -> String { t(AuditText.status(s)) }

    static func tone(_ s: FileRecord.Status) -> ReportStyle.Tone {
        switch s {
        case .used: .good
        case .superseded, .skipped: .neutral
        case .invalid, .unsupported: .bad
        }
    }
}
