import Foundation
@testable import Reports

/// Checks a JSON document the CLI wrote against the shape its writer declares: every
/// object has exactly the declared keys, each once and in the declared order, and every
/// value the declared kind. Returns the problems, each with its path (`$.files[2].counts`).
enum JSONShapeCheck {
    /// A parsed value that keeps what `JSONSerialization` forgets: each object's keys in
    /// order, duplicates included, and whether a value is a number or a boolean.
    indirect enum Node {
        case null, bool, number, string
        case list([Node])
        case object([(String, Node)])
    }

    /// The problems of `bytes` against `shape`: ordered keys and kinds from `parse`, and the
    /// key sets of every object as `JSONSerialization` decodes them.
    static func problems(_ bytes: Data, _ shape: JSONShape) -> [String] {
        guard let decoded = try? JSONSerialization.jsonObject(with: bytes, options: [.fragmentsAllowed]) else {
            return ["$: JSONSerialization cannot read the document"]
        }
        guard let node = parse(bytes) else { return ["$: not one JSON value"] }
        return keySets(decoded, shape, "$") + check(node, shape, "$")
    }

    /// The document as a `Node`; nil when it is not exactly one JSON value.
    static func parse(_ bytes: Data) -> Node? {
        var parser = Parser(Array(bytes))
        return parser.document()
    }

    /// Every object's key set, as `JSONSerialization` decodes it, against the declaration.
    static func keySets(_ value: Any, _ shape: JSONShape, _ path: String) -> [String] {
        switch shape {
        case .string, .number, .bool: return []
        case .optional(let inner): return value is NSNull ? [] : keySets(value, inner, path)
        case .oneOf(let shapes):
            return shapes.contains { keySets(value, $0, path).isEmpty } ? [] : ["\(path): none of the declared objects"]
        case .list(let element):
            guard let list = value as? [Any] else { return ["\(path): not a list"] }
            return list.enumerated().flatMap { keySets($1, element, "\(path)[\($0)]") }
        case .object(let members):
            guard let object = value as? [String: Any] else { return ["\(path): not an object"] }
            let declared = Set(members.map(\.key)), found = Set(object.keys)
            var problems: [String] = []
            if declared != found {
                problems.append("\(path): missing \(declared.subtracting(found).sorted()), extra \(found.subtracting(declared).sorted())")
            }
            for (key, inner) in members { if let v = object[key] { problems += keySets(v, inner, "\(path).\(key)") } }
            return problems
        }
    }

    /// The parsed document against the declaration: keys in order, each once; kinds.
    static func check(_ node: Node, _ shape: JSONShape, _ path: String) -> [String] {
        switch (shape, node) {
        case (.string, .string), (.number, .number), (.bool, .bool): return []
        case (.optional, .null): return []
        case (.optional(let inner), _): return check(node, inner, path)
        case (.oneOf(let shapes), _):
            return shapes.contains { check(node, $0, path).isEmpty } ? [] : ["\(path): none of the declared shapes"]
        case (.list(let element), .list(let items)):
            return items.enumerated().flatMap { check($1, element, "\(path)[\($0)]") }
        case (.object(let members), .object(let found)):
            guard found.map(\.0) == members.map(\.key) else {
                return ["\(path): keys \(found.map(\.0)), declared \(members.map(\.key))"]
            }
            return zip(members, found).flatMap { check($1.1, $0.shape, "\(path).\($0.key)") }
        default:
            return ["\(path): \(node) where \(shape) is declared"]
        }
    }

    /// A strict reader of the JSON the writer produces (RFC 8259 values and whitespace).
    struct Parser {
        let b: [UInt8]
        var i = 0
        init(_ bytes: [UInt8]) { b = bytes }

        mutating func document() -> Node? {
            guard let v = value() else { return nil }
            space()
            return i == b.count ? v : nil
        }

        private mutating func space() {
            while i < b.count, [0x20, 0x0A, 0x0D, 0x09].contains(b[i]) { i += 1 }
        }

        private mutating func literal(_ word: String) -> Bool {
            let w = Array(word.utf8)
            guard b.count - i >= w.count, Array(b[i..<i + w.count]) == w else { return false }
            i += w.count
            return true
        }

        private mutating func value() -> Node? {
            space()
            guard i < b.count else { return nil }
            switch b[i] {
            case UInt8(ascii: "n"): return literal("null") ? .null : nil
            case UInt8(ascii: "t"): return literal("true") ? .bool : nil
            case UInt8(ascii: "f"): return literal("false") ? .bool : nil
            case UInt8(ascii: "\""): return string() != nil ? .string : nil
            case UInt8(ascii: "["):
                i += 1
                var items: [Node] = []
                space()
                if i < b.count, b[i] == UInt8(ascii: "]") { i += 1; return .list(items) }
                while true {
                    guard let v = value() else { return nil }
                    items.append(v)
                    space()
                    guard i < b.count else { return nil }
                    i += 1
                    if b[i - 1] == UInt8(ascii: "]") { return .list(items) }
                    if b[i - 1] != UInt8(ascii: ",") { return nil }
                }
            case UInt8(ascii: "{"):
                i += 1
                var members: [(String, Node)] = []
                space()
                if i < b.count, b[i] == UInt8(ascii: "}") { i += 1; return .object(members) }
                while true {
                    space()
                    guard let key = string() else { return nil }
                    space()
                    guard i < b.count, b[i] == UInt8(ascii: ":") else { return nil }
                    i += 1
                    guard let v = value() else { return nil }
                    members.append((key, v))
                    space()
                    guard i < b.count else { return nil }
                    i += 1
                    if b[i - 1] == UInt8(ascii: "}") { return .object(members) }
                    if b[i - 1] != UInt8(ascii: ",") { return nil }
                }
            default:
                let start = i
                while i < b.count, "-+.eE0123456789".utf8.contains(b[i]) { i += 1 }
                return i > start && Double(String(decoding: b[start..<i], as: UTF8.self)) != nil ? .number : nil
            }
        }

        /// A string literal's text (escapes undone well enough for keys).
        private mutating func string() -> String? {
            guard i < b.count, b[i] == UInt8(ascii: "\"") else { return nil }
            i += 1
            var text: [UInt8] = []
            while i < b.count {
                let c = b[i]
                i += 1
                if c == UInt8(ascii: "\"") { return String(decoding: text, as: UTF8.self) }
                if c < 0x20 { return nil }
                if c == UInt8(ascii: "\\") {
                    guard i < b.count else { return nil }
                    let e = b[i]
                    i += 1
                    if e == UInt8(ascii: "u") {
                        guard b.count - i >= 4 else { return nil }
                        i += 4
                        text.append(UInt8(ascii: "?"))
                    } else if "\"\\/bfnrt".utf8.contains(e) {
                        text.append(e)
                    } else {
                        return nil
                    }
                } else {
                    text.append(c)
                }
            }
            return nil
        }
    }
}
