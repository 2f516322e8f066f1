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

    // MARK: Grids

    /// The three sheets (instructions, scoring, meta) and the scoring sheet's layout.
    func grids(unit: RosterEntry?, fill: TemplateFill?) -> (grids: [TemplateGrid], layout: TemplateLayout, lists: TemplateLists) {
        let lists = TemplateLists(rubric: rubric)
        var builder = ScoringSheetBuilder(rubric: rubric, unit: unit, fill: fill, lists: lists)
        let (scoring, layout) = builder.build()
        let instructions = InstructionsSheet.grid(rubric: rubric, unit: unit)
        let meta = TemplateMeta.grid(rubric: rubric, rubricSHA256: rubricSHA256, unit: unit, lists: lists)
        return ([instructions, scoring, meta], layout, lists)
    }

    /// Where the scoring sheet's blocks are (identical in the XLSX and the CSV).
    public func layout(unit: RosterEntry? = nil) -> TemplateLayout { grids(unit: unit, fill: nil).layout }

    // MARK: Bytes and files

    /// The CSV template (the scoring sheet's grid), UTF-8 with BOM.
    public func csv(unit: RosterEntry? = nil, fill: TemplateFill? = nil) -> [UInt8] {
        let scoring = grids(unit: unit, fill: fill).grids[1]
        return CSVEncoder.encode(scoring)
    }

    /// Writes the XLSX template to `path` (directly; see `write(into:…)` for atomic output).
    /// - Throws: `TemplateError.cannotWrite` with libxlsxwriter's message.
    public func writeXLSX(to path: String, unit: RosterEntry? = nil, fill: TemplateFill? = nil) throws(TemplateError) {
        let (g, _, lists) = grids(unit: unit, fill: fill)
        let created = Self.date(rubric.plan.date)
        let props = DocumentProperties(
            title: "Bảng tự chấm điểm thi đua – \(rubric.plan.number)", subject: rubric.plan.shortTitle,
            author: rubric.issuer.issuingBody, company: rubric.issuer.issuingBody,
            keywords: "thi đua; tự chấm điểm; \(rubric.id)", comments: "Tạo bởi thidua", created: created)
        var custom = [("thidua.rubric_id", rubric.id), ("thidua.rubric_version", rubric.version),
                      ("thidua.rubric_sha256", rubricSHA256), ("thidua.template_version", TemplateMeta.templateVersion)]
        if let unit { custom.append(("thidua.unit_code", unit.code)) }
        do {
            try TemplateXLSXRenderer.write(g, active: SheetLabels.scoringSheet, properties: props, custom: custom,
                                           names: lists.definedNames, to: path)
        } catch {
            throw TemplateError(code: .cannotWrite, path: path, message: error.description)
        }
    }

    /// The plan's date at 00:00 UTC: the workbook's fixed creation date (deterministic bytes).
    static func date(_ iso: String) -> Date {
        guard let p = VietnameseDate.parts(iso) else { return DocumentProperties.fixedEpoch }
        var c = DateComponents()
        c.year = p.year; c.month = p.month; c.day = p.day
        var cal = Calendar(identifier: .gregorian)
        cal.timeZone = TimeZone(identifier: "UTC")!
        return cal.date(from: c) ?? DocumentProperties.fixedEpoch
    }

    /// `CB01 - Chi bộ Ia Hrú.xlsx`, safe on Windows.
    public static func fileName(for unit: RosterEntry?, format: TemplateFormat) -> String {
        guard let unit else { return "\(baseName).\(format.rawValue)" }
        let code = unit.code.trimmingCharacters(in: .whitespaces)
        let stem = code.isEmpty ? unit.name : "\(code) - \(unit.name)"
        return SafeFileName.make(stem) + "." + format.rawValue
    }
}
