/// Decodes a `Decodable` value from a `WireNode` tree; a node of the wrong shape throws
/// `WireDecodingError` naming where.
struct TreeDecoder: Decoder {
    let node: WireNode
    let path: [String]
    var codingPath: [any CodingKey] { [] }
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    func fail(_ what: String) -> WireDecodingError { WireDecodingError(path: path, what: what) }

    func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
        guard case .keyed(let entries) = node else { throw fail("expected an object") }
        return KeyedDecodingContainer(Keyed<Key>(entries: entries, path: path))
    }

    func unkeyedContainer() throws -> any UnkeyedDecodingContainer {
        guard case .unkeyed(let items) = node else { throw fail("expected a list") }
        return Unkeyed(items: items, path: path)
    }

    func singleValueContainer() throws -> any SingleValueDecodingContainer { Single(node: node, path: path) }

    /// A plain value, or any other decoded from its tree.
    static func value<T: Decodable>(_ type: T.Type, _ node: WireNode, path: [String]) throws -> T {
        let single = Single(node: node, path: path)
        if type == String.self { return try single.decode(String.self) as! T }
        if type == Double.self { return try single.decode(Double.self) as! T }
        if type == Bool.self { return try single.decode(Bool.self) as! T }
        if type == Int.self { return try single.decode(Int.self) as! T }
        return try T(from: TreeDecoder(node: node, path: path))
    }

    struct Keyed<Key: CodingKey>: KeyedDecodingContainerProtocol {
        let entries: [(String, WireNodeBox)]
        let path: [String]
        var codingPath: [any CodingKey] { [] }
        var allKeys: [Key] { entries.compactMap { Key(stringValue: $0.0) } }

        private func child(_ key: Key) throws -> WireNode {
            guard let e = entries.first(where: { $0.0 == key.stringValue }) else {
                throw WireDecodingError(path: path, what: "missing key \(key.stringValue)")
            }
            return e.1.node
        }

        func contains(_ key: Key) -> Bool { entries.contains { $0.0 == key.stringValue } }
        func decodeNil(forKey key: Key) throws -> Bool {
            if case .null = try child(key) { return true }
            return false
        }
        func decode<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T {
            try TreeDecoder.value(type, try child(key), path: path + [key.stringValue])
        }
        func nestedContainer<N: CodingKey>(keyedBy type: N.Type, forKey key: Key) throws -> KeyedDecodingContainer<N> {
            try TreeDecoder(node: try child(key), path: path + [key.stringValue]).container(keyedBy: type)
        }
        func nestedUnkeyedContainer(forKey key: Key) throws -> any UnkeyedDecodingContainer {
            try TreeDecoder(node: try child(key), path: path + [key.stringValue]).unkeyedContainer()
        }
        func superDecoder() throws -> any Decoder { try superDecoder(forKey: Key(stringValue: "super")!) }
        func superDecoder(forKey key: Key) throws -> any Decoder {
            TreeDecoder(node: try child(key), path: path + [key.stringValue])
        }
    }

    struct Unkeyed: UnkeyedDecodingContainer {
        let items: [WireNodeBox]
        let path: [String]
        var codingPath: [any CodingKey] { [] }
        var count: Int? { items.count }
        var isAtEnd: Bool { currentIndex >= items.count }
        var currentIndex = 0

        init(items: [WireNodeBox], path: [String]) {
            self.items = items
            self.path = path
        }

        private mutating func next() throws -> WireNode {
            guard !isAtEnd else { throw WireDecodingError(path: path, what: "list ends early") }
            defer { currentIndex += 1 }
            return items[currentIndex].node
        }

        mutating func decodeNil() throws -> Bool {
            guard !isAtEnd else { throw WireDecodingError(path: path, what: "list ends early") }
            if case .null = items[currentIndex].node { currentIndex += 1; return true }
            return false
        }
        mutating func decode<T: Decodable>(_ type: T.Type) throws -> T {
            try TreeDecoder.value(type, try next(), path: path + [String(currentIndex)])
        }
        mutating func nestedContainer<N: CodingKey>(keyedBy type: N.Type) throws -> KeyedDecodingContainer<N> {
            try TreeDecoder(node: try next(), path: path).container(keyedBy: type)
        }
        mutating func nestedUnkeyedContainer() throws -> any UnkeyedDecodingContainer {
            try TreeDecoder(node: try next(), path: path).unkeyedContainer()
        }
        mutating func superDecoder() throws -> any Decoder { TreeDecoder(node: try next(), path: path) }
    }

    struct Single: SingleValueDecodingContainer {
        let node: WireNode
        let path: [String]
        var codingPath: [any CodingKey] { [] }

        private func fail(_ what: String) -> WireDecodingError { WireDecodingError(path: path, what: what) }

        func decodeNil() -> Bool {
            if case .null = node { return true }
            return false
        }
        func decode(_ type: Bool.Type) throws -> Bool {
            guard case .bool(let b) = node else { throw fail("expected a boolean") }
            return b
        }
        func decode(_ type: String.Type) throws -> String {
            guard case .string(let s) = node else { throw fail("expected a string") }
            return s
        }
        func decode(_ type: Double.Type) throws -> Double {
            switch node {
            case .double(let d): return d
            case .int(let n): return Double(n)
            case .uint(let n): return Double(n)
            default: throw fail("expected a number")
            }
        }
        func decode(_ type: Float.Type) throws -> Float { Float(try decode(Double.self)) }
        private func integer<T: FixedWidthInteger>(_ type: T.Type) throws -> T {
            switch node {
            case .int(let n): if let v = T(exactly: n) { return v }
            case .uint(let n): if let v = T(exactly: n) { return v }
            default: break
            }
            throw fail("expected an integer of type \(T.self)")
        }
        func decode(_ type: Int.Type) throws -> Int { try integer(type) }
        func decode(_ type: Int8.Type) throws -> Int8 { try integer(type) }
        func decode(_ type: Int16.Type) throws -> Int16 { try integer(type) }
        func decode(_ type: Int32.Type) throws -> Int32 { try integer(type) }
        func decode(_ type: Int64.Type) throws -> Int64 { try integer(type) }
        func decode(_ type: UInt.Type) throws -> UInt { try integer(type) }
        func decode(_ type: UInt8.Type) throws -> UInt8 { try integer(type) }
        func decode(_ type: UInt16.Type) throws -> UInt16 { try integer(type) }
        func decode(_ type: UInt32.Type) throws -> UInt32 { try integer(type) }
        func decode(_ type: UInt64.Type) throws -> UInt64 { try integer(type) }
        func decode<T: Decodable>(_ type: T.Type) throws -> T { try TreeDecoder.value(type, node, path: path) }
    }
}
