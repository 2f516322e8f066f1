import Foundation
import Testing
@testable import Reports
import Scoring
import TestSupport

/// `JSONBytes` writes the bytes Foundation's encoder writes (pretty, keys sorted, slashes
/// unescaped), checked on many generated values of every model `--json` writes.
@Suite struct JSONBytesTests {
    /// A deterministic generator of awkward values.
    struct Values {
        var rng: SplitMix64
        init(state: UInt64) { rng = SplitMix64(seed: state) }
        mutating func next() -> UInt64 { rng.next() }
        mutating func below(_ n: Int) -> Int { Int.random(in: 0..<n, using: &rng) }
        mutating func chance(_ n: Int) -> Bool { below(n) == 0 }

        static let pieces = ["", "a", "Đơn vị", "ễ", "\"", "\\", "/", "\n", "\r", "\t", "\u{08}", "\u{0C}",
                             "\u{01}", "\u{1F}", "\u{7F}", "\u{2028}", "😀", "e\u{301}", " ", "7,5", "{", "]"]
        mutating func string() -> String {
            (0..<below(6)).map { _ in Self.pieces[below(Self.pieces.count)] }.joined()
        }
        mutating func optionalString() -> String? { chance(3) ? nil : string() }

        static let numbers: [Double] = [0, -0.0, 1, -1, 7.5, 0.1, 2.86, 100, 8, 99.99, 1e-7, 1e15, 1e15 - 1, 999_999_999_999_999,
                                        1e16, 123_456_789_012, 1e21, 1e22, 5e-324, .greatestFiniteMagnitude,
                                        100.0 / 3, -2.5, 0.000001, 12_345_678.9, 4_503_599_627_370_496]
        mutating func number() -> Double? {
            if chance(4) { return nil }
            if chance(3) { return Double(bitPattern: next() & 0x7FEF_FFFF_FFFF_FFFF) * (chance(2) ? -1 : 1) }
            if chance(3) { return Double(below(100_000)) / 100 }
            return Self.numbers[below(Self.numbers.count)]
        }
        mutating func list<T>(_ make: (inout Values) -> T) -> [T] { (0..<below(4)).map { _ in make(&self) } }

        mutating func issue() -> JSONModel.IssueJSON {
            JSONModel.IssueJSON(severity: string(), code: string(), location: optionalString(), value: optionalString(),
                                message: string(), detail: optionalString())
        }
        mutating func submission() -> JSONModel.SubmissionJSON {
            let ranking = chance(2) ? nil : JSONModel.RankingJSON(
                rank: chance(3) ? nil : below(60_000), eligible: chance(2), ineligibleReasons: list { $0.string() },
                award: optionalString(), tie: chance(2), contends: list { $0.string() }, superseded: chance(2))
            return JSONModel.SubmissionJSON(
                file: string(), format: optionalString(), status: string(),
                unit: JSONModel.UnitJSON(code: optionalString(), name: optionalString(), type: optionalString()),
                period: optionalString(), claimedTotal: number(), score: number(),
                items: list { v in
                    JSONModel.ItemJSON(code: v.string(), max: v.number() ?? 5, claimed: v.number(), verified: v.number(),
                                       verifiedSource: v.optionalString(), score: v.number())
                },
                counts: JSONModel.CountsJSON(staff: number(), pledges: number(), excellent: number(), good: number(),
                                             rating: optionalString()),
                nominees: list { v in
                    JSONModel.NomineeJSON(name: v.optionalString(), position: v.optionalString(),
                                          partyMember: v.chance(3) ? nil : v.chance(2), achievements: v.optionalString())
                },
                issues: list { $0.issue() }, ranking: ranking)
        }
    }

    static func encoded<T: Encodable>(_ value: T) throws -> [UInt8] {
        let data = try JSONSummary.encode(value)
        return Array(data.dropLast())   // `encode` ends the document with a newline
    }

    static func written(_ body: (inout JSONBytes) -> Void) -> [UInt8] {
        var w = JSONBytes()
        body(&w)
        return w.bytes
    }

    @Test func submissionsAreWrittenAsTheEncoderWritesThem() throws {
        var v = Values(state: 42)
        for _ in 0..<3_000 {
            let sub = v.submission()
            let want = try Self.encoded(sub)
            let got = Self.written { sub.write(to: &$0) }
            #expect(got == want, "\(String(decoding: got, as: UTF8.self))\n≠\n\(String(decoding: want, as: UTF8.self))")
            if got != want { return }
        }
    }

    @Test func filesRubricsAndFormsAreWrittenAsTheEncoderWritesThem() throws {
        var v = Values(state: 7)
        for _ in 0..<1_000 {
            let file = JSONModel.FileJSON(path: v.string(), sha256: v.optionalString(), format: v.optionalString(),
                                          status: v.string(), reason: v.optionalString())
            #expect(Self.written { file.write(to: &$0) } == (try Self.encoded(file)))
            let rubric = JSONModel.RubricJSON(id: v.string(), total: v.number() ?? 100)
            #expect(Self.written { rubric.write(to: &$0) } == (try Self.encoded(rubric)))
            var form = JSONModel.InspectionJSON(
                InspectionRecord(path: v.string(), size: 1, sha256: v.string(), format: v.optionalString(),
                                 rubricID: v.optionalString(), applied: v.below(1_000), units: v.below(100), findings: []),
                language: .vi)
            form.issues = v.list { $0.issue() }
            #expect(Self.written { form.write(to: &$0) } == (try Self.encoded(form)))
        }
    }

    @Test func numbersAreWrittenAsTheEncoderWritesThem() throws {
        var v = Values(state: 99)
        var samples = Values.numbers
        for _ in 0..<20_000 { if let n = v.number() { samples.append(n) } }
        for n in samples {
            let got = Self.written { $0.number(n) }
            let want = try Self.encoded([n]).split(separator: 0x0A)[1].drop { $0 == 0x20 }
            #expect(got == Array(want), "\(n)")
        }
    }

    @Test func aNumberJSONCannotHoldIsNull() {
        #expect(Self.written { $0.number(Double.nan) } == Array("null".utf8))
        #expect(Self.written { $0.number(-Double.infinity) } == Array("null".utf8))
    }
}
