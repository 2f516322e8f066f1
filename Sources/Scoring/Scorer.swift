import SheetModel

/// Checks and scores one submission against a rubric (SPEC §2.2, §5). Pure: no I/O.
public enum Scorer {
    /// Scores a submission: every line in rubric order, counts, header, nominees,
    /// with findings for every problem. Never throws; problems are findings.
    public static func score(_ submission: Submission, rubric: Rubric) -> ScoredSubmission {
        var run = ScoringRun(submission: submission, rubric: rubric)
        return run.score()
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
                      value: String? = nil, vi: String, en: String) {
        findings.append(Finding(severity, code, at: place(location), value: value, vi: vi, en: en))
    }

    /// Notes a formula cell once (the locator may already have).
    mutating func noteFormula(_ entry: Entry) {
        guard entry.isFormula, let loc = entry.location else { return }
        if findings.contains(where: { $0.code == .formulaCached && $0.location == loc }) { return }
        let v = entry.value.displayText
        add(.info, .formulaCached, loc, value: v,
            vi: "Ô có công thức; giá trị đã tính (\(v.isEmpty ? "trống" : v)) được dùng.",
            en: "The cell holds a formula; its computed value (\(v.isEmpty ? "empty" : v)) was used.")
    }

    mutating func score() -> ScoredSubmission {
        let unit = scoreUnit()
        let (period, periodCheck) = scorePeriod()
        let date = scoreDate()
        if let id = submission.templateRubricID, !id.isEmpty, id != rubric.id,
           !findings.contains(where: { $0.code == .otherRubric }) {
            add(.error, .otherRubric, nil, value: id,
                vi: "Tệp được lập theo mẫu của thang điểm \"\(id)\", không phải \"\(rubric.id)\". Dùng mẫu tự chấm điểm của kế hoạch \(rubric.plan.number).",
                en: "The file was made from the template of rubric \"\(id)\", not \"\(rubric.id)\". Use plan \(rubric.plan.number)'s template.")
        }
        let counts = scoreCounts()
        let rating = scoreRating()
        let lines = scoreLines(counts: counts, rating: rating)
        let claims = lines.compactMap(\.claimed)
        let claimedTotal = claims.isEmpty ? nil : CellNumber.round(claims.reduce(0, +))
        checkWrittenTotal(lines: lines)
        let score = CellNumber.round(lines.reduce(0) { $0 + $1.score })
        let nominees = scoreNominees()
        return ScoredSubmission(
            submission: submission, unit: unit, period: period, periodCheck: periodCheck, date: date,
            lines: lines, claimedTotal: claimedTotal, score: score, counts: counts.values,
            rating: rating, nominees: nominees, findings: findings)
    }

    private mutating func scoreUnit() -> ScoredUnit {
        let name = submission.unitName.text, code = submission.unitCode.text
        if name.isEmpty && !(submission.findings.contains { $0.severity == .error } && submission.items.isEmpty) {
            add(.error, .unitNameMissing, submission.unitName.location,
                vi: "Chưa ghi tên đơn vị. Ghi tên đơn vị vào ô \"Tên đơn vị\".",
                en: "The unit's name is missing. Enter it in the \"Tên đơn vị\" (unit name) cell.")
        }
        var type: String?
        let typeText = submission.unitType.text
        if !typeText.isEmpty {
            let key = NameKey.matching(typeText)
            type = rubric.unitTypes.first {
                NameKey.matching($0.code) == key || NameKey.matching($0.label) == key
            }?.code
            if type == nil {
                let labels = rubric.unitTypes.map(\.label).joined(separator: "; ")
                add(.warning, .unitTypeUnknown, submission.unitType.location, value: typeText,
                    vi: "Loại đơn vị \"\(typeText)\" không có trong danh mục. Chọn một trong: \(labels).",
                    en: "Unit type \"\(typeText)\" is not one of the plan's. Choose one of: \(labels).")
            }
        }
        return ScoredUnit(code: code.isEmpty ? nil : code, name: name.isEmpty ? nil : name, type: type)
    }

    private mutating func scorePeriod() -> (String?, PeriodCheck) {
        let entry = submission.period
        let check = PeriodParser.check(entry.value, against: rubric.period)
        let text = entry.text
        switch check {
        case .differs:
            add(.warning, .periodMismatch, entry.location, value: text,
                vi: "Kỳ thi đua \"\(text)\" không phải kỳ của kế hoạch (\(rubric.period.label)); đơn vị không được xét khen thưởng. Kiểm tra lại có dùng đúng mẫu của kế hoạch này không; nếu đúng, sửa kỳ thi đua.",
                en: "Period \"\(text)\" is not the plan's (\(rubric.period.label)); the unit cannot be proposed for an award. Check the template is this plan's; if so, correct the period.")
        case .unreadable:
            add(.warning, .periodUnreadable, entry.location, value: text,
                vi: "Không đọc được kỳ thi đua \"\(text)\". Ghi \"\(rubric.period.label)\".",
                en: "The period \"\(text)\" cannot be read. Write \"\(rubric.period.label)\".")
        case .matches, .missing:
            break
        }
        return (text.isEmpty ? nil : text, check)
    }

    private mutating func scoreDate() -> DateTimeValue? {
        let entry = submission.date
        if entry.value.isBlank { return nil }
        if let d = DateParser.date(entry.value) { return d }
        add(.warning, .dateUnreadable, entry.location, value: entry.text,
            vi: "Không đọc được ngày lập \"\(entry.text)\". Ghi ngày theo dạng ngày/tháng/năm, ví dụ 05/01/2024.",
            en: "The date \"\(entry.text)\" cannot be read. Write it as day/month/year, e.g. 05/01/2024.")
        return nil
    }

    private mutating func scoreRating() -> String? {
        let entry = submission.rating
        if entry.value.isBlank { return nil }
        noteFormula(entry)
        if let code = RatingParser.rating(entry.value, ratings: rubric.ratings) { return code }
        let labels = rubric.ratings.map(\.label).joined(separator: "; ")
        add(.warning, .ratingUnreadable, entry.location, value: entry.text,
            vi: "Không đọc được xếp loại \"\(entry.text)\". Chọn một trong: \(labels).",
            en: "The rating \"\(entry.text)\" cannot be read. Choose one of: \(labels).")
        return nil
    }

    private mutating func scoreNominees() -> [ScoredNominee] {
        var out: [ScoredNominee] = []
        for n in submission.nominees {
            let name = n.name.text
            if name.isEmpty {
                if !(n.position.text.isEmpty && n.achievements.text.isEmpty && n.partyMember.value.isBlank) {
                    add(.warning, .nomineeNameMissing, n.position.location ?? n.achievements.location,
                        vi: "Dòng đề nghị khen thưởng cá nhân chưa có họ và tên. Ghi họ tên hoặc xóa dòng.",
                        en: "A nominee row has no name. Enter the name or delete the row.")
                }
                continue
            }
            if !FieldParser.yesNoReadable(n.partyMember.value) {
                add(.warning, .yesNoUnreadable, n.partyMember.location, value: n.partyMember.text,
                    vi: "Cột Đảng viên của \(name): \"\(n.partyMember.text)\" không rõ. Ghi Có hoặc Không.",
                    en: "Party member for \(name): \"\(n.partyMember.text)\" is unclear. Write Có (yes) or Không (no).")
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
        guard abs(written - sum) > 0.01 else { return }
        add(.warning, .totalDiffers, entry.location, value: entry.text,
            vi: "Tổng điểm ghi trong bảng (\(CellNumber.textVi(written))) khác tổng điểm tự chấm của các dòng (\(CellNumber.textVi(sum))). Tổng được tính lại từ các dòng; sửa ô tổng cộng hoặc dùng công thức cộng.",
            en: "The written total (\(CellNumber.text(written))) differs from the sum of the lines' claims (\(CellNumber.text(sum))). The total is recomputed from the lines; correct the total cell or use a SUM formula.")
    }
}
