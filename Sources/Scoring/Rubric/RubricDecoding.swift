import Yams

/// Turns a YAML node tree into a `Rubric`: required keys, defaults for the
/// optional ones, unknown keys refused.
struct RubricDecoding {
    let walker: YAMLWalker

    func rubric(_ root: Node) throws(RubricError) -> Rubric {
        // The schema first: a newer file may use keys this build does not know.
        if case .mapping(let map) = root {
            for (k, v) in map where k.scalar?.string == "schema" {
                if let s = v.scalar?.string, let n = Int(s), n > Rubric.currentSchema {
                    throw walker.error(.schemaTooNew, "schema", line: k.mark?.line,
                                       .schemaTooNew(found: n, supported: Rubric.currentSchema))
                }
            }
        }
        let f = try walker.mapping(root, at: "", allowed: [
            "schema", "id", "version", "plan", "issuer", "period", "total", "items", "ratings",
            "counts", "unitTypes", "routes", "awards", "eligibility", "evidence",
        ])
        let schema = try f.int("schema", Rubric.currentSchema)
        let id = try f.string("id")
        let planNode = try f.required("plan")
        let p = try walker.mapping(planNode, at: "plan", allowed: ["number", "title", "shortTitle", "date"])
        let title = try p.string("title")
        let plan = Plan(number: try p.string("number", id), title: title,
                        shortTitle: try p.string("shortTitle", title), date: try p.string("date", ""))
        let issuer = try self.issuer(f)
        let period = try self.period(f)
        let total = try f.double("total")
        let itemNodes = try walker.sequence(try f.required("items"), at: "items")
        var items: [RubricItem] = []
        for (i, element) in itemNodes.enumerated() {
            items.append(try item(element.node, at: element.path, index: i))
        }
        return Rubric(
            schema: schema, id: id, version: try f.string("version", "1"), plan: plan,
            issuer: issuer, period: period, total: total, items: items,
            ratings: try ratings(f), counts: try counts(f), unitTypes: try unitTypes(f),
            routes: try routes(f), awards: try awards(f), eligibility: try eligibility(f),
            evidence: try evidence(f))
    }

    private func issuer(_ f: Fields) throws(RubricError) -> Issuer {
        let i = try f.mapping("issuer", allowed: ["higherBody", "issuingBody", "place", "nationalHeading"])
        return Issuer(higherBody: try i?.string("higherBody", "") ?? "",
                      issuingBody: try i?.string("issuingBody", "") ?? "",
                      place: try i?.string("place", "") ?? "",
                      nationalHeading: try i?.string("nationalHeading", Self.nationalHeading)
                          ?? Self.nationalHeading)
    }

    /// The national heading of Party documents.
    static let nationalHeading = RubricDefaults.nationalHeading

    private func period(_ f: Fields) throws(RubricError) -> Period {
        let p = try walker.mapping(try f.required("period"), at: "period", allowed: ["label", "from", "to"])
        let from = try month(p, "from"), to = try month(p, "to")
        guard (from.year, from.month) <= (to.year, to.month) else {
            throw walker.error(.invalidValue, "period.to", .periodReversed)
        }
        let label = RubricDefaults.periodLabel(from: from, to: to)
        return Period(label: try p.string("label", label), from: try p.string("from"), to: try p.string("to"))
    }

    private func month(_ p: Fields, _ key: String) throws(RubricError) -> (year: Int, month: Int) {
        let text = try p.string(key)
        let parts = text.split(separator: "-")
        guard parts.count == 2, parts[0].count == 4, let y = Int(parts[0]), let m = Int(parts[1]),
              (1...12).contains(m) else {
            throw walker.error(.invalidValue, p.sub(key), .invalidMonth(written: text))
        }
        return (y, m)
    }

    private func item(_ node: Node, at path: String, index: Int) throws(RubricError) -> RubricItem {
        let f = try walker.mapping(node, at: path, allowed: [
            "code", "criterion", "text", "met", "notMet", "max", "kind", "evidence", "ratio", "threshold",
        ])
        let code = try f.string("code")
        walker.name(path, code)
        let leading = Int(String(code.prefix { $0.isNumber })) ?? (index + 1)
        let kindText = try f.string("kind", ItemKind.binary.rawValue)
        guard let kind = ItemKind(rawValue: kindText) else {
            throw walker.error(.unknownKind, f.sub("kind"), .unknownKind(written: kindText))
        }
        let evidenceText = try f.string("evidence", EvidenceRule.required.rawValue)
        guard let evidence = EvidenceRule(rawValue: evidenceText) else {
            throw walker.error(.invalidValue, f.sub("evidence"), .unknownEvidenceRule(written: evidenceText))
        }
        var ratio: RatioRule?
        if let r = try f.mapping("ratio", allowed: ["numerator", "denominator"]) {
            ratio = RatioRule(numerator: try r.string("numerator"), denominator: try r.string("denominator"))
        }
        var threshold: ThresholdRule?
        if let t = try f.mapping("threshold", allowed: ["ratingAtLeast", "shares"]) {
            var shares: [ShareCondition] = []
            for (sp, sn) in try t.list("shares") {
                let s = try walker.mapping(sn, at: sp, allowed: ["counts", "of", "atLeast"])
                shares.append(ShareCondition(counts: try s.strings("counts"), of: try s.string("of"),
                                             atLeast: try s.double("atLeast")))
            }
            threshold = ThresholdRule(
                ratingAtLeast: t.has("ratingAtLeast") ? try t.string("ratingAtLeast") : nil, shares: shares)
        }
        return RubricItem(code: code, criterion: try f.int("criterion", leading), text: try f.string("text"),
                          met: try f.string("met", ""), notMet: try f.string("notMet", ""),
                          max: try f.double("max"), kind: kind, evidence: evidence,
                          ratio: ratio, threshold: threshold)
    }

    private func ratings(_ f: Fields) throws(RubricError) -> [RatingLevel] {
        guard f.has("ratings") else { return Self.defaultRatings }
        var out: [RatingLevel] = []
        for (p, n) in try f.list("ratings") {
            let r = try walker.mapping(n, at: p, allowed: ["code", "label"])
            let code = try r.string("code")
            walker.name(p, code)
            out.append(RatingLevel(code: code, label: try r.string("label")))
        }
        return out
    }

    /// The four rating levels of Party and civil-service assessment, best first.
    static let defaultRatings = RubricDefaults.ratings

    private func counts(_ f: Fields) throws(RubricError) -> [CountField] {
        var out: [CountField] = []
        for (p, n) in try f.list("counts") {
            let c = try walker.mapping(n, at: p, allowed: ["key", "label", "short"])
            let key = try c.string("key")
            walker.name(p, key)
            let label = try c.string("label")
            out.append(CountField(key: key, label: label,
                                  short: try c.string("short", FirstLetter.lowercased(label))))
        }
        return out
    }

    private func unitTypes(_ f: Fields) throws(RubricError) -> [UnitType] {
        var out: [UnitType] = []
        for (p, n) in try f.list("unitTypes") {
            let u = try walker.mapping(n, at: p, allowed: ["code", "label", "route"])
            let code = try u.string("code")
            walker.name(p, code)
            out.append(UnitType(code: code, label: try u.string("label", code), route: try u.string("route")))
        }
        return out
    }

    private func routes(_ f: Fields) throws(RubricError) -> [Route] {
        var out: [Route] = []
        for (p, n) in try f.list("routes") {
            let r = try walker.mapping(n, at: p, allowed: ["code", "appraiser", "decider"])
            let code = try r.string("code")
            walker.name(p, code)
            out.append(Route(code: code, appraiser: try r.string("appraiser"),
                             decider: try r.string("decider")))
        }
        return out
    }

    private func awards(_ f: Fields) throws(RubricError) -> Awards {
        guard let a = try f.mapping("awards", allowed: [
            "collective", "individuals", "individualPartyRoute", "individualOtherRoute",
        ]) else { return Awards(collective: [], individuals: 0, individualPartyRoute: "", individualOtherRoute: "") }
        var levels: [AwardLevel] = []
        for (p, n) in try a.list("collective") {
            let l = try walker.mapping(n, at: p, allowed: ["code", "label", "count"])
            let code = try l.string("code")
            walker.name(p, code)
            levels.append(AwardLevel(code: code, label: try l.string("label"),
                                     count: try l.int("count")))
        }
        return Awards(collective: levels, individuals: try a.int("individuals", 0),
                      individualPartyRoute: try a.string("individualPartyRoute", ""),
                      individualOtherRoute: try a.string("individualOtherRoute", ""))
    }

    /// `evidence: { none: [...] }`; the default list when absent.
    private func evidence(_ f: Fields) throws(RubricError) -> EvidencePolicy {
        guard let e = try f.mapping("evidence", allowed: ["none"]), e.has("none") else {
            return EvidencePolicy(none: EvidencePolicy.defaultNone)
        }
        let texts = try e.strings("none")
        for (i, text) in texts.enumerated() where EvidencePolicy.key(text).isEmpty {
            throw walker.error(.invalidValue, e.sub("none") + "[\(i)]", .emptyNoneText)
        }
        return EvidencePolicy(none: texts)
    }

    private func eligibility(_ f: Fields) throws(RubricError) -> Eligibility {
        let e = try f.mapping("eligibility", allowed: ["requireEveryLineScored", "requirePlanPeriod"])
        return Eligibility(requireEveryLineScored: try e?.bool("requireEveryLineScored", true) ?? true,
                           requirePlanPeriod: try e?.bool("requirePlanPeriod", true) ?? true)
    }
}
