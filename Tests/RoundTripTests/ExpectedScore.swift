import Reports
import Scoring

/// The scores a fill must get, computed here from the rubric's rules in whole
/// hundredths (exact integers), independently of the engine (SPEC §2.2):
/// verified points, else the value computed from counts, else the claim; then, without
/// verified points, points on a line that names no evidence become 0.
struct ExpectedScore: Equatable {
    /// Per rubric code, in hundredths of a point.
    var lines: [String: Int] = [:]
    var total = 0
    /// Warning codes the engine must raise (and no others).
    var warnings: Set<String> = []
    /// Info codes the engine must raise (others, such as `formulaCached`, are allowed).
    var infos: Set<String> = []

    static func hundredths(_ x: Double) -> Int { Int((x * 100).rounded()) }

    init(fill: TemplateFill, rubric: Rubric) {
        var counts: [String: Int] = [:]
        for (key, value) in fill.counts { if case .number(let n) = value { counts[key] = Int(n) } }
        var ratingIndex: Int?
        if case .text(let label)? = fill.rating { ratingIndex = rubric.ratings.firstIndex { $0.label == label } }

        for item in rubric.items {
            let given = fill.items[item.code] ?? [:]
            let max = Self.hundredths(item.max)
            let claimed = Self.number(given[.claimed]).map(Self.hundredths)
            let verified = Self.number(given[.verified]).map(Self.hundredths)
            let evidence: String = if case .text(let s)? = given[.evidence] { s.trimmingWhitespace() } else { "" }
            let computed = computedValue(item, max: max, counts: counts, ratingIndex: ratingIndex, rubric: rubric)
            if verified == nil, let c = claimed {
                if item.kind == .binary, c > 0, c < max { warnings.insert("partialBinary") }
                if let computed, abs(c - computed) > 1 { warnings.insert("computedDiffers") }
            }
            if let v = verified, let c = claimed, v != c { infos.insert("verifiedDiffers") }
            var score = verified ?? computed ?? claimed ?? 0
            if verified == nil, score > 0, item.evidence == .required, evidence.isEmpty {
                warnings.insert("noEvidence")
                score = 0
            }
            lines[item.code] = score
            total += score
        }
    }

    /// Ratio and threshold lines from counts (nil when the counts are absent or the whole is 0).
    private mutating func computedValue(_ item: RubricItem, max: Int, counts: [String: Int], ratingIndex: Int?,
                                        rubric: Rubric) -> Int? {
        switch item.kind {
        case .ratio:
            guard let r = item.ratio, let num = counts[r.numerator], let den = counts[r.denominator] else { return nil }
            if den == 0 { warnings.insert("zeroStaff"); return nil }
            return (2 * max * num + den) / (2 * den)   // half up, exact
        case .threshold:
            guard let t = item.threshold else { return nil }
            let keys = t.shares.flatMap { $0.counts + [$0.of] }
            guard keys.allSatisfy({ counts[$0] != nil }) else { return nil }
            if t.ratingAtLeast != nil, ratingIndex == nil { return nil }
            if t.shares.contains(where: { counts[$0.of] == 0 }) { warnings.insert("zeroStaff"); return nil }
            var met = true
            if let need = t.ratingAtLeast, let have = ratingIndex,
               let want = rubric.ratings.firstIndex(where: { $0.code == need }) {
                met = have <= want
            }
            for share in t.shares {
                let sum = share.counts.reduce(0) { $0 + counts[$1]! }
                // sum / whole ≥ atLeast, in integers (atLeast has at most 4 decimals)
                let scaled = Int((share.atLeast * 10_000).rounded())
                met = met && sum * 10_000 >= scaled * counts[share.of]!
            }
            return met ? max : 0
        case .binary, .graded:
            return nil
        }
    }

    static func number(_ v: TemplateFill.Value?) -> Double? {
        if case .number(let n)? = v { return n }
        return nil
    }
}
