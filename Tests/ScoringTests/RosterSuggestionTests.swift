import Testing
@testable import Scoring

/// "Did you mean" (SPEC §3.2) through the indexed search: the same answers as comparing
/// with every roster name, on a small roster and inside a large one.
@Suite struct RosterSuggestionTests {
    static let small = [RosterEntry(code: "XA07", name: "Xã Ia Phang", type: "locality"),
                        RosterEntry(code: "XA08", name: "Xã Ia Le", type: "locality"),
                        RosterEntry(code: "CQ01", name: "Phòng Tài chính - Kế hoạch", type: "agency")]

    /// 20,000 roster names of one shape, the three above among them.
    static let large: [RosterEntry] = (0..<20_000).map {
        RosterEntry(code: "T\($0)", name: "Chi bộ thôn \($0 % 997) xã số \($0)", type: "party")
    } + small

    @Test(arguments: [small, large])
    func typosAndPartNamesFindTheirUnit(_ roster: [RosterEntry]) {
        let m = RosterMatcher(roster: roster)
        #expect(m.suggestion(for: "Xa Ia Phng")?.code == "XA07")      // no diacritics, one letter lost
        #expect(m.suggestion(for: "Ia Phang")?.code == "XA07")        // part of the name
        #expect(m.suggestion(for: "Phòng Tài chinh Kế hoach")?.code == "CQ01")
        #expect(m.suggestion(for: "Ủy ban Mặt trận Tổ quốc")?.code == nil)
    }

    /// The distance "did you mean" ranks by: edits, or 1 when one name holds the other.
    static func distance(_ name: String, _ rosterName: String) -> Int {
        let key = NameKey.folded(name), other = NameKey.folded(rosterName)
        let d = EditDistance.between(key, other)
        return d > 0 && other.count >= 4 && key.count >= 4 && (other.contains(key) || key.contains(other)) ? min(d, 1) : d
    }

    /// The old search, every roster name compared: the oracle (the best distance, if close enough).
    static func bruteForce(_ name: String, _ roster: [RosterEntry]) -> Int? {
        let best = roster.map { distance(name, $0.name) }.min()
        return best.flatMap { $0 <= max(2, NameKey.folded(name).count / 5) ? $0 : nil }
    }

    @Test func aLargeRosterGivesAsCloseANameAsComparingWithEveryName() {
        let syllables = ["An", "Bình", "Hòa", "Phú", "Thạnh", "Lộc", "Đông", "Tây", "Nam", "Bắc", "Sơn", "Hải"]
        let roster = (0..<4_000).map { i in
            RosterEntry(code: "T\(i)", name: "Chi bộ thôn " + [i % 12, i / 12 % 12, i / 144 % 12]
                .map { syllables[$0] }.joined(separator: " ") + " \(i / 1_728 + 1)", type: "party")
        }
        let m = RosterMatcher(roster: roster)
        var checked = 0
        for k in 0..<25 {                                             // fixed, spread-out slips
            var name = Array(roster[k * 7_919 % roster.count].name)
            let at = k * 31 % name.count
            switch k % 3 {
            case 0: name.remove(at: at)                               // a letter lost
            case 1: name[at] = "x"                                    // a letter mistyped
            default: name.insert("a", at: at)                         // a letter added
            }
            let query = String(name)
            let expected = Self.bruteForce(query, roster)
            #expect(m.suggestion(for: query).map { Self.distance(query, $0.name) } == expected, "\(query)")
            checked += 1
        }
        #expect(checked == 25)
    }

    @Test func boundedDistanceAgreesWithTheFullOne() {
        let words = ["", "a", "ia le", "ia phang", "xa ia phang", "phong tai chinh", "chi bo thon 5", "thon"]
        for a in words {
            for b in words {
                let full = EditDistance.between(a, b)
                for cutoff in 0...6 {
                    let bounded = EditDistance.within(Array(a), Array(b), cutoff)
                    #expect(bounded == (full <= cutoff ? full : nil), "\(a) / \(b) within \(cutoff)")
                }
            }
        }
    }
}
