import SheetModel

/// The counts block, typed.
struct TypedCounts {
    /// Counts read as whole numbers ≥ 0.
    var values: [String: Int] = [:]
    /// Keys whose cell holds something that is not a valid count (an error was raised).
    var invalid: Set<String> = []
    /// Keys with a value judged impossible against another count (an error was raised).
    var inconsistent: Set<String> = []

    /// True when the cell for a key is filled (valid or not).
    func isPresent(_ key: String) -> Bool { values[key] != nil || invalid.contains(key) }
}

extension ScoringRun {
    func label(ofCount key: String) -> String {
        rubric.counts.first { $0.key == key }?.label ?? key
    }

    func entry(count key: String) -> Entry { submission.counts[key] ?? .missing }

    /// Reads every count of the rubric and checks them against one another.
    mutating func scoreCounts() -> TypedCounts {
        var counts = TypedCounts()
        for field in rubric.counts {
            let e = entry(count: field.key)
            noteFormula(e)
            switch FieldParser.count(e.value) {
            case .empty: break
            case .value(let n): counts.values[field.key] = n
            case .notANumber(let v), .ambiguous(let v):
                counts.invalid.insert(field.key)
                add(.error, .countNotWhole, e.location, value: v,
                    vi: "\(field.label): \"\(v)\" không phải là số. Ghi số người bằng chữ số (số nguyên, từ 0 trở lên), không kèm chữ hay dấu phân cách hàng nghìn.",
                    en: "\(field.label): \"\(v)\" is not a number. Enter the number of people in digits (a whole number ≥ 0), without words or thousands separators.")
            case .notWhole(let d):
                counts.invalid.insert(field.key)
                add(.error, .countNotWhole, e.location, value: e.text,
                    vi: "\(field.label): \(CellNumber.textVi(d)) không phải số nguyên không âm. Ghi số người (số nguyên, từ 0 trở lên).",
                    en: "\(field.label): \(CellNumber.text(d)) is not a whole number ≥ 0. Enter the number of people.")
            }
        }
        checkRelations(&counts)
        return counts
    }

    /// Pledges ≤ staff (each ratio), excellent + good ≤ staff (each share).
    private mutating func checkRelations(_ counts: inout TypedCounts) {
        var flaggedWholes: Set<String> = []
        for item in rubric.items {
            if let r = item.ratio, let num = counts.values[r.numerator], let den = counts.values[r.denominator],
               num > den, !flaggedWholes.contains(r.numerator + "/" + r.denominator) {
                flaggedWholes.insert(r.numerator + "/" + r.denominator)
                counts.inconsistent.formUnion([r.numerator, r.denominator])
                let e = entry(count: r.numerator)
                add(.error, .pledgesAboveStaff, e.location, value: String(num),
                    vi: "\(label(ofCount: r.numerator)) (\(num)) lớn hơn \(label(ofCount: r.denominator)) (\(den)). Kiểm tra và ghi lại hai số liệu này.",
                    en: "\(label(ofCount: r.numerator)) (\(num)) is more than \(label(ofCount: r.denominator)) (\(den)). Check and correct both counts.")
            }
            for share in item.threshold?.shares ?? [] {
                guard let whole = counts.values[share.of], !flaggedWholes.contains("share/" + share.of) else { continue }
                let parts = share.counts.compactMap { counts.values[$0] }
                guard parts.count == share.counts.count else { continue }
                let sum = parts.reduce(0, +)
                guard sum > whole else { continue }
                flaggedWholes.insert("share/" + share.of)
                counts.inconsistent.formUnion(share.counts + [share.of])
                let names = share.counts.map { label(ofCount: $0) }.joined(separator: " + ")
                add(.error, .ratedAboveStaff, entry(count: share.counts[0]).location, value: String(sum),
                    vi: "\(names) = \(sum), lớn hơn \(label(ofCount: share.of)) (\(whole)). Kiểm tra và ghi lại các số liệu này.",
                    en: "\(names) = \(sum), more than \(label(ofCount: share.of)) (\(whole)). Check and correct these counts.")
            }
        }
    }

    /// The value of a ratio or threshold line from counts, or nil when they are
    /// not (all) present or not usable (findings raised as needed).
    mutating func computed(_ item: RubricItem, counts: TypedCounts, rating: String?) -> (Double, String)? {
        switch item.kind {
        case .ratio:
            guard let r = item.ratio else { return nil }
            guard usable([r.numerator, r.denominator], ratingNeeded: false, rating: nil, item: item, counts: counts),
                  let num = counts.values[r.numerator], let den = counts.values[r.denominator] else { return nil }
            let value = CellNumber.round(item.max * Double(num) / Double(den))
            return (value, "\(num)/\(den) × \(CellNumber.text(item.max)) = \(CellNumber.text(value))")
        case .threshold:
            guard let t = item.threshold else { return nil }
            let keys = t.shares.flatMap { $0.counts + [$0.of] }
            guard usable(keys, ratingNeeded: t.ratingAtLeast != nil, rating: rating, item: item, counts: counts)
            else { return nil }
            var met = true
            var why: [String] = []
            if let need = t.ratingAtLeast, let rating,
               let have = RatingParser.rank(rating, in: rubric.ratings),
               let want = RatingParser.rank(need, in: rubric.ratings) {
                let ok = have <= want
                met = met && ok
                why.append("\(rubric.ratings[have].label) \(ok ? "≥" : "<") \(rubric.ratings[want].label)")
            }
            for share in t.shares {
                let sum = share.counts.reduce(0) { $0 + (counts.values[$1] ?? 0) }
                let whole = counts.values[share.of] ?? 0
                let ok = Double(sum) >= share.atLeast * Double(whole) - 1e-9
                met = met && ok
                let pct = CellNumber.text(Double(sum) * 100 / Double(whole))
                why.append("\(share.counts.joined(separator: "+"))/\(share.of) = \(sum)/\(whole) = \(pct)% \(ok ? "≥" : "<") \(CellNumber.text(share.atLeast * 100))%")
            }
            return (met ? item.max : 0, why.joined(separator: "; "))
        case .binary, .graded:
            return nil
        }
    }

    /// True when every key is a valid count, the wholes are not 0 and the rating is
    /// known; raises `countMissing` / `zeroStaff` when partly filled or 0.
    private mutating func usable(_ keys: [String], ratingNeeded: Bool, rating: String?, item: RubricItem,
                                 counts: TypedCounts) -> Bool {
        let ratingPresent = !submission.rating.value.isBlank
        let anyPresent = keys.contains { counts.isPresent($0) } || (ratingNeeded && ratingPresent)
        guard anyPresent else { return false }
        let missing = keys.filter { !counts.isPresent($0) }
        var missingLabels = Array(Set(missing)).sorted().map { label(ofCount: $0) }
        if ratingNeeded && !ratingPresent { missingLabels.append("xếp loại tập thể") }
        if !missingLabels.isEmpty {
            add(.warning, .countMissing, item.threshold == nil ? entry(count: keys[0]).location : nil,
                vi: "Dòng \(item.code) được tính từ số liệu nhưng còn thiếu: \(missingLabels.joined(separator: "; ")). Ghi đủ số liệu; khi thiếu, điểm tự chấm được giữ nguyên.",
                en: "Line \(item.code) is computed from counts but these are missing: \(missingLabels.joined(separator: "; ")). Fill them in; until then the claimed points stand.")
            return false
        }
        guard keys.allSatisfy({ counts.values[$0] != nil && !counts.inconsistent.contains($0) }) else { return false }
        if ratingNeeded && rating == nil { return false }
        let wholes = Set(item.ratio.map { [$0.denominator] } ?? item.threshold?.shares.map(\.of) ?? [])
        for key in wholes.sorted() where counts.values[key] == 0 {
            add(.warning, .zeroStaff, entry(count: key).location, value: "0",
                vi: "\(label(ofCount: key)) bằng 0 nên không tính được dòng \(item.code) từ số liệu; điểm tự chấm được giữ nguyên. Ghi đúng tổng số.",
                en: "\(label(ofCount: key)) is 0, so line \(item.code) cannot be computed from counts; the claimed points stand. Enter the right total.")
            return false
        }
        return true
    }
}
