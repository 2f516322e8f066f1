/// `Codable` values in the wire's binary form, for what has many shapes and is sent rarely
/// (a finding's typed message, a worker's rubric and inspection points): the value becomes a
/// tree of keyed, unkeyed and plain nodes, written with a tag byte each.
public enum WireCoding {
    /// The bytes of a value.
    public static func encode<T: Encodable>(_ value: T, into w: inout WireWriter) throws {
        let root = WireNodeBox()
        try value.encode(to: TreeEncoder(box: root))
        root.node.write(to: &w)
    }

    /// A value from its bytes.
    public static func decode<T: Decodable>(_ type: T.Type, from r: inout WireReader) throws -> T {
        let node = try WireNode.read(from: &r, depth: 0)
        return try T(from: TreeDecoder(node: node, path: []))
    }
}

/// One value of the tree.
enum WireNode {
    case keyed([(String, WireNodeBox)])
    case unkeyed([WireNodeBox])
    case null
    case bool(Bool)
    case int(Int64)
    case uint(UInt64)
    case double(Double)
    case string(String)

    static let maxDepth = 64

    func write(to w: inout WireWriter) {
        switch self {
        case .keyed(let entries):
            w.byte(0)
            w.varint(UInt64(entries.count))
            for (key, value) in entries {
                w.string(key)
                value.node.write(to: &w)
            }
        case .unkeyed(let items):
            w.byte(1)
            w.varint(UInt64(items.count))
            for item in items { item.node.write(to: &w) }
        case .null: w.byte(2)
        case .bool(let b): w.byte(3); w.bool(b)
        case .int(let n): w.byte(4); w.varint(UInt64(bitPattern: (n << 1) ^ (n >> 63)))
        case .uint(let n): w.byte(5); w.varint(n)
        case .double(let d): w.byte(6); w.double(d)
        case .string(let s): w.byte(7); w.string(s)
        }
    }

    static func read(from r: inout WireReader, depth: Int) throws(WireReader.Malformed) -> WireNode {
        guard depth < maxDepth else { throw r.malformed("nesting") }
        switch try r.byte() {
        case 0:
            let n = try r.count()
            var entries: [(String, WireNodeBox)] = []
            entries.reserveCapacity(n)
            for _ in 0..<n { entries.append((try r.string(), WireNodeBox(try read(from: &r, depth: depth + 1)))) }
            return .keyed(entries)
        case 1:
            let n = try r.count()
            var items: [WireNodeBox] = []
            items.reserveCapacity(n)
            for _ in 0..<n { items.append(WireNodeBox(try read(from: &r, depth: depth + 1))) }
            return .unkeyed(items)
        case 2: return .null
        case 3: return .bool(try r.bool())
        case 4:
            let z = try r.varint()
            return .int(Int64(bitPattern: (z >> 1) ^ (0 &- (z & 1))))
        case 5: return .uint(try r.varint())
        case 6: return .double(try r.double())
        case 7: return .string(try r.string())
        default: throw r.malformed("value tag")
        }
    }
}

/// A node that containers fill in after they are made.
final class WireNodeBox {
    var node: WireNode
    init(_ node: WireNode = .null) { self.node = node }
}

/// Why a tree does not decode into the type asked for.
struct WireDecodingError: Error, CustomStringConvertible {
    var path: [String]
    var what: String
    var description: String { "\(what) at \(path.joined(separator: "."))" }
}
