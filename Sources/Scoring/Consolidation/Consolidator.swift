import SheetModel

/// Turns units' results (and a roster) into the batch's result (SPEC §2.3,
/// §3.2, §6). Pure, and independent of the order of its input.
public enum Consolidator {
    /// Matches, supersedes, checks eligibility, ranks, proposes awards, lists
    /// nominees and missing units.
    public static func consolidate(_ results: [UnitResult], roster: [RosterEntry]?,
                                   rubric: Rubric) -> Consolidation {
        // A fixed input order first (by file), so nothing below depends on the caller's.
        let input = results.indices.sorted {
            results[$0].file.utf8.lexicographicallyPrecedes(results[$1].file.utf8)
        }
        let matcher = roster.map(RosterMatcher.init)
        var units = input.map { unit(for: results[$0], matcher: matcher, rubric: rubric) }
        supersede(&units)
        for i in units.indices { judgeEligibility(&units[i], rubric: rubric) }
        putInDisplayOrder(&units)
        var batch: [Finding] = []
        let proposals = AwardAllocator.allocate(&units, rubric: rubric, findings: &batch)
        let (nominees, above) = nomineeProposals(units, rubric: rubric, findings: &batch)
        var missing: [RosterEntry] = []
        if let roster {
            let present = Set(units.compactMap { $0.superseded ? nil : $0.rosterEntry })
            missing = roster.filter { !present.contains($0) }
        }
        return Consolidation(rubric: rubric, units: units, proposals: proposals, nominees: nominees,
                             nomineesAboveQuota: above, missing: missing, findings: batch)
    }

    private static func unit(for s: UnitResult, matcher: RosterMatcher?, rubric: Rubric) -> ConsolidatedUnit {
        var findings = s.findings
        var entry: RosterEntry?
        if let matcher {
            if let i = matcher.match(code: s.unit.code, name: s.unit.name) {
                entry = matcher.roster[i]
            } else if s.unit.code != nil || s.unit.name != nil {
                let shown = s.unit.name ?? s.unit.code ?? ""
                let hint = s.unit.name.flatMap(matcher.suggestion(for:))
                findings.append(Finding(.warning, .notOnRoster,
                                        at: s.unit.nameCell ?? SourceLocation(file: s.file),
                                        value: shown,
                                        .roster(.notOnRoster(unit: shown, suggestedName: hint?.name,
                                                             suggestedCode: hint.flatMap { $0.code.isEmpty ? nil : $0.code }))))
            }
        }
        var type = s.unit.type
        if let entry, let rosterType = entry.type.flatMap({ resolveType($0, rubric: rubric) }) {
            if let own = type, own != rosterType {
                let label = rubric.unitType(code: rosterType)?.label ?? rosterType
                findings.append(Finding(.warning, .unitTypeDiffers,
                                        at: s.unit.typeCell ?? SourceLocation(file: s.file),
                                        value: s.unit.typeWritten ?? "", .roster(.typeDiffers(rosterType: label))))
            }
            type = rosterType
        }
        let route = type.flatMap { rubric.unitType(code: $0) }.flatMap { rubric.route(code: $0.route) }
        return ConsolidatedUnit(
            result: s, rosterEntry: entry, code: s.unit.code ?? entry?.code,
            name: s.unit.name ?? entry?.name ?? s.file, type: type, route: route,
            superseded: false, supersededBy: nil, eligible: false, ineligibleReasons: [], rank: nil,
            award: nil, tie: false, contends: [], tieNote: nil, findings: findings)
    }

    /// A roster's type column: a rubric code or label.
    static func resolveType(_ text: String, rubric: Rubric) -> String? {
        let key = NameKey.matching(text.trimmingWhitespace())
        return rubric.unitTypes.first {
            NameKey.matching($0.code) == key || NameKey.matching($0.label) == key
        }?.code
    }

    /// Which unit a submission is, for supersession.
    private static func identity(_ u: ConsolidatedUnit) -> String {
        if let e = u.rosterEntry { return "roster:" + RosterMatcher.codeKey(e.code) + "|" + NameKey.matching(e.name) }
        if let c = u.result.unit.code { return "code:" + RosterMatcher.codeKey(c) }
        if let n = u.result.unit.name { return "name:" + NameKey.matching(n) }
        return "file:" + u.result.file
    }

    /// True when `a` is newer than `b`: sheet date, then file time, then file name.
    static func isNewer(_ a: UnitResult, than b: UnitResult) -> Bool {
        if a.date != b.date {
            guard let da = a.date else { return false }
            guard let db = b.date else { return true }
            return da > db
        }
        if a.fileModifiedKey != b.fileModifiedKey { return a.fileModifiedKey > b.fileModifiedKey }
        return b.file.utf8.lexicographicallyPrecedes(a.file.utf8)
    }

    private static func supersede(_ units: inout [ConsolidatedUnit]) {
        var groups: [String: [Int]] = [:]
        for i in units.indices { groups[identity(units[i]), default: []].append(i) }
        for (_, members) in groups where members.count > 1 {
            let newest = members.reduce(members[0]) { isNewer(units[$1].result, than: units[$0].result) ? $1 : $0 }
            let file = units[newest].result.file
            for i in members where i != newest {
                units[i].superseded = true
                units[i].supersededBy = file
                units[i].findings.append(Finding(
                    .warning, .superseded, at: SourceLocation(file: units[i].result.file), value: file,
                    .consolidation(.superseded(newer: file))))
            }
        }
    }

    private static func judgeEligibility(_ u: inout ConsolidatedUnit, rubric: Rubric) {
        var reasons: [IneligibleReason] = []
        if u.superseded {
            reasons.append(IneligibleReason(code: "superseded",
                                            message: .consolidation(.ineligibleSuperseded(by: u.supersededBy ?? ""))))
        }
        let errors = u.findings.filter { $0.severity == .error }.count
        if errors > 0 {
            reasons.append(IneligibleReason(code: "hasErrors", message: .consolidation(.ineligibleErrors(count: errors))))
        }
        if rubric.eligibility.requireEveryLineScored {
            let zero = u.result.lines.filter { $0.score <= 0 }.map(\.code)
            if !zero.isEmpty {
                reasons.append(IneligibleReason(code: "lineNotScored", message: .consolidation(.ineligibleLines(codes: zero))))
            }
        }
        if rubric.eligibility.requirePlanPeriod, u.result.periodCheck == .differs {
            reasons.append(IneligibleReason(code: "otherPeriod",
                                            message: .consolidation(.ineligiblePeriod(written: u.result.period ?? ""))))
        }
        u.ineligibleReasons = reasons
        u.eligible = reasons.isEmpty
    }

    /// Puts the units in display order (`displayOrder`), each name's Vietnamese key made
    /// once; the units are moved within their array (no second array of every unit).
    static func putInDisplayOrder(_ units: inout [ConsolidatedUnit]) {
        let keys = units.map { VietnameseOrder.key($0.name) }
        let order = units.indices.sorted { displayOrder(units[$0], keys[$0], units[$1], keys[$1]) }
        permute(&units, taking: order)
    }

    /// Rearranges `a` so that `a[i]` becomes the element that was at `order[i]` (`order` a
    /// permutation of the indices), one cycle at a time, holding one element aside.
    static func permute<T>(_ a: inout [T], taking order: [Int]) {
        var placed = [Bool](repeating: false, count: a.count)
        for start in a.indices where !placed[start] {
            guard order[start] != start else { placed[start] = true; continue }
            let first = a[start]
            var i = start
            while true {
                placed[i] = true
                let from = order[i]
                if from == start {
                    a[i] = first
                    break
                }
                a[i] = a[from]
                i = from
            }
        }
    }

    /// Eligible by score (desc); then active; then superseded; by Vietnamese name (its key),
    /// then the name's bytes, then file.
    static func displayOrder(_ a: ConsolidatedUnit, _ aKey: VietnameseOrder.Key,
                             _ b: ConsolidatedUnit, _ bKey: VietnameseOrder.Key) -> Bool {
        func group(_ u: ConsolidatedUnit) -> Int { u.superseded ? 2 : u.eligible ? 0 : 1 }
        if group(a) != group(b) { return group(a) < group(b) }
        if group(a) == 0, !AwardAllocator.sameScore(a.score, b.score) { return a.score > b.score }
        if aKey != bKey { return aKey < bKey }
        if a.name != b.name { return a.name.utf8.lexicographicallyPrecedes(b.name.utf8) }
        return a.result.file.utf8.lexicographicallyPrecedes(b.result.file.utf8)
    }

    private static func nomineeProposals(_ units: [ConsolidatedUnit], rubric: Rubric,
                                         findings: inout [Finding]) -> ([NomineeProposal], Bool) {
        var out: [NomineeProposal] = []
        for (i, u) in units.enumerated() where !u.superseded {
            for n in u.result.nominees {
                let code = n.partyMember.map { $0 ? rubric.awards.individualPartyRoute : rubric.awards.individualOtherRoute }
                out.append(NomineeProposal(nominee: n, unit: i, route: code.flatMap { rubric.route(code: $0) }))
            }
        }
        let quota = rubric.awards.individuals
        let above = out.count > quota
        if above {
            findings.append(Finding(.warning, .nomineesAboveQuota, at: nil, value: String(out.count),
                                    .consolidation(.nomineesAboveQuota(count: out.count, quota: quota))))
        }
        return (out, above)
    }
}
