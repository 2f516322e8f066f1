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

    /// The count's name inside a sentence ("tổng số").
    func shortLabel(ofCount key: String) -> String {
        rubric.counts.first { $0.key == key }?.short ?? key
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
                add(.error, .countNotWhole, e.location, value: v, .count(.notANumber(label: field.label, written: v)))
            case .notWhole(let d):
                counts.invalid.insert(field.key)
                add(.error, .countNotWhole, e.location, entry: e, .count(.notWhole(label: field.label, value: d)))
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
                    .count(.partAboveWhole(part: label(ofCount: r.numerator), partValue: num,
                                           whole: label(ofCount: r.denominator), wholeValue: den)))
            }
            for share in item.threshold?.shares ?? [] {
                guard let whole = counts.values[share.of], !flaggedWholes.contains("share/" + share.of) else { continue }
                let parts = share.counts.compactMap { counts.values[$0] }
                guard parts.count == share.counts.count else { continue }
                let sum = parts.reduce(0, +)
                guard sum > whole else { continue }
                flaggedWholes.insert("share/" + share.of)
                counts.inconsistent.formUnion(share.counts + [share.of])
                add(.error, .ratedAboveStaff, entry(count: share.counts[0]).location, value: String(sum),
                    .count(.sumAboveWhole(parts: share.counts.map { label(ofCount: $0) }, sum: sum,
                                          whole: label(ofCount: share.of), wholeValue: whole)))
            }
        }
    }
}
