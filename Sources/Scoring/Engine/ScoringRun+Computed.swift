import SheetModel

/// Lines whose value comes from counts: a ratio (criterion 5 of the seed: pledges signed /
/// staff) and a threshold (criterion 12: the rating and the shares of excellent and good).
extension ScoringRun {
    /// The value of a ratio or threshold line from counts and how it was computed, or nil
    /// when they are not (all) present or not usable; with `report`, raises `countMissing`
    /// and `zeroStaff` as needed (an absent line raises nothing).
    mutating func computed(_ item: RubricItem, counts: TypedCounts, rating: String?,
                           report: Bool) -> (Double, Computation)? {
        switch item.kind {
        case .ratio:
            guard let r = item.ratio else { return nil }
            guard usable([r.numerator, r.denominator], ratingNeeded: false, rating: nil, item: item,
                         counts: counts, report: report),
                  let num = counts.values[r.numerator], let den = counts.values[r.denominator] else { return nil }
            let value = CellNumber.round(item.max * Double(num) / Double(den))
            return (value, .ratio(numerator: shortLabel(ofCount: r.numerator), numeratorValue: num,
                                  denominator: shortLabel(ofCount: r.denominator), denominatorValue: den,
                                  max: item.max, value: value))
        case .threshold:
            guard let t = item.threshold else { return nil }
            let keys = t.shares.flatMap { $0.counts + [$0.of] }
            guard usable(keys, ratingNeeded: t.ratingAtLeast != nil, rating: rating, item: item, counts: counts,
                         report: report)
            else { return nil }
            var met = true
            var checks: [ThresholdCheck] = []
            if let need = t.ratingAtLeast, let rating,
               let have = RatingParser.rank(rating, in: rubric.ratings),
               let want = RatingParser.rank(need, in: rubric.ratings) {
                let ok = have <= want
                met = met && ok
                checks.append(.rating(have: rubric.ratings[have].label, need: rubric.ratings[want].label, met: ok))
            }
            for share in t.shares {
                let sum = share.counts.reduce(0) { $0 + (counts.values[$1] ?? 0) }
                let whole = counts.values[share.of] ?? 0
                let ok = Double(sum) >= share.atLeast * Double(whole) - 1e-9
                met = met && ok
                checks.append(.share(parts: share.counts.map { shortLabel(ofCount: $0) }, whole: shortLabel(ofCount: share.of),
                                     sum: sum, of: whole, atLeast: share.atLeast, met: ok))
            }
            return (met ? item.max : 0, .threshold(checks))
        case .binary, .graded:
            return nil
        }
    }

    /// True when every key is a valid count, the wholes are not 0 and the rating is
    /// known; with `report`, raises `countMissing` / `zeroStaff` when partly filled or 0,
    /// at the first missing count's cell (else the rating's, else the line's claim).
    private mutating func usable(_ keys: [String], ratingNeeded: Bool, rating: String?, item: RubricItem,
                                 counts: TypedCounts, report: Bool) -> Bool {
        let ratingPresent = !submission.rating.value.isBlank
        let anyPresent = keys.contains { counts.isPresent($0) } || (ratingNeeded && ratingPresent)
        guard anyPresent else { return false }
        var missing: [String] = []
        for key in keys where !counts.isPresent(key) && !missing.contains(key) { missing.append(key) }
        let ratingMissing = ratingNeeded && !ratingPresent
        if !missing.isEmpty || ratingMissing {
            if report {
                let cell = missing.compactMap { submission.counts[$0]?.location }.first
                    ?? (ratingMissing ? submission.rating.location : nil) ?? claimLocation(item)
                add(.warning, .countMissing, cell,
                    .count(.missing(line: item.code, labels: missing.map { label(ofCount: $0) }, rating: ratingMissing)))
            }
            return false
        }
        guard keys.allSatisfy({ counts.values[$0] != nil && !counts.inconsistent.contains($0) }) else { return false }
        if ratingNeeded && rating == nil { return false }
        let wholes = Set(item.ratio.map { [$0.denominator] } ?? item.threshold?.shares.map(\.of) ?? [])
        for key in wholes.sorted() where counts.values[key] == 0 {
            if report {
                add(.warning, .zeroStaff, entry(count: key).location, value: "0",
                    .count(.zeroWhole(label: label(ofCount: key), line: item.code)))
            }
            return false
        }
        return true
    }

    /// The cell of a line's claim (else its code), when the line is in the sheet.
    func claimLocation(_ item: RubricItem) -> SourceLocation? {
        let key = ItemCode.normalize(item.code)
        guard let line = submission.items.first(where: { ItemCode.normalize($0.code) == key }) else { return nil }
        return line.claimed.location ?? line.location
    }
}
