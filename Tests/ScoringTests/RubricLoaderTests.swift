@testable import Catalog
import Foundation
import Testing
@testable import Scoring

@Suite struct RubricLoaderTests {
    @Test func seedLoadsWithFourteenLinesTotallingOneHundred() throws {
        let rubric = Rubric.seed
        #expect(rubric.items.count == 14)
        #expect(rubric.items.map(\.code) == ["1", "2", "3", "4a", "4b", "5", "6", "7", "8", "9a", "9b", "10", "11", "12"])
        #expect(rubric.items.reduce(0) { $0 + $1.max } == 100)
        #expect(rubric.total == 100)
        #expect(rubric.item(code: "5")?.kind == .ratio)
        #expect(rubric.item(code: "12")?.kind == .threshold)
        #expect(rubric.item(code: "4.b")?.criterion == 4)
        #expect(rubric.awards.collective.map(\.count) == [1, 2, 3])
        #expect(rubric.awards.individuals == 5)
        #expect(LoadedRubric.seed.sha256.count == 64)
    }

    @Test func embeddedSeedEqualsTheFileByteForByte() throws {
        let bytes = try Data(contentsOf: Fixture.seedFileURL)
        #expect(Array(SeedRubric.yaml.utf8) == Array(bytes))
        let fromBytes = try RubricLoader.load(bytes: Array(bytes), fileName: "seed.yaml")
        #expect(fromBytes.sha256 == LoadedRubric.seed.sha256)
        #expect(fromBytes.rubric == Rubric.seed)
    }

    @Test func hashIsSHA256OfTheBytes() {
        #expect(SHA256Digest(of: "abc").hex
                == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
    }

    @Test func missingOptionalKeysTakeDefaults() throws {
        let yaml = """
        id: "T-1"
        plan:
          title: "Kế hoạch thử"
        period:
          from: "2024-01"
          to: "2024-12"
        total: 10
        items:
          - code: "1"
            text: "Một"
            max: 4
          - code: "2"
            text: "Hai"
            max: 6
            kind: graded
            evidence: optional
        """
        let r = try Rubric.load(yaml: yaml, fileName: "t.yaml")
        #expect(r.schema == Rubric.currentSchema)
        #expect(r.plan.number == "T-1")
        #expect(r.plan.shortTitle == "Kế hoạch thử")
        #expect(r.period.label == "Từ tháng 1 năm 2024 đến tháng 12 năm 2024")
        #expect(r.items[0].kind == .binary && r.items[0].evidence == .required && r.items[0].criterion == 1)
        #expect(r.items[1].kind == .graded && r.items[1].evidence == .optional)
        #expect(r.ratings.count == 4)
        #expect(r.eligibility.requireEveryLineScored && r.eligibility.requirePlanPeriod)
        #expect(r.issuer.nationalHeading == "ĐẢNG CỘNG SẢN VIỆT NAM")
    }

    /// A change to the seed text and the refusal it must cause.
    struct Refusal: CustomTestStringConvertible, Sendable {
        let name: String
        let find: String
        let replace: String
        /// Which occurrence of `find` to change (0 = first).
        let occurrence: Int
        let reason: RubricError.Reason
        let path: String
        /// Text whose (first) line the error must name, in the changed file.
        let lineOf: String?
        var testDescription: String { name }
    }

    static let refusals: [Refusal] = [
        Refusal(name: "one max changed", find: "    max: 5\n", replace: "    max: 6\n", occurrence: 1,
                reason: .totalMismatch, path: "total", lineOf: "total: 100"),
        Refusal(name: "unknown key", find: "total: 100\n", replace: "total: 100\ntotals: 100\n", occurrence: 0,
                reason: .unknownKey, path: "totals", lineOf: "totals: 100"),
        Refusal(name: "unknown key in an item", find: "    kind: binary\n", replace: "    kind: binary\n    maks: 3\n",
                occurrence: 2, reason: .unknownKey, path: "items[2].maks", lineOf: "maks: 3"),
        Refusal(name: "unknown kind", find: "kind: ratio", replace: "kind: percent", occurrence: 0,
                reason: .unknownKind, path: "items[5].kind", lineOf: "kind: percent"),
        Refusal(name: "duplicate codes after normalising", find: "code: \"4b\"", replace: "code: \"4.A\"",
                occurrence: 0, reason: .duplicateCode, path: "items[4].code", lineOf: "code: \"4.A\""),
        Refusal(name: "ratio without numerator", find: "      numerator: pledges\n", replace: "", occurrence: 0,
                reason: .missingKey, path: "items[5].ratio.numerator", lineOf: "    ratio:"),
        Refusal(name: "ratio without its block", find: "    ratio:\n      numerator: pledges\n      denominator: staff\n",
                replace: "", occurrence: 0, reason: .incompleteRule, path: "items[5].ratio", lineOf: "  - code: \"5\""),
        Refusal(name: "ratio naming an unknown count", find: "numerator: pledges", replace: "numerator: signatures",
                occurrence: 0, reason: .unknownCount, path: "items[5].ratio.numerator", lineOf: "numerator: signatures"),
        Refusal(name: "threshold naming an unknown rating", find: "ratingAtLeast: good", replace: "ratingAtLeast: great",
                occurrence: 0, reason: .unknownRating, path: "items[13].threshold.ratingAtLeast", lineOf: "ratingAtLeast: great"),
        Refusal(name: "threshold naming an unknown count", find: "of: staff", replace: "of: members", occurrence: 1,
                reason: .unknownCount, path: "items[13].threshold.shares[1].of", lineOf: "of: members"),
        Refusal(name: "negative quota", find: "count: 2", replace: "count: -2", occurrence: 0,
                reason: .outOfRange, path: "awards.collective[1].count", lineOf: "count: -2"),
        Refusal(name: "negative individual quota", find: "individuals: 5", replace: "individuals: -1", occurrence: 0,
                reason: .outOfRange, path: "awards.individuals", lineOf: "individuals: -1"),
        Refusal(name: "negative max", find: "    max: 5\n", replace: "    max: -5\n", occurrence: 0,
                reason: .outOfRange, path: "items[0].max", lineOf: "max: -5"),
        Refusal(name: "unit type naming an unknown route", find: "    route: government\n",
                replace: "    route: nowhere\n", occurrence: 0, reason: .unknownRoute, path: "unitTypes[1].route",
                lineOf: "route: nowhere"),
        Refusal(name: "schema newer than supported", find: "schema: 1", replace: "schema: 2", occurrence: 0,
                reason: .schemaTooNew, path: "schema", lineOf: "schema: 2"),
        Refusal(name: "a number that is text", find: "total: 100", replace: "total: một trăm", occurrence: 0,
                reason: .wrongType, path: "total", lineOf: "total: một trăm"),
        Refusal(name: "missing required key", find: "total: 100\n", replace: "", occurrence: 0,
                reason: .missingKey, path: "total", lineOf: nil),
        Refusal(name: "broken YAML", find: "  - code: \"6\"\n", replace: "  - code: \"6\n", occurrence: 0,
                reason: .syntax, path: "", lineOf: nil),
        Refusal(name: "share above 1", find: "atLeast: 0.80", replace: "atLeast: 80", occurrence: 0,
                reason: .outOfRange, path: "items[13].threshold.shares[1].atLeast", lineOf: "atLeast: 80"),
        Refusal(name: "an empty 'no evidence' text", find: "\"n/a\", \"na\"", replace: "\"n/a\", \"  \"", occurrence: 0,
                reason: .invalidValue, path: "evidence.none[16]", lineOf: nil),
        Refusal(name: "an unknown key under evidence", find: "evidence:\n  none:", replace: "evidence:\n  nothing:",
                occurrence: 0, reason: .unknownKey, path: "evidence.nothing", lineOf: "  nothing:"),
    ]

    @Test(arguments: refusals)
    func refusesNamingKeyAndLine(_ r: Refusal) throws {
        let text = try #require(Self.replacing(SeedRubric.yaml, r.find, with: r.replace, occurrence: r.occurrence))
        do {
            _ = try RubricLoader.load(yaml: text, fileName: "copy.yaml")
            Issue.record("accepted a rubric with \(r.name)")
        } catch {
            #expect(error.reason == r.reason)
            #expect(error.path == r.path)
            #expect(error.file == "copy.yaml")
            if let lineOf = r.lineOf {
                #expect(error.line == Self.line(of: lineOf, in: text))
            }
            if r.reason == .syntax { #expect(error.line != nil) }
            #expect(!error.message.vi.isEmpty && !error.message.en.isEmpty)
        }
    }

    @Test func evidenceNoneListLoadsWithTheSeedsDefault() throws {
        #expect(Rubric.seed.evidence.none == EvidencePolicy.defaultNone, "the seed file spells out the default")
        #expect(Rubric.seed.evidence.saysNone("Chưa có minh chứng."))
        let without = try #require(Self.replacing(SeedRubric.yaml, "\nevidence:\n", with: "\nunused:\n", occurrence: 0))
            .components(separatedBy: "\nunused:\n")[0]
        let loaded = try RubricLoader.load(yaml: without, fileName: "no-evidence-key.yaml").rubric
        #expect(loaded.evidence.none == EvidencePolicy.defaultNone, "absent key: the default")
        let custom = try #require(Self.replacing(SeedRubric.yaml, "  none: [\"không\",", with: "  none: [\"chưa nộp\", \"không\",",
                                                 occurrence: 0))
        let rubric = try RubricLoader.load(yaml: custom, fileName: "custom.yaml").rubric
        #expect(rubric.evidence.saysNone("CHƯA NỘP") && rubric.evidence.saysNone("chua nop"))
    }

    @Test func whereInTheFileIsSaidInWordsNotPaths() throws {
        let text = try #require(Self.replacing(SeedRubric.yaml, "    max: 3\n", with: "    max: -3\n", occurrence: 0))
        do {
            _ = try RubricLoader.load(yaml: text, fileName: "copy.yaml")
            Issue.record("accepted a negative max")
        } catch {
            let vi = error.text(.vi)
            #expect(vi.hasPrefix("copy.yaml, dòng \(error.line ?? 0) — mục thứ 4 trong “items” (mã 4a), khóa “max”: "), "\(vi)")
            #expect(!vi.contains("items[3]"))
            #expect(error.technicalDetail.contains("items[3].max"), "the path stays in the detail")
            #expect(error.text(.en).contains("item 4 of “items” (code 4a), key “max”"))
        }
    }

    @Test func yamlParserTextStaysInTheDetail() throws {
        let text = try #require(Self.replacing(SeedRubric.yaml, "  - code: \"6\"\n", with: "  - code: \"6\n", occurrence: 0))
        do {
            _ = try RubricLoader.load(yaml: text, fileName: "copy.yaml")
            Issue.record("accepted broken YAML")
        } catch {
            #expect(error.detail?.isEmpty == false)
            #expect(!error.text(.vi).contains(error.detail ?? "¤"), "the parser's English is not in the sentence")
        }
    }

    @Test func totalMismatchSaysBySeveralPoints() throws {
        let text = try #require(Self.replacing(SeedRubric.yaml, "    max: 5\n", with: "    max: 6\n", occurrence: 1))
        #expect {
            try RubricLoader.load(yaml: text, fileName: "copy.yaml")
        } throws: { e in
            let m = (e as? RubricError)?.message.vi ?? ""
            return m.contains("101") && m.contains("4b: 6") && m.contains("lệch 1")
        }
    }

    static func replacing(_ text: String, _ find: String, with new: String, occurrence: Int) -> String? {
        var search = text.startIndex..<text.endIndex
        var n = 0
        while let r = text.range(of: find, range: search) {
            if n == occurrence { return text.replacingCharacters(in: r, with: new) }
            n += 1
            search = r.upperBound..<text.endIndex
        }
        return nil
    }

    static func line(of needle: String, in text: String) -> Int? {
        guard let r = text.range(of: needle) else { return nil }
        return text[..<r.lowerBound].filter { $0 == "\n" }.count + 1
    }
}

@Test func theQuickRefusalOfEvidenceAgreesWithTheKey() {
    let policy = EvidencePolicy(none: EvidencePolicy.defaultNone)
    let keys = Set(EvidencePolicy.defaultNone.map(EvidencePolicy.key))
    let texts = ["Văn bản số 12", " 0", "0", "0.", "X", "x.", "Xong", "k", "K ", "KC", "kc;", "N/A", "na", "Na!", "ko",
                 "Không", "KHÔNG CÓ", "  chưa có  ", "Chưa có minh chứng.", "-", "--", "…", "...", "1", "01", "n",
                 "\u{00A0}không", "\u{200B}x", "Kế hoạch 12-KH", "Có", "co", "x y", "N A", "\tna", "Z"]
    for t in texts {
        #expect(policy.saysNone(t) == keys.contains(EvidencePolicy.key(t)), "\(t)")
    }
}
