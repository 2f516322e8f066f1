import Foundation
import Testing
@testable import Reports
import Scoring
import TestSupport

/// `JSONBytes` in `.pretty` writes the bytes Foundation's encoder writes (pretty, keys
/// sorted, slashes unescaped), and in `.compact` those of the encoder without `.prettyPrinted`
/// (but for `\b` and `\f`, which it writes as `\u0008` and `\u000c`), checked on many
/// generated documents.
@Suite struct JSONBytesTests {
    /// A JSON value as both writers take it: Foundation's encoder through `Encodable`, the
    /// byte writer through `write(to:)`.
    indirect enum Tree: Encodable {
        case null, bool(Bool), int(Int), number(Double), string(String)
        case list([Tree])
        case object([(String, Tree)])

        struct Key: CodingKey {
            var stringValue: String
            var intValue: Int? { nil }
            init(stringValue: String) { self.stringValue = stringValue }
            init?(intValue: Int) { nil }
        }

        func encode(to encoder: Encoder) throws {
            switch self {
            case .null: var c = encoder.singleValueContainer(); try c.encodeNil()
            case .bool(let b): var c = encoder.singleValueContainer(); try c.encode(b)
            case .int(let i): var c = encoder.singleValueContainer(); try c.encode(i)
            case .number(let d): var c = encoder.singleValueContainer(); try c.encode(d)
            case .string(let s): var c = encoder.singleValueContainer(); try c.encode(s)
            case .list(let items):
                var c = encoder.unkeyedContainer()
                for item in items { try c.encode(item) }
            case .object(let members):
                var c = encoder.container(keyedBy: Key.self)
                for (key, value) in members { try c.encode(value, forKey: Key(stringValue: key)) }
            }
        }

        /// Written as `JSONMembers(sortedByKey:)` orders an object's keys.
        func write(to w: inout JSONBytes) {
            switch self {
            case .null: w.null()
            case .bool(let b): w.bool(b)
            case .int(let i): w.number(i)
            case .number(let d): w.number(d)
            case .string(let s): w.string(s)
            case .list(let items):
                w.openArray()
                for item in items {
                    w.element()
                    item.write(to: &w)
                }
                w.closeArray()
            case .object(let members):
                w.openObject()
                for (key, value) in members.sorted(by: { $0.0.utf8.lexicographicallyPrecedes($1.0.utf8) }) {
                    w.key(JSONKey(key))
                    value.write(to: &w)
                }
                w.closeObject()
            }
        }
    }

    /// A deterministic generator of awkward values.
    struct Values {
        var rng: SplitMix64
        init(state: UInt64) { rng = SplitMix64(seed: state) }
        mutating func next() -> UInt64 { rng.next() }
        mutating func below(_ n: Int) -> Int { Int.random(in: 0..<n, using: &rng) }
        mutating func chance(_ n: Int) -> Bool { below(n) == 0 }

        static let pieces = ["", "a", "Đơn vị", "ễ", "\"", "\\", "/", "\n", "\r", "\t", "\u{08}", "\u{0C}",
                             "\u{01}", "\u{1F}", "\u{7F}", "\u{2028}", "😀", "e\u{301}", " ", "7,5", "{", "]"]
        mutating func string(controls: Bool) -> String {
            (0..<below(6)).map { _ in Self.pieces[below(Self.pieces.count)] }
                .filter { controls || ($0 != "\u{08}" && $0 != "\u{0C}") }.joined()
        }

        static let numbers: [Double] = [0, -0.0, 1, -1, 7.5, 0.1, 2.86, 100, 8, 99.99, 1e-7, 1e15, 1e15 - 1, 999_999_999_999_999,
                                        1e16, 123_456_789_012, 1e21, 1e22, .leastNonzeroMagnitude, .greatestFiniteMagnitude,
                                        100.0 / 3, -2.5, 0.000001, 12_345_678.9, 4_503_599_627_370_496]
        mutating func number() -> Double {
            if chance(3) { return Double(bitPattern: next() & 0x7FEF_FFFF_FFFF_FFFF) * (chance(2) ? -1 : 1) }
            if chance(3) { return Double(below(100_000)) / 100 }
            return Self.numbers[below(Self.numbers.count)]
        }

        /// Keys of the documents thidua writes, and a few more.
        static let keys = ["file", "format", "claimedTotal", "claimed", "contends", "counts", "issues", "items",
                           "ineligibleReasons", "verified", "verifiedSource", "partyMember", "position", "a", "b", "ab"]

        mutating func tree(depth: Int, controls: Bool) -> Tree {
            switch below(depth > 3 ? 6 : 8) {
            case 0: return .null
            case 1: return .bool(chance(2))
            case 2: return .int(Int(truncatingIfNeeded: next()) >> below(64))
            case 3: return .number(number())
            case 4, 5: return .string(string(controls: controls))
            case 6: return .list((0..<below(4)).map { _ in tree(depth: depth + 1, controls: controls) })
            default:
                var keys = Self.keys
                keys.shuffle(using: &rng)
                return .object(keys.prefix(below(5)).map { ($0, tree(depth: depth + 1, controls: controls)) })
            }
        }
    }

    static func encoded(_ value: Tree, pretty: Bool = true) throws -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = pretty ? [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
                                          : [.sortedKeys, .withoutEscapingSlashes]
        return Array(try encoder.encode(value))
    }

    static func written(_ layout: JSONBytes.Layout = .pretty, _ body: (inout JSONBytes) -> Void) -> [UInt8] {
        var w = JSONBytes(layout: layout)
        body(&w)
        return w.bytes
    }

    @Test func prettyDocumentsAreWrittenAsTheEncoderWritesThem() throws {
        var v = Values(state: 42)
        for _ in 0..<3_000 {
            let tree = Tree.object([("x", v.tree(depth: 0, controls: true)), ("y", v.tree(depth: 0, controls: true))])
            let got = Self.written { tree.write(to: &$0) }, want = try Self.encoded(tree)
            #expect(got == want, "\(String(decoding: got, as: UTF8.self))\n≠\n\(String(decoding: want, as: UTF8.self))")
            if got != want { return }
        }
    }

    @Test func compactDocumentsAreWrittenAsTheEncoderWritesThemWithoutSpaces() throws {
        var v = Values(state: 7)
        for _ in 0..<3_000 {
            let tree = Tree.list([v.tree(depth: 0, controls: false), v.tree(depth: 1, controls: false)])
            let got = Self.written(.compact) { tree.write(to: &$0) }, want = try Self.encoded(tree, pretty: false)
            #expect(got == want, "\(String(decoding: got, as: UTF8.self))\n≠\n\(String(decoding: want, as: UTF8.self))")
            if got != want { return }
        }
    }

    @Test func compactWritesBackspaceAndFormFeedAsHexEscapes() {
        #expect(Self.written(.compact) { $0.string("\u{08}\u{0C}\u{1F}") } == Array(#""\u0008\u000c\u001f""#.utf8))
        #expect(Self.written(.pretty) { $0.string("\u{08}\u{0C}\u{1F}") } == Array(#""\b\f\u001f""#.utf8))
    }

    @Test func numbersAreWrittenAsTheEncoderWritesThem() throws {
        var v = Values(state: 99)
        var samples = Values.numbers
        for _ in 0..<20_000 { samples.append(v.number()) }
        for n in samples {
            let got = Self.written { $0.number(n) }
            let want = try Self.encoded(.list([.number(n)])).split(separator: 0x0A)[1].drop { $0 == 0x20 }
            #expect(got == Array(want), "\(n)")
        }
    }

    @Test func aNumberJSONCannotHoldIsNull() {
        #expect(Self.written { $0.number(Double.nan) } == Array("null".utf8))
        #expect(Self.written { $0.number(-Double.infinity) } == Array("null".utf8))
        #expect(Self.written { $0.number(nil as Int?) } == Array("null".utf8))
    }

    @Test func aKeyIsEscaped() {
        #expect(JSONKey("a\"b").quoted == Array(#""a\"b""#.utf8))
    }
}
