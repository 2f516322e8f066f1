import SheetModel

extension ScoringRun {
    /// Scores every rubric line in rubric order (SPEC §2.2's order: verified,
    /// else computed from counts, else the claim; then no evidence → 0).
    mutating func scoreLines(counts: TypedCounts, rating: String?) -> [ScoredLine] {
        var byCode: [String: [SubmittedItem]] = [:]
        for item in submission.items {
            let key = ItemCode.normalize(item.code)
            if !key.isEmpty { byCode[key, default: []].append(item) }
        }
        let known = Set(rubric.items.map { ItemCode.normalize($0.code) })
        // A criterion split into sub-lines (4 → 4a, 4b) may keep a heading row "4".
        let headings = Set(rubric.items.map { String($0.criterion) }).subtracting(known)
        for item in submission.items {
            let key = ItemCode.normalize(item.code)
            guard !key.isEmpty, !known.contains(key), !headings.contains(key) else { continue }
            add(.warning, .lineUnknown, item.location, value: item.code, .line(.unknownCode(written: item.code)))
        }
        let locatingFailed = submission.items.isEmpty && submission.findings.contains { $0.severity == .error }
        if submission.items.isEmpty && !locatingFailed {
            add(.error, .noLines, nil, .line(.noLines))
        }
        let reportMissing = !submission.items.isEmpty
        return rubric.items.map { item in
            scoreLine(item, submitted: byCode[ItemCode.normalize(item.code)] ?? [], reportMissing: reportMissing,
                      counts: counts, rating: rating)
        }
    }

    private mutating func scoreLine(_ item: RubricItem, submitted: [SubmittedItem], reportMissing: Bool,
                                    counts: TypedCounts, rating: String?) -> ScoredLine {
        let max = item.max, code = item.code
        guard let line = submitted.first else {
            if reportMissing {
                add(.error, .lineMissing, nil, value: code, .line(.missing(line: code, criterion: short(item.text))))
            }
            // An absent line raises no count findings of its own.
            let computed = computed(item, counts: counts, rating: rating, report: false)?.0
            return ScoredLine(code: item.code, max: max, kind: item.kind, claimed: nil, verified: nil,
                              computed: computed, score: 0, source: .none, hasEvidence: false, evidence: "",
                              location: nil)
        }
        if submitted.count > 1 {
            add(.warning, .lineDuplicated, submitted[1].location, value: submitted[1].code, .line(.duplicated(line: code)))
        }
        noteFormula(line.claimed)
        noteFormula(line.verified)
        let where_ = line.claimed.location ?? line.location

        // The claim (điểm tự chấm).
        var claimed: Double?, claimValid = false
        switch FieldParser.number(line.claimed.value) {
        case .empty:
            add(.error, .claimMissing, where_,
                .line(.claimMissing(line: code, max: max, uncomputedFormula: line.claimed.isFormula)))
        case .notANumber(let v):
            add(.error, .notANumber, where_, value: v, .line(.claimNotANumber(line: code, written: v, max: max)))
        case .ambiguous(let v):
            add(.error, .ambiguousNumber, where_, value: v, .line(.claimAmbiguous(line: code, written: v)))
        case .value(let d):
            claimed = d
            if d < 0 {
                add(.error, .negative, where_, entry: line.claimed,
                    .line(.claimNegative(line: code, claimed: d, max: max)))
            } else if d > max + 1e-9 {
                add(.error, .aboveMax, where_, entry: line.claimed,
                    .line(.claimAboveMax(line: code, claimed: d, max: max)))
            } else {
                claimValid = true
            }
        }

        // Verified points (điểm kiểm tra).
        var verified: Double?
        switch FieldParser.number(line.verified.value) {
        case .empty: break
        case .value(let d) where d >= 0 && d <= max + 1e-9: verified = d
        default:
            let v = line.verified.text
            add(.error, .verifiedOutOfRange, line.verified.location, entry: line.verified,
                .line(.verifiedOutOfRange(line: code, written: v, max: max)))
        }

        let comp = computed(item, counts: counts, rating: rating, report: true)
        if verified == nil, claimValid, let claimed {
            if item.kind == .binary, claimed > 0, claimed < max {
                add(.warning, .partialBinary, where_, entry: line.claimed,
                    .line(.partialBinary(line: code, claimed: claimed, max: max)))
            }
            if let (value, how) = comp, CellNumber.differByMoreThanOneHundredth(claimed, value) {
                add(.warning, .computedDiffers, where_, entry: line.claimed,
                    .line(.computedDiffers(line: code, claimed: claimed, computed: value, how: how)))
            }
        }
        if let verified, claimValid, let claimed, CellNumber.hundredths(verified) != CellNumber.hundredths(claimed) {
            add(.info, .verifiedDiffers, line.verified.location, entry: line.verified,
                .line(.verifiedDiffers(line: code, verified: verified, claimed: claimed)))
        }

        var score: Double, source: ScoreSource
        if let verified { (score, source) = (verified, .verified) }
        else if let comp { (score, source) = (comp.0, .computed) }
        else if claimValid, let claimed { (score, source) = (claimed, .claimed) }
        else { (score, source) = (0, .none) }

        // Evidence that says there is none ("Không", "chưa có", "-") counts as none (SPEC §2.2).
        let evidence = line.evidence.text
        let saysNone = rubric.evidence.saysNone(evidence)
        let hasEvidence = !evidence.isEmpty && !saysNone
        if source != .verified, score > 0, item.evidence == .required, !hasEvidence {
            let points = CellNumber.round(score)
            add(.warning, .noEvidence, line.evidence.location ?? where_, value: saysNone ? evidence : CellNumber.text(points), number: !saysNone,
                .line(saysNone ? .evidenceSaysNone(line: code, points: points, written: evidence)
                               : .noEvidence(line: code, points: points)))
            (score, source) = (0, .noEvidence)
        }
        score = CellNumber.round(Swift.min(Swift.max(score, 0), max))
        return ScoredLine(code: item.code, max: max, kind: item.kind, claimed: claimed, verified: verified,
                          verifiedSource: verified == nil ? nil : line.verifiedSource,
                          computed: comp?.0, score: score, source: source, hasEvidence: hasEvidence,
                          evidence: evidence, location: where_)
    }

    /// A criterion's text cut to about 60 characters for messages.
    func short(_ text: String) -> String {
        text.count <= 60 ? text : String(text.prefix(57)).trimmingWhitespace() + "…"
    }
}
