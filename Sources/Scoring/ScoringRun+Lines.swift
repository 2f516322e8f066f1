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
            add(.warning, .lineUnknown, item.location, value: item.code,
                vi: "Mã \"\(item.code)\" không có trong thang điểm nên dòng này không được tính. Kiểm tra lại cột Mã.",
                en: "Code \"\(item.code)\" is not in the rubric, so this line is not counted. Check the code column.")
        }
        let locatingFailed = submission.items.isEmpty && submission.findings.contains { $0.severity == .error }
        if submission.items.isEmpty && !locatingFailed {
            add(.error, .noLines, nil,
                vi: "Không tìm thấy dòng nào của bảng điểm. Dùng mẫu tự chấm điểm của kế hoạch và giữ nguyên cột Mã.",
                en: "No line of the scoring table was found. Use the plan's template and keep its code column.")
        }
        let reportMissing = !submission.items.isEmpty
        return rubric.items.map { item in
            scoreLine(item, submitted: byCode[ItemCode.normalize(item.code)] ?? [], reportMissing: reportMissing,
                      counts: counts, rating: rating)
        }
    }

    private mutating func scoreLine(_ item: RubricItem, submitted: [SubmittedItem], reportMissing: Bool,
                                    counts: TypedCounts, rating: String?) -> ScoredLine {
        let max = item.max, maxVi = CellNumber.textVi(item.max), maxEn = CellNumber.text(item.max)
        guard let line = submitted.first else {
            if reportMissing {
                add(.error, .lineMissing, nil, value: item.code,
                    vi: "Không tìm thấy dòng \(item.code) trong bảng điểm (\(short(item.text))). Thêm lại dòng này theo mẫu, ghi đúng mã \(item.code) ở cột Mã và ghi điểm tự chấm.",
                    en: "Line \(item.code) is not in the table (\(short(item.text))). Add it back as in the template, with code \(item.code) in the code column, and enter its points.")
            }
            let computed = computed(item, counts: counts, rating: rating)?.0
            return ScoredLine(code: item.code, max: max, kind: item.kind, claimed: nil, verified: nil,
                              computed: computed, score: 0, source: .none, hasEvidence: false, evidence: "",
                              location: nil)
        }
        if submitted.count > 1 {
            add(.warning, .lineDuplicated, submitted[1].location, value: submitted[1].code,
                vi: "Dòng \(item.code) có nhiều lần; chỉ dòng đầu tiên được tính. Xóa dòng trùng.",
                en: "Line \(item.code) appears more than once; only the first is counted. Delete the duplicate.")
        }
        noteFormula(line.claimed)
        noteFormula(line.verified)
        let where_ = line.claimed.location ?? line.location

        // The claim (điểm tự chấm).
        var claimed: Double?, claimValid = false
        switch FieldParser.number(line.claimed.value) {
        case .empty:
            let hint = line.claimed.isFormula
                ? " Ô có công thức chưa được tính: mở tệp bằng Excel hoặc LibreOffice và lưu lại." : ""
            add(.error, .claimMissing, where_,
                vi: "Dòng \(item.code): chưa ghi điểm tự chấm. Ghi điểm từ 0 đến \(maxVi).\(hint)",
                en: "Line \(item.code): no claimed points. Enter points from 0 to \(maxEn).\(hint.isEmpty ? "" : " The cell's formula has no computed value: open and save the file in Excel or LibreOffice.")")
        case .notANumber(let v):
            add(.error, .notANumber, where_, value: v,
                vi: "Dòng \(item.code): điểm tự chấm \"\(v)\" không phải là số. Ghi một số từ 0 đến \(maxVi), ví dụ 7,5.",
                en: "Line \(item.code): claimed points \"\(v)\" are not a number. Enter a number from 0 to \(maxEn), e.g. 7.5.")
        case .ambiguous(let v):
            add(.error, .ambiguousNumber, where_, value: v,
                vi: "Dòng \(item.code): không rõ \"\(v)\" là số thập phân hay có dấu phân cách hàng nghìn. Ghi lại, dùng dấu phẩy cho phần thập phân (ví dụ 7,5).",
                en: "Line \(item.code): \"\(v)\" could be a decimal or a thousands separator. Rewrite it with a decimal comma or point and at most two decimals (e.g. 7.5).")
        case .value(let d):
            claimed = d
            if d < 0 {
                add(.error, .negative, where_, value: line.claimed.text,
                    vi: "Dòng \(item.code): điểm tự chấm \(CellNumber.textVi(d)) là số âm. Ghi điểm đạt được, từ 0 đến \(maxVi), không ghi điểm trừ.",
                    en: "Line \(item.code): claimed points \(CellNumber.text(d)) are negative. Enter the points earned, 0 to \(maxEn), not the deduction.")
            } else if d > max + 1e-9 {
                add(.error, .aboveMax, where_, value: line.claimed.text,
                    vi: "Dòng \(item.code): điểm tự chấm \(CellNumber.textVi(d)) vượt điểm tối đa \(maxVi). Ghi lại điểm không quá \(maxVi).",
                    en: "Line \(item.code): claimed points \(CellNumber.text(d)) exceed the line's max \(maxEn). Enter at most \(maxEn).")
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
            add(.error, .verifiedOutOfRange, line.verified.location, value: v,
                vi: "Dòng \(item.code): điểm kiểm tra \"\(v)\" phải là số từ 0 đến \(maxVi). Đoàn kiểm tra ghi lại điểm kiểm tra.",
                en: "Line \(item.code): verified points \"\(v)\" must be a number from 0 to \(maxEn). The inspection team should correct them.")
        }

        let comp = computed(item, counts: counts, rating: rating)
        let claimVi = claimed.map(CellNumber.textVi) ?? "", claimEn = claimed.map(CellNumber.text) ?? ""
        if verified == nil, claimValid, let claimed {
            if item.kind == .binary, claimed > 0, claimed < max {
                add(.warning, .partialBinary, where_, value: line.claimed.text,
                    vi: "Dòng \(item.code) chỉ chấm đạt (\(maxVi) điểm) hoặc không đạt (0 điểm); đơn vị tự chấm \(claimVi). Điểm \(claimVi) tạm được tính, chờ Đoàn kiểm tra xác nhận.",
                    en: "Line \(item.code) is met (\(maxEn)) or not met (0); the unit claimed \(claimEn). \(claimEn) is accepted for now, pending the inspection team.")
            }
            if let (value, how) = comp, abs(claimed - value) > 0.01 {
                add(.warning, .computedDiffers, where_, value: line.claimed.text,
                    vi: "Dòng \(item.code): điểm tự chấm \(claimVi) khác điểm tính từ số liệu \(CellNumber.textVi(value)) (\(how)). Điểm \(CellNumber.textVi(value)) được tính; kiểm tra lại điểm tự chấm hoặc số liệu.",
                    en: "Line \(item.code): claimed \(claimEn) differs from \(CellNumber.text(value)) computed from the counts (\(how)). \(CellNumber.text(value)) is used; check the claim or the counts.")
            }
        }
        if let verified, claimValid, let claimed, abs(verified - claimed) > 0.005 {
            add(.info, .verifiedDiffers, line.verified.location, value: line.verified.text,
                vi: "Dòng \(item.code): Đoàn kiểm tra chấm \(CellNumber.textVi(verified)) điểm, đơn vị tự chấm \(claimVi). Điểm kiểm tra được dùng.",
                en: "Line \(item.code): the inspection team verified \(CellNumber.text(verified)), the unit claimed \(claimEn). The verified points are used.")
        }

        var score: Double, source: ScoreSource
        if let verified { (score, source) = (verified, .verified) }
        else if let comp { (score, source) = (comp.0, .computed) }
        else if claimValid, let claimed { (score, source) = (claimed, .claimed) }
        else { (score, source) = (0, .none) }

        let evidence = line.evidence.text
        let hasEvidence = !evidence.isEmpty
        if source != .verified, score > 0, item.evidence == .required, !hasEvidence {
            add(.warning, .noEvidence, line.evidence.location ?? where_, value: CellNumber.text(score),
                vi: "Dòng \(item.code): có \(CellNumber.textVi(score)) điểm nhưng chưa ghi minh chứng nên được tính 0 điểm. Ghi tên văn bản, hồ sơ minh chứng vào cột Minh chứng.",
                en: "Line \(item.code): \(CellNumber.text(score)) points but no evidence named, so it scores 0. Name the documents or records in the evidence column.")
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
