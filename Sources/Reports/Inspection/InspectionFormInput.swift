import Scoring
import SheetModel

/// Everything the inspection form shows (SPEC §6.2).
public struct InspectionFormInput: Sendable {
    /// The batch's result: units in rank order, each line as scored.
    public var consolidation: Consolidation
    /// Every file seen, for each unit's file SHA-256 in the hidden sheet.
    public var files: [FileRecord]
    /// Lowercase hex SHA-256 of the rubric's source bytes.
    public var rubricSHA256: String
    /// thidua's version, in the document properties.
    public var version: String
    /// Language of labels (sheet names stay Vietnamese).
    public var language: Language
    /// The date printed in the title block; nil leaves it blank (never today's date).
    public var reportDate: DateTimeValue?
    /// The form read back with `--inspected`: what the team wrote in it (points, valid or
    /// not, and notes) is written again, so the form can go back and forth.
    public var previous: InspectionPoints?
    /// libxlsxwriter's constant-memory mode, for forms of thousands of units.
    public var constantMemory: Bool

    /// An input with Vietnamese labels, no date and in-memory writing by default.
    public init(consolidation: Consolidation, files: [FileRecord], rubricSHA256: String, version: String,
                language: Language = .vi, reportDate: DateTimeValue? = nil, previous: InspectionPoints? = nil,
                constantMemory: Bool = false) {
        self.consolidation = consolidation
        self.files = files
        self.rubricSHA256 = rubricSHA256
        self.version = version
        self.language = language
        self.reportDate = reportDate
        self.previous = previous
        self.constantMemory = constantMemory
    }

    var rubric: Rubric { consolidation.rubric }
    var text: ReportText { ReportText(language: language) }

    /// The previous form's unit that is `unit` (nil without one, or for another rubric).
    func previousUnit(of unit: ConsolidatedUnit) -> FormUnit? {
        guard let p = previous, p.form.applies, let i = p.unit(of: unit.result) else { return nil }
        return p.form.units[i]
    }

    /// The units on the form: ranked units in rank order, then units that need fixing,
    /// then the rest (each in the consolidation's order); superseded files are left out.
    var units: [ConsolidatedUnit] {
        let active = consolidation.units.filter { !$0.superseded }
        return active.filter { $0.rank != nil }
            + active.filter { $0.rank == nil && $0.status == .invalid }
            + active.filter { $0.rank == nil && $0.status != .invalid }
    }
}
