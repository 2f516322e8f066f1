import Scoring
import SheetModel

/// Everything the inspection form shows (SPEC §6.2): the batch's `WorkbookSource` (its
/// fields read as the input's own) and the form read back with `--inspected`.
@dynamicMemberLookup
public struct InspectionFormInput: Sendable {
    /// The batch (units in rank order, each line as scored; every file, for each unit's
    /// SHA-256 in the hidden sheet), the rubric's hash, the version, language, date and buffering.
    public var source: WorkbookSource
    /// The form read back with `--inspected`: what the team wrote in it (points, valid or
    /// not, and notes) is written again, so the form can go back and forth.
    public var previous: InspectionPoints?

    /// An input with Vietnamese labels, no date and in-memory writing by default.
    public init(consolidation: Consolidation, files: [FileRecord], rubricSHA256: String, version: String,
                language: Language = .vi, reportDate: DateTimeValue? = nil, previous: InspectionPoints? = nil,
                constantMemory: Bool = false) {
        source = WorkbookSource(consolidation: consolidation, files: files, rubricSHA256: rubricSHA256,
                                version: version, language: language, reportDate: reportDate,
                                constantMemory: constantMemory)
        self.previous = previous
    }

    /// A field of the batch's source, as the input's own.
    public subscript<T>(dynamicMember field: WritableKeyPath<WorkbookSource, T>) -> T {
        get { source[keyPath: field] }
        set { source[keyPath: field] = newValue }
    }

    var rubric: Rubric { source.rubric }
    var text: Words { source.text }

    /// The previous form's unit that is `unit` (nil without one, or for another rubric).
    func previousUnit(of unit: ConsolidatedUnit) -> FormUnit? {
        guard let p = previous, p.form.applies, let i = p.unit(of: unit.result) else { return nil }
        return p.form.units[i]
    }

    /// The units on the form: ranked units in rank order, then units that need fixing,
    /// then the rest (each in the consolidation's order); superseded files are left out.
    var units: [ConsolidatedUnit] {
        let active = source.consolidation.units.filter { !$0.superseded }
        return active.filter { $0.rank != nil }
            + active.filter { $0.rank == nil && $0.status == .invalid }
            + active.filter { $0.rank == nil && $0.status != .invalid }
    }
}
