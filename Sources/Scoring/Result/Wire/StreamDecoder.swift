/// A run of bytes holding one encoded value (tag first).
struct WireSpan {
    let bytes: [UInt8]
    let start: Int
    let end: Int
}

/// Why bytes do not decode into the type asked for.
struct WireDecodingError: Error, CustomStringConvertible {
    var what: String
    var offset: Int
    var description: String { "\(what) at byte \(offset)" }
}

/// Decodes a `Decodable` value from the bytes `WireNode.write` made, in place: a container
/// is a span of the bytes, and a value is found by its key (in order, as encoders write them,
/// else by a scan of the object) and skipped by its length.
struct StreamDecoder: Decoder {
    let span: WireSpan
    let depth: Int
    var codingPath: [any CodingKey] { [] }
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    func fail(_ what: String) -> WireDecodingError { WireDecodingError(what: what, offset: span.start) }

    /// The end of the value that starts at `r`'s offset (which moves there), checked against `limit`.
    static func valueEnd(_ r: inout WireReader, limit: Int, depth: Int) throws -> Int {
        guard depth < WireNode.maxDepth else { throw r.malformed("nesting") }
        switch try r.byte() {
        case 0, 1, 7:
            let n = try r.count()
            r.skip(to: r.offset + n)
        case 2: break
        case 3: _ = try r.bool()
        case 4, 5: _ = try r.varint()
        case 6: _ = try r.double()
        default: throw r.malformed("value tag")
        }
        guard r.offset <= limit else { throw r.malformed("value length") }
        return r.offset
    }

    /// The body of a container of `tag`, after its length.
    private func body(_ tag: UInt8, _ what: String) throws -> WireReader {
        var r = WireReader(span.bytes, at: span.start)
        guard try r.byte() == tag else { throw fail("expected " + what) }
        _ = try r.count()
        return r
    }

    func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
        KeyedDecodingContainer(Keyed<Key>(body: try body(0, "an object"), end: span.end, depth: depth))
    }

    func unkeyedContainer() throws -> any UnkeyedDecodingContainer {
        var r = try body(1, "a list")
        let n = try r.count()
        return Unkeyed(reader: r, end: span.end, count: n, depth: depth)
    }

    func singleValueContainer() throws -> any SingleValueDecodingContainer { Single(span: span, depth: depth) }

    /// A plain value read directly, or any other through its own decoder.
    static func value<T: Decodable>(_ type: T.Type, _ span: WireSpan, depth: Int) throws -> T {
        let single = Single(span: span, depth: depth)
        if type == String.self { return try single.decode(String.self) as! T }
        if type == Double.self { return try single.decode(Double.self) as! T }
        if type == Bool.self { return try single.decode(Bool.self) as! T }
        if type == Int.self { return try single.decode(Int.self) as! T }
        return try T(from: StreamDecoder(span: span, depth: depth + 1))
    }

    struct Keyed<Key: CodingKey>: KeyedDecodingContainerProtocol {
        let body: WireReader
        let end: Int
        let depth: Int
        var codingPath: [any CodingKey] { [] }

        /// Each entry's key and value span, in order.
        private func entries() throws -> [(key: String, value: WireSpan)] {
            var r = body, out: [(String, WireSpan)] = []
            while r.offset < end {
                let key = try r.string()
                let start = r.offset
                let stop = try StreamDecoder.valueEnd(&r, limit: end, depth: depth)
                out.append((key, WireSpan(bytes: r.bytes, start: start, end: stop)))
            }
            return out
        }

        /// The value of `key`, found by comparing key bytes in place (no string is made).
        private func find(_ key: Key) throws -> WireSpan? {
            var wanted = key.stringValue
            return try wanted.withUTF8 { (w) throws -> WireSpan? in
                var r = body
                while r.offset < end {
                    let n = try r.count()
                    let keyStart = r.offset
                    r.skip(to: keyStart + n)
                    let start = r.offset
                    let stop = try StreamDecoder.valueEnd(&r, limit: end, depth: depth)
                    if n == w.count, r.bytes[keyStart..<keyStart + n].elementsEqual(w) {
                        return WireSpan(bytes: r.bytes, start: start, end: stop)
                    }
                }
                return nil
            }
        }

        private func child(_ key: Key) throws -> WireSpan {
            guard let s = try find(key) else { throw WireDecodingError(what: "missing key " + key.stringValue, offset: body.offset) }
            return s
        }

        var allKeys: [Key] { ((try? entries()) ?? []).compactMap { Key(stringValue: $0.key) } }
        func contains(_ key: Key) -> Bool { ((try? find(key)) ?? nil) != nil }
        func decodeNil(forKey key: Key) throws -> Bool {
            let s = try child(key)
            return s.bytes[s.start] == 2
        }
        func decode<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T {
            try StreamDecoder.value(type, try child(key), depth: depth)
        }
        func decodeIfPresent<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T? {
            guard let s = try find(key), s.bytes[s.start] != 2 else { return nil }
            return try StreamDecoder.value(type, s, depth: depth)
        }
        func nestedContainer<N: CodingKey>(keyedBy type: N.Type, forKey key: Key) throws -> KeyedDecodingContainer<N> {
            try StreamDecoder(span: try child(key), depth: depth + 1).container(keyedBy: type)
        }
        func nestedUnkeyedContainer(forKey key: Key) throws -> any UnkeyedDecodingContainer {
            try StreamDecoder(span: try child(key), depth: depth + 1).unkeyedContainer()
        }
        func superDecoder() throws -> any Decoder { try superDecoder(forKey: Key(stringValue: "super")!) }
        func superDecoder(forKey key: Key) throws -> any Decoder { StreamDecoder(span: try child(key), depth: depth + 1) }
    }

    struct Unkeyed: UnkeyedDecodingContainer {
        var reader: WireReader
        let end: Int
        let total: Int
        let depth: Int
        var codingPath: [any CodingKey] { [] }
        var count: Int? { total }
        var isAtEnd: Bool { currentIndex >= total }
        var currentIndex = 0

        init(reader: WireReader, end: Int, count: Int, depth: Int) {
            self.reader = reader
            self.end = end
            self.total = count
            self.depth = depth
        }

        private mutating func next() throws -> WireSpan {
            guard !isAtEnd else { throw WireDecodingError(what: "list ends early", offset: reader.offset) }
            let start = reader.offset
            let stop = try StreamDecoder.valueEnd(&reader, limit: end, depth: depth)
            currentIndex += 1
            return WireSpan(bytes: reader.bytes, start: start, end: stop)
        }

        mutating func decodeNil() throws -> Bool {
            guard !isAtEnd, reader.offset < end else { throw WireDecodingError(what: "list ends early", offset: reader.offset) }
            guard reader.bytes[reader.offset] == 2 else { return false }
            _ = try next()
            return true
        }
        mutating func decode<T: Decodable>(_ type: T.Type) throws -> T {
            try StreamDecoder.value(type, try next(), depth: depth)
        }
        mutating func nestedContainer<N: CodingKey>(keyedBy type: N.Type) throws -> KeyedDecodingContainer<N> {
            try StreamDecoder(span: try next(), depth: depth + 1).container(keyedBy: type)
        }
        mutating func nestedUnkeyedContainer() throws -> any UnkeyedDecodingContainer {
            try StreamDecoder(span: try next(), depth: depth + 1).unkeyedContainer()
        }
        mutating func superDecoder() throws -> any Decoder { StreamDecoder(span: try next(), depth: depth + 1) }
    }
}

extension StreamDecoder {
    struct Single: SingleValueDecodingContainer {
        let span: WireSpan
        let depth: Int
        var codingPath: [any CodingKey] { [] }

        private func fail(_ what: String) -> WireDecodingError { WireDecodingError(what: what, offset: span.start) }
        private var tag: UInt8 { span.bytes[span.start] }
        private var payload: WireReader { WireReader(span.bytes, at: span.start + 1) }

        func decodeNil() -> Bool { tag == 2 }
        func decode(_ type: Bool.Type) throws -> Bool {
            guard tag == 3 else { throw fail("expected a boolean") }
            var r = payload
            return try r.bool()
        }
        func decode(_ type: String.Type) throws -> String {
            guard tag == 7 else { throw fail("expected a string") }
            var r = payload
            return try r.string()
        }
        func decode(_ type: Double.Type) throws -> Double {
            var r = payload
            switch tag {
            case 6: return try r.double()
            case 4, 5: return Double(try integer(Int64.self))
            default: throw fail("expected a number")
            }
        }
        func decode(_ type: Float.Type) throws -> Float { Float(try decode(Double.self)) }
        private func integer<T: FixedWidthInteger>(_ type: T.Type) throws -> T {
            var r = payload
            switch tag {
            case 4:
                let z = try r.varint()
                if let v = T(exactly: Int64(bitPattern: (z >> 1) ^ (0 &- (z & 1)))) { return v }
            case 5:
                if let v = T(exactly: try r.varint()) { return v }
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
        func decode<T: Decodable>(_ type: T.Type) throws -> T { try StreamDecoder.value(type, span, depth: depth) }
    }
}
