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
        do {
            try AtomicWrite.write(to: path) { tmp in
                try WorkbookRenderer.write(workbook(unit, rubric: rubric, language: language, date: reportDate), to: tmp)
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

    /// The list as a workbook description: one sheet, its parts kept in memory while zipped.
    static func workbook(_ unit: ConsolidatedUnit, rubric: Rubric, language: Language,
                         date: DateTimeValue?) -> WorkbookDescription<ReportStyle> {
        let t = Words(language: language)
        var w = WorkbookDescription<ReportStyle>(properties: .plan(rubric, title: t(ReturnListText.documentTitle(unit: unit.name)),
                                                                   date: date))
        w.sheets = [build(unit, rubric: rubric, text: t, date: date)]
        w.options = Workbook.Options(temporaryDirectory: smallFilesDirectory)
        w.rowsLeftOut = WorkbookDescription.rowsLeftOut(language, .note)
        return w
    }

    /// The list as data.
    static func build(_ unit: ConsolidatedUnit, rubric: Rubric, text t: Words, date: DateTimeValue?) -> ReportSheet {
        var s = ReportSheet.report(FixesSheet.name, columnWidths: widths, orientation: .portrait)
        TitleBlock.add(to: &s, issuer: rubric.issuer, date: date, split: 3, title: t(ReturnListText.title),
                       subtitle: TitleBlock.planLine(rubric, t))
        let file = unit.result.file
        let items = unit.findings
            .filter { $0.severity == .error || $0.severity == .warning }
            .map { (file: $0.location?.file ?? file, finding: $0) }
            .sorted(by: FixesSheet.printOrder)
        let errors = items.filter { $0.finding.severity == .error }.count
        let warnings = items.count - errors
        s.line(t(ReturnListText.to(unit: unit.name, code: unit.code)), .section)
        s.line(t(ReturnListText.fileReceived(file)), .note)
        // A unit without errors may still be out of the ranking (a line scored 0, another period).
        let outcome: ReturnListText.Outcome = errors > 0 ? .notRankedUntilFixed
            : !unit.eligible ? .notEligible(unit.ineligibleReasons.map { t($0.message) }.joined(separator: "; ")) : .ranked
        s.line(t(ReturnListText.checked(errors: errors, warnings: warnings, outcome: outcome)), .note)
        s.line(t(ReturnListText.pleaseCorrect), .note)
        s.gap()
        let columns: [ReportColumn] = [.number, .cell, .severity, .kind, .valueFound, .whatToFix]
        let header = s.add(columns.map { .text(t($0), .header) }, minimum: 24)
        s.header(rows: header...header)
        for (k, item) in items.enumerated() {
            let f = item.finding
            s.add([.number(Double(k + 1), .integer), .text(t.place(f), .centered),
                   .text(t.severity(f.severity), .severity(f.severity.tone)), .text(f.label(t.language), .centered),
                   .text(f.shownValue(t.language) ?? "", .centered), .text(f.text(t.language))])
        }
        if items.isEmpty { s.line(t(ReturnListText.nothingToFix), .note) }
        return s
    }
}
