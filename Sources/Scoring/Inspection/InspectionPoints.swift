import SheetModel

/// The verified points of a read-back inspection form, ready to apply to each
/// submission as it is located (before it is scored, so SPEC §2.2's rules apply to
/// them exactly as to points written in the unit's own file). Pure.
///
/// A submission is the form's unit when the form's hidden sheet names its file; else
/// when their unit codes match; else, when one of them has no code, when their unit
/// names match (`NameKey`). The same rule finds each unit's row for the review and
/// for pre-filling a new form, so the three always agree.
public struct InspectionPoints: Sendable {
    public let form: InspectionForm
    private let byFile: [String: Int]
    private let byCode: [String: Int]
    private let byName: [String: Int]

    /// Indexes the form's units.
    public init(_ form: InspectionForm) {
        self.form = form
        var byFile: [String: Int] = [:], byCode: [String: Int] = [:], byName: [String: Int] = [:]
        for (i, u) in form.units.enumerated() {
            if let f = u.file, byFile[f] == nil { byFile[f] = i }
            if let c = u.code, byCode[RosterMatcher.codeKey(c)] == nil { byCode[RosterMatcher.codeKey(c)] = i }
            if let n = u.name, byName[NameKey.matching(n)] == nil { byName[NameKey.matching(n)] = i }
        }
        self.byFile = byFile
        self.byCode = byCode
        self.byName = byName
    }

    /// The index in `form.units` of the unit a submission is, or nil.
    public func unit(file: String, code: String, name: String) -> Int? {
        if let i = byFile[file] { return i }
        let c = RosterMatcher.codeKey(code)
        if !c.isEmpty, let i = byCode[c] { return i }
        let n = NameKey.matching(name)
        guard !n.isEmpty, let i = byName[n] else { return nil }
        return c.isEmpty || form.units[i].code == nil ? i : nil
    }

    /// The index in `form.units` of a located submission's unit, or nil.
    public func unit(of submission: Submission) -> Int? {
        unit(file: submission.file, code: submission.unitCode.text, name: submission.unitName.text)
    }

    /// The index in `form.units` of a scored unit, or nil (as for its located submission).
    public func unit(of result: UnitResult) -> Int? {
        unit(file: result.file, code: result.unit.code ?? "", name: result.unit.name ?? "")
    }

    /// Puts the form's points into the submission's lines as their verified points
    /// (the form wins over the unit's file, with an info finding when they differ).
    /// Does nothing for a form made for another rubric.
    public func apply(to submission: inout Submission) {
        guard form.applies, let u = unit(of: submission) else { return }
        let points = form.units[u].points
        guard !points.isEmpty else { return }
        for k in submission.items.indices {
            guard let p = points[ItemCode.normalize(submission.items[k].code)] else { continue }
            let own = submission.items[k].verified
            if !own.value.isBlank, FieldParser.number(own.value).value.map({ abs($0 - p.value) > 0.005 }) ?? true {
                submission.findings.append(Finding(
                    .info, .formOverridesFile, at: p.location, value: CellNumber.text(p.value),
                    .form(.overridesFile(line: p.line, form: p.value, file: own.text, fileCell: own.location?.place))))
            }
            submission.items[k].verified = Entry(.number(p.value), at: p.location)
            submission.items[k].verifiedSource = .form
        }
    }
}
