import Scoring
import SheetModel

/// "Cần sửa": every finding, grouped so a clerk phones each unit once — units in
/// Vietnamese order, errors first within a unit, then by cell; files that could
/// not be read are grouped under their file; batch notes (ties, quotas) last.
enum FixesSheet {
    static let name = "Cần sửa"
    static let unit = 0, file = 1, cell = 2, severity = 3, kind = 4, value = 5, message = 6
    static let widths: [Double] = [24, 22, 16, 10, 16, 14, 50]

    /// One group: a unit or a file, with its contact and findings in print order.
    struct Group {
        var title: String
        var contact: String?
        var findings: [(file: String, finding: Finding)]
    }

    static func build(_ input: ReportInput) -> ReportSheet {
        let t = input.text
        var s = ReportSheet(name: name, columnWidths: widths)
        s.line(t("Danh sách nội dung cần sửa, cần lưu ý", "Findings to fix or note").uppercased(), .title)
        s.line(t("Mỗi đơn vị một nhóm: lỗi trước, cảnh báo và thông tin sau. Lỗi phải sửa thì đơn vị mới được xếp hạng.",
                 "One group per unit: errors first, then warnings and notes. A unit with errors is not ranked until fixed."), .subtitle)
        s.gap()
        let header = s.add([t("Đơn vị", "Unit"), t("Tệp", "File"), t("Ô", "Cell"), t("Mức độ", "Severity"),
                            t("Loại", "Kind"), t("Giá trị", "Value"), t("Nội dung, cách sửa", "What to do")]
                            .map { .text($0, .header) }, minimum: 24)
        s.headerRows = header...header
        let groups = groups(input)
        if groups.isEmpty {
            s.line(t("Không có nội dung nào cần sửa.", "Nothing to fix."), .note)
            return s
        }
        // A group's rows are made when they are written (50,000 units' messages are never
        // held at once): its title row, then one row per finding.
        let count = groups.count + groups.reduce(0) { $0 + $1.findings.count }
        let sheet = s
        s.addBlocks(rowCount: count, count: groups.count) { k in rows(groups[k], t, in: sheet) }
        s.autofilter = .init(firstRow: header, firstCol: 0, lastRow: header + count, lastCol: widths.count - 1)
        return s
    }

    /// A group's rows: the title (unit, counts, contact) and each finding.
    private static func rows(_ g: Group, _ t: ReportText, in sheet: ReportSheet) -> [ReportSheet.Row] {
        var rows: [ReportSheet.Row] = []
        rows.reserveCapacity(g.findings.count + 1)
        let errors = g.findings.filter { $0.finding.severity == .error }.count
        let warnings = g.findings.filter { $0.finding.severity == .warning }.count
        var title = g.title + t(" — \(errors) lỗi, \(warnings) cảnh báo", " — \(errors) error(s), \(warnings) warning(s)")
        if let contact = g.contact { title += " — " + contact }
        rows.append(sheet.row([.text(title, .group, span: widths.count)]))
        for (file, f) in g.findings {
            rows.append(sheet.row([.text(g.title), .text(file), .text(t.place(f), .centered),
                                   .text(t.severity(f.severity), .severity(f.severity.tone)),
                                   .text(f.label(t.language), .centered),
                                   .text(f.shownValue(t.language) ?? "", .centered), .text(f.text(t.language))]))
        }
        return rows
    }

    /// The groups in print order.
    static func groups(_ input: ReportInput) -> [Group] {
        let t = input.text, c = input.consolidation
        var units: [(key: String, group: Group)] = []
        var byFile: [String: Int] = [:]
        for u in c.units {
            let file = u.scored.submission.file
            // A superseded file needs nothing but the note that it is superseded.
            let found = u.superseded ? u.findings.filter { $0.code == .superseded } : u.findings
            var contact: [String] = []
            let sub = u.scored.submission
            if !sub.preparer.text.isEmpty { contact.append(t("người lập: ", "prepared by: ") + sub.preparer.text) }
            if !sub.phone.text.isEmpty { contact.append(t("điện thoại: ", "phone: ") + sub.phone.text) }
            // A superseded file's note joins its unit's group: one call per unit.
            if u.superseded, let newer = u.supersededBy, let i = byFile[newer] {
                units[i].group.findings += found.map { (file, $0) }
                byFile[file] = i
                continue
            }
            let title = (u.code.map { "\($0) - " } ?? "") + u.name
            byFile[file] = units.count
            units.append((u.name, Group(title: title, contact: contact.isEmpty ? nil : contact.joined(separator: ", "),
                                        findings: found.map { (file, $0) })))
        }
        for r in input.files where !r.findings.isEmpty {
            if let i = byFile[r.path] {
                let known = Set(units[i].group.findings.map(\.finding))
                units[i].group.findings += r.findings.filter { !known.contains($0) }.map { (r.path, $0) }
            } else {
                byFile[r.path] = units.count
                units.append((r.path, Group(title: r.path, contact: nil, findings: r.findings.map { (r.path, $0) })))
            }
        }
        var out = units.filter { !$0.group.findings.isEmpty }
            .map { (key: VietnameseOrder.key($0.key), group: $0.group) }
            .sorted { a, b in
                if a.key != b.key { return a.key < b.key }
                return a.group.title.utf8.lexicographicallyPrecedes(b.group.title.utf8)
            }
            .map(\.group)
        if let form = input.inspection, !form.findings.isEmpty {
            out.append(Group(title: t("Phiếu kiểm tra: ", "Inspection form: ") + form.path, contact: nil,
                             findings: form.findings.map { (form.path, $0) }))
        }
        for i in out.indices { out[i].findings.sort(by: printOrder) }
        if !c.findings.isEmpty {
            out.append(Group(title: t("Toàn đợt (dành cho Hội đồng)", "Whole batch (for the council)"), contact: nil,
                             findings: c.findings.map { ("", $0) }))
        }
        return out
    }

    /// Errors first, then warnings, then info; by file, sheet, row, column; then code.
    static func printOrder(_ a: (file: String, finding: Finding), _ b: (file: String, finding: Finding)) -> Bool {
        let fa = a.finding, fb = b.finding
        if fa.severity != fb.severity { return fa.severity < fb.severity }
        if a.file != b.file { return a.file.utf8.lexicographicallyPrecedes(b.file.utf8) }
        let sa = fa.location?.sheet ?? "", sb = fb.location?.sheet ?? ""
        if sa != sb { return sa.utf8.lexicographicallyPrecedes(sb.utf8) }
        let ca = fa.location?.cell.flatMap { CellRef(a1: $0) }, cb = fb.location?.cell.flatMap { CellRef(a1: $0) }
        if ca != cb {
            guard let ca else { return false }
            guard let cb else { return true }
            return ca < cb
        }
        if (fa.location?.line ?? 0) != (fb.location?.line ?? 0) { return (fa.location?.line ?? 0) < (fb.location?.line ?? 0) }
        if fa.code != fb.code { return fa.code.rawValue < fb.code.rawValue }
        return (fa.value ?? "") < (fb.value ?? "")
    }
}
