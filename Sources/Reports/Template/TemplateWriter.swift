import Catalog
import Foundation
import Scoring
import SheetWriter

/// Output formats of `thidua template`.
public enum TemplateFormat: String, Sendable, CaseIterable {
    case xlsx, csv
}

/// Why a template could not be written.
public struct TemplateError: Error, Sendable, CustomStringConvertible {
    /// Stable codes.
    public enum Code: String, Sendable {
        /// The file or its temporary file could not be written or renamed.
        case cannotWrite
        /// The embedded rubric could not be decoded (a build defect).
        case badRubric
    }
    public var code: Code
    /// The file concerned.
    public var path: String
    /// What the system or library said (technical detail).
    public var message: String
    /// The `errno` value when the system refused, nil when the library failed.
    public var systemCode: Int32? = nil

    public var description: String { "\(code.rawValue): \(path): \(message)" }
}

/// Makes the blank templates (SPEC §8) from a rubric: `Mau-tu-cham-diem.xlsx`,
/// `Mau-tu-cham-diem.csv`, and one pre-filled template per roster unit.
public struct TemplateWriter: Sendable {
    public static let baseName = "Mau-tu-cham-diem"

    public let rubric: Rubric
    /// Lowercase hex SHA-256 of the rubric's source text, written into the meta sheet.
    public let rubricSHA256: String

    /// A writer for a loaded rubric and the hash of its source.
    public init(rubric: Rubric, rubricSHA256: String) {
        self.rubric = rubric
        self.rubricSHA256 = rubricSHA256
    }

    /// A writer for a rubric loaded by `RubricLoader` (its hash is of the file's bytes).
    public init(_ loaded: LoadedRubric) {
        self.init(rubric: loaded.rubric, rubricSHA256: loaded.sha256)
    }

    /// The embedded seed plan's template writer.
    public static func seed() -> TemplateWriter { TemplateWriter(LoadedRubric.seed) }

    // MARK: Sheets

    /// The three sheets (instructions, scoring, meta) and the scoring sheet's layout.
    func sheets(unit: RosterEntry?, fill: TemplateFill?) -> (sheets: [TemplateSheet], layout: TemplateLayout, lists: TemplateLists) {
        let lists = TemplateLists(rubric: rubric)
        var builder = ScoringSheetBuilder(rubric: rubric, unit: unit, fill: fill, lists: lists)
        let (scoring, layout) = builder.build()
        let instructions = InstructionsSheet.sheet(rubric: rubric, unit: unit)
        let meta = TemplateMeta.sheet(rubric: rubric, rubricSHA256: rubricSHA256, unit: unit, lists: lists)
        return ([instructions, scoring, meta], layout, lists)
    }

    /// Where the scoring sheet's blocks are (identical in the XLSX and the CSV).
    public func layout(unit: RosterEntry? = nil) -> TemplateLayout { sheets(unit: unit, fill: nil).layout }

    /// The XLSX template as a workbook description, the scoring sheet shown when it opens.
    func workbook(unit: RosterEntry?, fill: TemplateFill?) -> WorkbookDescription<TemplateStyle> {
        let (sheets, _, lists) = sheets(unit: unit, fill: fill)
        var w = WorkbookDescription<TemplateStyle>(properties: .plan(
            rubric, title: DocumentText.templateTitle(plan: rubric.plan.number).vi, date: nil,
            keywords: DocumentText.templateKeywords(rubric: rubric.id).vi, comments: DocumentText.templateComments.vi))
        w.customProperties = [.init("thidua.rubric_id", .text(rubric.id)), .init("thidua.rubric_version", .text(rubric.version)),
                              .init("thidua.rubric_sha256", .text(rubricSHA256)),
                              .init("thidua.template_version", .text(TemplateMeta.templateVersion))]
        if let unit { w.customProperties.append(.init("thidua.unit_code", .text(unit.code))) }
        w.sheets = sheets
        w.definedNames = lists.definedNames
        w.activeSheet = sheets.firstIndex { $0.name == SheetLabels.scoringSheet }
        return w
    }

    // MARK: Bytes and files

    /// The CSV template (the scoring sheet's cells), UTF-8 with BOM.
    public func csv(unit: RosterEntry? = nil, fill: TemplateFill? = nil) -> [UInt8] {
        CSVWriter.bytes(sheets(unit: unit, fill: fill).sheets[1])
    }

    /// Writes the XLSX template to `path` (directly; see `write(into:…)` for atomic output).
    /// - Throws: `TemplateError.cannotWrite` with libxlsxwriter's message.
    public func writeXLSX(to path: String, unit: RosterEntry? = nil, fill: TemplateFill? = nil) throws(TemplateError) {
        do {
            try WorkbookRenderer.write(workbook(unit: unit, fill: fill), to: path)
        } catch {
            throw TemplateError(code: .cannotWrite, path: path, message: error.description)
        }
    }

    /// `CB01 - Chi bộ Ia Hrú.xlsx`, safe on Windows.
    public static func fileName(for unit: RosterEntry?, format: TemplateFormat) -> String {
        guard let unit else { return "\(baseName).\(format.rawValue)" }
        let code = unit.code.trimmingCharacters(in: .whitespaces)
        let stem = code.isEmpty ? unit.name : "\(code) - \(unit.name)"
        return SafeFileName.make(stem) + "." + format.rawValue
    }
}
