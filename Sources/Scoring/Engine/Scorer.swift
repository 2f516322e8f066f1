import SheetModel

/// Checks and scores one submission against a rubric (SPEC §2.2, §5). Pure: no I/O.
public enum Scorer {
    /// Scores a submission: every line in rubric order, counts, header, nominees,
    /// with findings for every problem. Never throws; problems are findings. Text longer
    /// than a cell holds is cut first (`ContentLimits`), with a finding. Each line keeps its
    /// evidence text and cell only `keepingEvidence` (the inspection form shows them).
    public static func score(_ submission: Submission, rubric: Rubric, keepingEvidence: Bool = true) -> UnitResult {
        let fitted = ContentLimits.needsFitting(submission) ? ContentLimits.fitted(submission) : submission
        var run = ScoringRun(submission: fitted, rubric: rubric)
        var result = run.score()
        if !keepingEvidence {
            for i in result.lines.indices { result.lines[i].dropDetail() }
        }
        return result
    }
}

/// The state of scoring one submission.
struct ScoringRun {
    let submission: Submission
    let rubric: Rubric
    var findings: [Finding] = []

    init(submission: Submission, rubric: Rubric) {
        self.submission = submission
        self.rubric = rubric
        self.findings = submission.findings
    }

    /// The entry's cell, else the file.
    func place(_ location: SourceLocation?) -> SourceLocation {
        location ?? SourceLocation(file: submission.file)
    }

    mutating func add(_ severity: Severity, _ code: FindingCode, _ location: SourceLocation?,
                      value: String? = nil, number: Bool = false, _ message: Message) {
        findings.append(Finding(severity, code, at: place(location), value: value, message, valueIsNumber: number))
    }

    /// Adds a finding whose value is an entry's, shown the reader's way when it is a number.
    mutating func add(_ severity: Severity, _ code: FindingCode, _ location: SourceLocation?,
                      entry: Entry, _ message: Message) {
        var isNumber = false
        if case .number = entry.value { isNumber = true }
        add(severity, code, location, value: entry.text, number: isNumber, message)
    }

    /// Notes a formula cell once (the locator may already have).
    mutating func noteFormula(_ entry: Entry) {
        guard entry.isFormula, let loc = entry.location else { return }
        if findings.contains(where: { $0.code == .formulaCached && $0.location == loc }) { return }
        let v = entry.value.displayText
        var number: Double?
        if case .number(let d) = entry.value { number = d }
        add(.info, .formulaCached, loc, entry: entry, .line(.formulaCached(text: v, number: number)))
    }

    mutating func score() -> UnitResult {
        let unit = scoreUnit()
        let (period, periodCheck) = scorePeriod()
        let date = scoreDate()
        if let id = submission.templateRubricID, !id.isEmpty, id != rubric.id,
           !findings.contains(where: { $0.code == .otherRubric }) {
            add(.error, .otherRubric, nil, value: id,
                .locator(.otherPlan(found: id, planNumber: rubric.plan.number, template: LocatorFindings.templateName)))
        }
        let counts = scoreCounts()
        let rating = scoreRating()
        let lines = scoreLines(counts: counts, rating: rating)
        let claims = lines.compactMap(\.claimed)
        let claimedTotal = claims.isEmpty ? nil : CellNumber.round(claims.reduce(0, +))
        checkWrittenTotal(lines: lines)
        let score = CellNumber.round(lines.reduce(0) { $0 + $1.score })
        let nominees = scoreNominees()
        return UnitResult(
            file: submission.file, fileModified: submission.fileModified, unit: unit, period: period,
            periodCheck: periodCheck, date: date, preparer: submission.preparer.text.nilIfEmpty,
            phone: submission.phone.text.nilIfEmpty, lines: lines, claimedTotal: claimedTotal, score: score,
            counts: CountValues(counts.values), rating: rating, nominees: nominees, findings: findings)
    }

    private mutating func scoreUnit() -> ScoredUnit {
        let name = submission.unitName.text, code = submission.unitCode.text
        if name.isEmpty && !(submission.findings.contains { $0.severity == .error } && submission.items.isEmpty) {
            add(.error, .unitNameMissing, submission.unitName.location,
                .header(.unitNameMissing(label: SheetLabels.header[0].labels[0])))
        }
        var type: String?
        let typeText = submission.unitType.text
        if !typeText.isEmpty {
            let key = NameKey.matching(typeText)
            type = rubric.unitTypes.first {
                NameKey.matching($0.code) == key || NameKey.matching($0.label) == key
            }?.code
            if type == nil {
                add(.warning, .unitTypeUnknown, submission.unitType.location, value: typeText,
                    .header(.unitTypeUnknown(written: typeText, types: rubric.unitTypes.map(\.label))))
            }
        }
        return ScoredUnit(code: code.isEmpty ? nil : code, name: name.isEmpty ? nil : name, type: type,
                          typeWritten: typeText.isEmpty ? nil : typeText, nameCell: submission.unitName.location,
                          typeCell: submission.unitType.location)
    }

    private mutating func scorePeriod() -> (String?, PeriodCheck) {
        let entry = submission.period
        let check = PeriodParser.check(entry.value, against: rubric.period)
        let text = entry.text
        switch check {
        case .differs:
            add(.warning, .periodMismatch, entry.location, value: text,
                .header(.periodMismatch(written: text, plan: rubric.period.label)))
        case .unreadable:
            add(.warning, .periodUnreadable, entry.location, value: text,
                .header(.periodUnreadable(written: text, plan: rubric.period.label)))
        case .matches, .missing:
            break
        }
        return (text.isEmpty ? nil : text, check)
    }

    private mutating func scoreDate() -> DateTimeValue? {
        let entry = submission.date
        if entry.value.isBlank { return nil }
        if let d = DateParser.date(entry.value) { return d }
        add(.warning, .dateUnreadable, entry.location, value: entry.text, .header(.dateUnreadable(written: entry.text)))
        return nil
    }

    private mutating func scoreRating() -> String? {
        let entry = submission.rating
        if entry.value.isBlank { return nil }
        noteFormula(entry)
        if let code = RatingParser.rating(entry.value, ratings: rubric.ratings) { return code }
        add(.warning, .ratingUnreadable, entry.location, value: entry.text,
            .count(.ratingUnreadable(written: entry.text, levels: rubric.ratings.map(\.label))))
        return nil
    }

    private mutating func scoreNominees() -> [ScoredNominee] {
        var out: [ScoredNominee] = []
        for n in submission.nominees {
            let name = n.name.text
            if name.isEmpty {
                if !(n.position.text.isEmpty && n.achievements.text.isEmpty && n.partyMember.value.isBlank) {
                    add(.warning, .nomineeNameMissing, n.position.location ?? n.achievements.location,
                        .header(.nomineeNameMissing))
                }
                continue
            }
            if !FieldParser.yesNoReadable(n.partyMember.value) {
                add(.warning, .yesNoUnreadable, n.partyMember.location, value: n.partyMember.text,
                    .header(.partyMemberUnclear(name: name, written: n.partyMember.text,
                                                yes: SheetLabels.yes, no: SheetLabels.no)))
            }
            out.append(ScoredNominee(name: name, position: n.position.text,
                                     partyMember: FieldParser.yesNo(n.partyMember.value),
                                     achievements: n.achievements.text, location: n.name.location))
        }
        return out
    }

    private mutating func checkWrittenTotal(lines: [ScoredLine]) {
        let entry = submission.writtenTotal
        guard let written = FieldParser.number(entry.value).value else { return }
        guard lines.allSatisfy({ $0.claimed != nil }) else { return }
        let sum = CellNumber.round(lines.reduce(0) { $0 + ($1.claimed ?? 0) })
        guard CellNumber.differByMoreThanOneHundredth(written, sum) else { return }
        add(.warning, .totalDiffers, entry.location, entry: entry, .line(.totalDiffers(written: written, sum: sum)))
    }
}
