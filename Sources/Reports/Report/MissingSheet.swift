import Catalog
import Scoring
import SheetWriter

/// "Chưa nộp": roster units without a submission; without a roster, a sentence saying so.
enum MissingSheet {
    static let name = ReportSheetName.missing.vi
    static let widths: [Double] = [6, 12, 44, 22, 40]

    static func build(_ input: ReportInput) -> ReportSheet {
        let t = input.text, c = input.consolidation
        var s = ReportSheet.report(name, columnWidths: widths, orientation: .portrait)
        s.line(t(.missingTitle).uppercased(), .title)
        s.line(TitleBlock.planLine(input.rubric, t), .subtitle)
        s.gap()
        guard let size = input.rosterSize else {
            s.line(t(.noRosterForMissing), .note)
            return s
        }
        s.line(t(.submitted(size - c.missing.count, of: size, missing: c.missing.count)), .note)
        let columns: [ReportColumn] = [.number, .code, .unitName, .unitType, .note]
        let header = s.add(columns.map { .text(t($0), .header) }, minimum: 24)
        s.header(rows: header...header)
        let unread = UnreadByCode(unreadFiles(input))
        for (k, m) in c.missing.enumerated() {
            let sent = unread.files(namingUnit: m.code)
            let note: ReportSheet.Cell = sent.isEmpty ? .blank() : .text(t(.sentUnreadable(files: sent.joined(separator: "; "))))
            s.add([.number(Double(k + 1), .integer), .text(m.code, .centered), .text(m.name),
                   .text(t.unitType(m.type, rubric: input.rubric)), note])
        }
        if c.missing.isEmpty {
            s.line(t(.everyoneSubmitted), .note)
        } else {
            s.autofilter = CellArea(firstRow: header, firstCol: 0, lastRow: s.nextRow - 1, lastCol: widths.count - 1)
        }
        return s
    }

    /// Files that were read for no submission (unreadable or unsupported).
    static func unreadFiles(_ input: ReportInput) -> [String] {
        input.consolidation.unreadFiles(input.files).map(\.path)
    }

    /// True when a file's name starts with the unit's code as its own word, the way
    /// thidua names per-unit templates ("CQ06 - Trung tâm ….xls").
    static func namesUnit(_ path: String, code: String) -> Bool {
        UnreadByCode([path]).files(namingUnit: code) == [path]
    }

    /// Unread files by every code their name may start with ("CQ06 - Trung tâm.xls" under
    /// "cq06" and "cq06 - trung"…), so each missing unit finds its files in one lookup.
    struct UnreadByCode {
        private var byPrefix: [String: [String]] = [:]

        init(_ paths: [String]) {
            for path in paths {
                let base = Substring(path.split(separator: "/").last ?? "")
                var prefix = ""
                for (i, ch) in base.enumerated() {
                    if i > 0, !(ch.isLetter || ch.isNumber), byPrefix[prefix]?.last != path {
                        byPrefix[prefix, default: []].append(path)
                    }
                    prefix += ch.lowercased()
                }
            }
        }

        /// The files whose name starts with `code` followed by neither a letter nor a digit.
        func files(namingUnit code: String) -> [String] {
            code.isEmpty ? [] : byPrefix[code.lowercased()] ?? []
        }
    }
}
