/// `Codable` values in the wire's binary form, for what has many shapes and is sent rarely
/// (a finding's typed message, a worker's rubric and inspection points). The encoder builds a
/// tree and writes it with a tag byte a value and a length before each object and list; the
/// decoder reads the bytes in place, with no tree, skipping by those lengths.
public enum WireCoding {
    /// The bytes of a value.
    public static func encode<T: Encodable>(_ value: T, into w: inout WireWriter) throws {
        let root = WireNodeBox()
        try value.encode(to: TreeEncoder(box: root))
        root.node.write(to: &w)
    }

    /// A value from its bytes.
    public static func decode<T: Decodable>(_ type: T.Type, from r: inout WireReader) throws -> T {
        var cursor = r
        let end = try StreamDecoder.valueEnd(&cursor, limit: r.total, depth: 0)
        let value = try StreamDecoder.value(type, WireSpan(bytes: r.bytes, start: r.offset, end: end), depth: 0)
        r.skip(to: end)
        return value
    }
}

/// One value of the tree an encoder builds.
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

    /// Tags: 0 object (length, then key and value pairs), 1 list (length, count, values),
    /// 2 null, 3 boolean, 4 integer (zigzag), 5 unsigned, 6 double, 7 string.
    func write(to w: inout WireWriter) {
        switch self {
        case .keyed(let entries):
            var inner = WireWriter(capacity: 64)
            for (key, value) in entries {
                inner.string(key)
                value.node.write(to: &inner)
            }
            w.byte(0)
            w.blob(inner.bytes)
        case .unkeyed(let items):
            var inner = WireWriter(capacity: 64)
            inner.varint(UInt64(items.count))
            for item in items { item.node.write(to: &inner) }
            w.byte(1)
            w.blob(inner.bytes)
        case .null: w.byte(2)
        case .bool(let b): w.byte(3); w.bool(b)
        case .int(let n): w.byte(4); w.varint(UInt64(bitPattern: (n << 1) ^ (n >> 63)))
        case .uint(let n): w.byte(5); w.varint(n)
        case .double(let d): w.byte(6); w.double(d)
        case .string(let s): w.byte(7); w.string(s)
        }
    }
}

/// A node that containers fill in after they are made.
final class WireNodeBox {
    var node: WireNode
    init(_ node: WireNode = .null) { self.node = node }
}
