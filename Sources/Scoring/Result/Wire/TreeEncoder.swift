/// Builds a `WireNode` tree from an `Encodable` value.
struct TreeEncoder: Encoder {
    let box: WireNodeBox
    var codingPath: [any CodingKey] = []
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        if case .keyed = box.node {} else { box.node = .keyed([]) }
        return KeyedEncodingContainer(Keyed<Key>(box: box, codingPath: codingPath))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer {
        if case .unkeyed = box.node {} else { box.node = .unkeyed([]) }
        return Unkeyed(box: box, codingPath: codingPath)
    }

    func singleValueContainer() -> any SingleValueEncodingContainer { Single(box: box, codingPath: codingPath) }

    /// The node of a plain value, or the tree of any other.
    static func node<T: Encodable>(_ value: T, path: [any CodingKey]) throws -> WireNodeBox {
        switch value {
        case let s as String: return WireNodeBox(.string(s))
        case let d as Double: return WireNodeBox(.double(d))
        case let b as Bool: return WireNodeBox(.bool(b))
        case let n as Int: return WireNodeBox(.int(Int64(n)))
        default:
            let box = WireNodeBox()
            try value.encode(to: TreeEncoder(box: box, codingPath: path))
            return box
        }
    }

    struct Keyed<Key: CodingKey>: KeyedEncodingContainerProtocol {
        let box: WireNodeBox
        var codingPath: [any CodingKey]

        private func put(_ child: WireNodeBox, _ key: Key) {
            guard case .keyed(var entries) = box.node else { return }
            entries.append((key.stringValue, child))
            box.node = .keyed(entries)
        }

        mutating func encodeNil(forKey key: Key) throws { put(WireNodeBox(.null), key) }
        mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
            put(try TreeEncoder.node(value, path: codingPath + [key]), key)
        }
        mutating func nestedContainer<N: CodingKey>(keyedBy: N.Type, forKey key: Key) -> KeyedEncodingContainer<N> {
            let child = WireNodeBox(.keyed([]))
            put(child, key)
            return KeyedEncodingContainer(Keyed<N>(box: child, codingPath: codingPath + [key]))
        }
        mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
            let child = WireNodeBox(.unkeyed([]))
            put(child, key)
            return Unkeyed(box: child, codingPath: codingPath + [key])
        }
        mutating func superEncoder() -> any Encoder { superEncoder(forKey: Key(stringValue: "super")!) }
        mutating func superEncoder(forKey key: Key) -> any Encoder {
            let child = WireNodeBox()
            put(child, key)
            return TreeEncoder(box: child, codingPath: codingPath + [key])
        }
    }

    struct Unkeyed: UnkeyedEncodingContainer {
        let box: WireNodeBox
        var codingPath: [any CodingKey]
        var count: Int {
            if case .unkeyed(let items) = box.node { return items.count }
            return 0
        }

        private func put(_ child: WireNodeBox) {
            guard case .unkeyed(var items) = box.node else { return }
            items.append(child)
            box.node = .unkeyed(items)
        }

        mutating func encodeNil() throws { put(WireNodeBox(.null)) }
        mutating func encode<T: Encodable>(_ value: T) throws { put(try TreeEncoder.node(value, path: codingPath)) }
        mutating func nestedContainer<N: CodingKey>(keyedBy: N.Type) -> KeyedEncodingContainer<N> {
            let child = WireNodeBox(.keyed([]))
            put(child)
            return KeyedEncodingContainer(Keyed<N>(box: child, codingPath: codingPath))
        }
        mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
            let child = WireNodeBox(.unkeyed([]))
            put(child)
            return Unkeyed(box: child, codingPath: codingPath)
        }
        mutating func superEncoder() -> any Encoder {
            let child = WireNodeBox()
            put(child)
            return TreeEncoder(box: child, codingPath: codingPath)
        }
    }

    struct Single: SingleValueEncodingContainer {
        let box: WireNodeBox
        var codingPath: [any CodingKey]

        mutating func encodeNil() throws { box.node = .null }
        mutating func encode(_ value: Bool) throws { box.node = .bool(value) }
        mutating func encode(_ value: String) throws { box.node = .string(value) }
        mutating func encode(_ value: Double) throws { box.node = .double(value) }
        mutating func encode(_ value: Float) throws { box.node = .double(Double(value)) }
        mutating func encode(_ value: Int) throws { box.node = .int(Int64(value)) }
        mutating func encode(_ value: Int8) throws { box.node = .int(Int64(value)) }
        mutating func encode(_ value: Int16) throws { box.node = .int(Int64(value)) }
        mutating func encode(_ value: Int32) throws { box.node = .int(Int64(value)) }
        mutating func encode(_ value: Int64) throws { box.node = .int(value) }
        mutating func encode(_ value: UInt) throws { box.node = .uint(UInt64(value)) }
        mutating func encode(_ value: UInt8) throws { box.node = .uint(UInt64(value)) }
        mutating func encode(_ value: UInt16) throws { box.node = .uint(UInt64(value)) }
        mutating func encode(_ value: UInt32) throws { box.node = .uint(UInt64(value)) }
        mutating func encode(_ value: UInt64) throws { box.node = .uint(value) }
        mutating func encode<T: Encodable>(_ value: T) throws {
            box.node = try TreeEncoder.node(value, path: codingPath).node
        }
    }
}
