import SheetModel

/// How a read-back inspection form met the consolidated inbox (SPEC §6.2), after its
/// points were applied: units of the form with no submission in use, units whose
/// file changed since the form was made, lines the unit's file lacks. Pure.
public enum InspectionReview {
    /// What the review found and counted.
    public struct Outcome: Sendable, Hashable {
        public var findings: [Finding]
        /// Lines of units in use whose verified points came from the form.
        public var applied: Int
        /// Units in use with at least one such line.
        public var units: Int
    }

    /// Reviews the form against the consolidation; `files` gives each file's SHA-256.
    public static func review(_ points: InspectionPoints, consolidation: Consolidation,
                              files: [FileRecord]) -> Outcome {
        let form = points.form
        var outcome = Outcome(findings: [], applied: 0, units: 0)
        guard form.applies else { return outcome }
        var shaByFile: [String: SHA256Digest] = [:]
        for f in files { if let sha = f.sha256 { shaByFile[f.path] = sha } }
        var matched = Set<Int>()
        for unit in consolidation.units where !unit.superseded {
            let result = unit.result
            guard let i = points.unit(of: result) else { continue }
            matched.insert(i)
            let formUnit = form.units[i]
            guard !formUnit.points.isEmpty else { continue }
            let applied = result.lines.filter { $0.verifiedSource == .form }.count
            outcome.applied += applied
            if applied > 0 { outcome.units += 1 }
            for p in formUnit.points.values.sorted(by: { row($0) < row($1) })
            where result.line(p.line)?.verifiedSource != .form {
                outcome.findings.append(Finding(.warning, .formLineNotInFile, at: p.location, value: p.line,
                                                .form(.lineNotInFile(unit: formUnit.title, line: p.line))))
            }
            if let made = formUnit.sha256, let now = shaByFile[result.file], SHA256Digest(hex: made) != now {
                outcome.findings.append(Finding(.warning, .formFileChanged, at: formUnit.location, value: result.file,
                                                .form(.unitFileChanged(unit: formUnit.title, file: result.file))))
            }
        }
        for (i, formUnit) in form.units.enumerated() where !matched.contains(i) && !formUnit.points.isEmpty {
            outcome.findings.append(Finding(.warning, .formUnitNotInInbox, at: formUnit.location, value: formUnit.title,
                                            .form(.unitNotInInbox(unit: formUnit.title, points: formUnit.points.count))))
        }
        return outcome
    }

    /// A point's place in the form, for a stable order.
    private static func row(_ p: FormPoint) -> CellRef {
        p.location.cell.flatMap { CellRef(a1: $0) } ?? CellRef(row: 0, column: 0)
    }
}
