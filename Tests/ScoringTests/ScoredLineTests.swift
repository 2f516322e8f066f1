@testable import Catalog
import SheetModel
import Testing
@testable import Scoring

/// A scored line is small (its code, maximum and kind shared with every unit's same line,
/// its optional numbers without optionals' padding) and reads back what it was given.
@Suite struct ScoredLineTests {
    static func line(claimed: Double?, verified: Double?, computed: Double?, code: String = "4a") -> ScoredLine {
        ScoredLine(code: code, max: 3, kind: .binary, claimed: claimed, verified: verified, computed: computed,
                   score: 2, source: .claimed, hasEvidence: true, evidence: "", location: nil)
    }

    @Test func aLineIsFiftySixBytes() {
        #expect(MemoryLayout<ScoredLine>.stride <= 56)
    }

    @Test(arguments: [nil, 0, -0.0, 2.5, 3, 1e-300, .infinity] as [Double?])
    func numbersAndNoneReadBack(_ value: Double?) {
        let l = Self.line(claimed: value, verified: value, computed: value)
        #expect(l.claimed == value && l.verified == value && l.computed == value)
        #expect(l.claimed?.sign == value?.sign)
    }

    @Test func aNaNIsANumberNotNone() {
        let l = Self.line(claimed: .nan, verified: nil, computed: .signalingNaN)
        #expect(l.claimed?.isNaN == true && l.verified == nil && l.computed?.isNaN == true)
    }

    @Test func linesCompareByWhatTheyHold() {
        #expect(Self.line(claimed: nil, verified: nil, computed: nil) == Self.line(claimed: nil, verified: nil, computed: nil))
        #expect(Self.line(claimed: nil, verified: nil, computed: nil) != Self.line(claimed: 0, verified: nil, computed: nil))
        #expect(Self.line(claimed: 1, verified: nil, computed: nil) != Self.line(claimed: 1, verified: nil, computed: nil, code: "4b"))
        var l = Self.line(claimed: 1, verified: nil, computed: nil)
        l.verified = 2.5
        l.claimed = nil
        #expect(l.verified == 2.5 && l.claimed == nil && l.code == "4a" && l.max == 3 && l.kind == .binary)
        #expect(Set([l, l]).count == 1)
    }

    @Test func everyUnitsSameLineSharesOneSpec() {
        let a = Self.line(claimed: 1, verified: nil, computed: nil)
        let b = Self.line(claimed: 2, verified: nil, computed: nil)
        #expect(a.code == b.code)
        #expect(LineSpec.shared(code: "4a", max: 3, kind: .binary) === LineSpec.shared(code: "4a", max: 3, kind: .binary))
        #expect(LineSpec.shared(code: "4a", max: 3, kind: .binary) !== LineSpec.shared(code: "4a", max: 5, kind: .binary))
    }
}

@Test(arguments: [("7.5", true, Language.vi, "7,5"), ("7.5", true, .en, "7.5"), ("12", true, .vi, "12"),
                  ("1.234.5", true, .vi, "1,234,5"), ("7.5", false, .vi, "7.5"), ("Văn bản 1.2", false, .vi, "Văn bản 1.2")])
func findingsShowNumbersTheReadersWay(_ value: String, _ isNumber: Bool, _ language: Language, _ shown: String) {
    let f = Finding(.warning, .aboveMax, at: nil, value: value, .file(.hasErrors), valueIsNumber: isNumber)
    #expect(f.shownValue(language) == shown)
}

@Test(arguments: ["9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08",
                  "0000000000000000000000000000000000000000000000000000000000000000",
                  "ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff"])
func aDigestReadsBackAsWritten(_ hex: String) throws {
    let digest = try #require(SHA256Digest(hex: hex))
    #expect(digest.hex == hex)
    #expect(SHA256Digest(hex: hex.uppercased()) == digest, "either case")
    var record = FileRecord(path: "a.xlsx", size: 1, sha256: digest, status: .used)
    #expect(record.sha256?.hex == hex)
    record.sha256 = nil
    #expect(record.sha256 == nil)
}

@Test(arguments: ["9f86d081", "", "không phải mã băm", "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a0g",
                  "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08a"])
func textThatIsNotADigestIsRefused(_ text: String) {
    #expect(SHA256Digest(hex: text) == nil)
}

@Test func aDigestIsTheSHA256OfTheBytes() {
    #expect(SHA256Digest(of: [UInt8]("test".utf8)).hex == "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08")
    #expect(SHA256Digest(of: "abc") != SHA256Digest(of: "abd"))
}

@Test func countValuesReadAndWriteLikeADictionary() {
    var c: CountValues = ["staff": 40, "good": 24]
    #expect(c["staff"] == 40 && c["pledges"] == nil && c.count == 2 && c.keys == ["good", "staff"])
    c["pledges"] = 38
    c["good"] = 25
    c["staff"] = nil
    #expect(c.dictionary == ["good": 25, "pledges": 38])
    #expect(c == CountValues(["pledges": 38, "good": 25]), "equal whatever the order they were set in")
    #expect(!c.isEmpty && CountValues([:]).isEmpty)
}
