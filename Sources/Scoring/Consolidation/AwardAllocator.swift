/// Competition ranking and collective award quotas (SPEC §2.3): ties across a
/// quota boundary are marked for the council, never broken.
enum AwardAllocator {
    /// Scores equal to 2 decimals share a rank.
    static func sameScore(_ a: Double, _ b: Double) -> Bool { abs(a - b) < 0.005 }

    /// Ranks eligible units (they come first in `units`, best first) and fills
    /// each level's quota in rank order. A group tied across a boundary gets no level:
    /// its units are marked `tie` with the levels they contend for, so that no level is
    /// given to more units than its quota.
    static func allocate(_ units: inout [ConsolidatedUnit], rubric: Rubric,
                         findings: inout [Finding]) -> [AwardProposal] {
        let eligible = units.indices.filter { units[$0].eligible }
        // Competition ranking: 1 + how many scored strictly more.
        var groups: [[Int]] = []
        for i in eligible {
            if let last = groups.last?.last, sameScore(units[last].score, units[i].score) {
                groups[groups.count - 1].append(i)
            } else {
                groups.append([i])
            }
        }
        var proposals = rubric.awards.collective.map { AwardProposal(level: $0, units: [], ties: []) }
        // Level k holds positions [starts[k], starts[k] + count).
        var starts: [Int] = [], next = 0
        for level in rubric.awards.collective { starts.append(next); next += Swift.max(0, level.count) }
        var position = 0
        for group in groups {
            let rank = position + 1
            for i in group { units[i].rank = rank }
            let span = position..<(position + group.count)
            var shares: [(level: Int, places: Int)] = []
            for (k, level) in rubric.awards.collective.enumerated() where level.count > 0 {
                let range = starts[k]..<(starts[k] + level.count)
                let overlap = span.clamped(to: range).count
                if overlap > 0 { shares.append((k, overlap)) }
            }
            position += group.count
            guard let best = shares.first else { continue }
            let placed = shares.reduce(0) { $0 + $1.places }
            if shares.count == 1 && placed == group.count {
                for i in group { units[i].award = rubric.awards.collective[best.level] }
                proposals[best.level].units.append(contentsOf: group)
                continue
            }
            // The group straddles a boundary: no unit gets a level, the council decides.
            for share in shares {
                proposals[share.level].ties.append(TieShare(rank: rank, units: group, places: share.places))
            }
            let note = TieNote(units: group.count, rank: rank, shares: shares.map {
                TieNote.Share(places: $0.places, level: rubric.awards.collective[$0.level].label)
            })
            for i in group {
                units[i].tie = true
                units[i].contends = shares.map { rubric.awards.collective[$0.level] }
                units[i].tieNote = .consolidation(.tie(note))
            }
            let names = NameList(group.map { units[$0].name })
            findings.append(Finding(.warning, .tieAtQuota, at: nil, value: names.shown.joined(separator: "; "),
                                    .consolidation(.tieAtQuota(note, names: names))))
        }
        return proposals
    }
}
