import Catalog
import Foundation
import Scoring
import SheetModel
import SheetWriter

/// The small workbook sent back to a unit with errors or warnings (`--return-dir`,
/// SPEC §7): a short title block addressed to the unit and exactly what it must
/// fix — cell, value, what to do. A4 portrait, ready to print or send.
public enum ReturnListWriter {
    /// True when the unit gets a list: an active (not superseded) unit with errors or warnings.
    public static func needsList(_ unit: ConsolidatedUnit) -> Bool {
        !unit.superseded && unit.findings.contains { $0.severity == .error || $0.severity == .warning }
    }

    /// `CB01 - Chi bộ Ia Hrú - can sua.xlsx`, safe on Windows.
    public static func fileName(for unit: ConsolidatedUnit) -> String {
        let code = (unit.code ?? "").trimmingCharacters(in: .whitespaces)
        let stem = code.isEmpty ? unit.name : "\(code) - \(unit.name)"
        return SafeFileName.make(stem + " - can sua") + ".xlsx"
    }

    /// Writes the unit's list into `directory` (temporary file, then renamed) and returns its path;
    /// `name` is `fileName(for: unit)`, given by a caller that already made it.
    /// - Throws: `ReportError.cannotWrite` naming the file.
    @discardableResult
    public static func write(for unit: ConsolidatedUnit, rubric: Rubric, language: Language = .vi,
                             reportDate: DateTimeValue? = nil, into directory: String,
                             named name: String? = nil) throws(ReportError) -> String {
        let path = (directory as NSString).appendingPathComponent(name ?? fileName(for: unit))
        let sheet = build(unit, rubric: rubric, text: ReportText(language: language), date: reportDate)
        do {
            try AtomicWrite.write(to: path) { tmp in
                let wb = try Workbook(path: tmp, options: .init(temporaryDirectory: smallFilesDirectory))
                let t = ReportText(language: language)
                let created = reportDate.map { TemplateWriter.date($0.isoDate) } ?? TemplateWriter.date(rubric.plan.date)
                try wb.setProperties(DocumentProperties(
                    title: t("Nội dung cần sửa – ", "Fixes needed – ") + unit.name, subject: rubric.plan.shortTitle,
                    author: rubric.issuer.issuingBody, company: rubric.issuer.issuingBody, created: created))
                var limits = RenderLimits()
                _ = try ReportRenderer.render(sheet, into: wb, language: language, limits: &limits)
                try wb.close()
            }
        } catch let e as AtomicWrite.Failure {
            throw ReportError(code: .cannotWrite, path: path, message: e.reason, systemCode: e.code)
        } catch {
            throw ReportError(code: .cannotWrite, path: path, message: "\(error)")
        }
        return path
    }

    /// Where libxlsxwriter keeps a list's parts while zipping them: memory (`/dev/shm`) when
    /// the system has it, which saves ~10 % of a list's CPU; a list's parts are a few KB, so a
    /// small /dev/shm is no risk. The report itself keeps the system's default.
    static let smallFilesDirectory: String? = {
        let shm = "/dev/shm"
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: shm, isDirectory: &isDirectory), isDirectory.boolValue,
              FileManager.default.isWritableFile(atPath: shm) else { return nil }
        return shm
    }()

    static let widths: [Double] = [5, 14, 10, 18, 12, 46]

    /// The list as data.
    static func build(_ unit: ConsolidatedUnit, rubric: Rubric, text t: ReportText, date: DateTimeValue?) -> ReportSheet {
        var s = ReportSheet(name: FixesSheet.name, columnWidths: widths)
        s.orientation = .portrait
        TitleBlock.add(to: &s, issuer: rubric.issuer, date: date, split: 3,
                       title: t("Nội dung cần sửa trong bảng tự chấm điểm thi đua", "What to fix in the self-scoring sheet"),
                       subtitle: TitleBlock.planLine(rubric, t))
        let file = unit.result.file
        let items = unit.findings
            .filter { $0.severity == .error || $0.severity == .warning }
            .map { (file: $0.location?.file ?? file, finding: $0) }
            .sorted(by: FixesSheet.printOrder)
        let errors = items.filter { $0.finding.severity == .error }.count
        let warnings = items.count - errors
        s.line(t("Kính gửi: ", "To: ") + unit.name + (unit.code.map { " (\(t("mã", "code")) \($0))" } ?? ""), .section)
        s.line(t("Tệp đã nhận: ", "File received: ") + file, .note)
        // A unit without errors may still be out of the ranking (a line scored 0, another period).
        let outcome: String
        if errors > 0 {
            outcome = t("Đơn vị chưa được xếp hạng cho đến khi sửa hết lỗi.", "The unit is not ranked until every error is fixed.")
        } else if !unit.eligible {
            let why = unit.ineligibleReasons.map { t($0.message) }.joined(separator: "; ")
            outcome = t("Đơn vị chưa đủ điều kiện xếp hạng, xét khen thưởng: ", "The unit cannot be ranked or proposed: ")
                + why + "."
        } else {
            outcome = t("Đơn vị đã được xếp hạng; đề nghị kiểm tra lại các cảnh báo.", "The unit is ranked; please check the warnings.")
        }
        s.line(t("Kết quả kiểm tra: \(errors) lỗi, \(warnings) cảnh báo. ", "Checked: \(errors) error(s), \(warnings) warning(s). ")
               + outcome, .note)
        s.line(t("Đề nghị đơn vị sửa trên chính tệp đã gửi, đúng ô được chỉ ra dưới đây, rồi gửi lại tệp.",
                 "Please correct the file you sent, in the cells shown below, and send it again."), .note)
        s.gap()
        let header = s.add([t("STT", "No."), t("Ô", "Cell"), t("Mức độ", "Severity"), t("Loại", "Kind"),
                            t("Giá trị đã ghi", "Value found"), t("Nội dung cần sửa", "What to do")]
                            .map { .text($0, .header) }, minimum: 24)
        s.headerRows = header...header
        for (k, item) in items.enumerated() {
            let f = item.finding
            s.add([.number(Double(k + 1), .integer), .text(t.place(f), .centered),
                   .text(t.severity(f.severity), .severity(f.severity.tone)), .text(f.label(t.language), .centered),
                   .text(f.shownValue(t.language) ?? "", .centered), .text(f.text(t.language))])
        }
        if items.isEmpty { s.line(t("Không có nội dung cần sửa.", "Nothing to fix."), .note) }
        return s
    }
}
