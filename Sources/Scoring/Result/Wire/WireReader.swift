/// Reads what `WireWriter` wrote, checking every length against the bytes left: bytes that
/// end early or hold an impossible value throw `WireReader.Malformed`, never trap.
public struct WireReader {
    /// Bytes that do not hold what was expected (cut short, a count past the end, a tag
    /// no writer makes).
    public struct Malformed: Error, Sendable, CustomStringConvertible {
        public var what: String
        public var offset: Int
        public var description: String { "malformed \(what) at byte \(offset)" }
    }

    private let bytes: [UInt8]
    public private(set) var offset: Int

    public init(_ bytes: [UInt8], at offset: Int = 0) {
        self.bytes = bytes
        self.offset = offset
    }

    /// True when every byte was read.
    public var atEnd: Bool { offset == bytes.count }

    public func malformed(_ what: String) -> Malformed { Malformed(what: what, offset: offset) }

    public mutating func byte() throws(Malformed) -> UInt8 {
        guard offset < bytes.count else { throw malformed("end of data") }
        defer { offset += 1 }
        return bytes[offset]
    }

    public mutating func bool() throws(Malformed) -> Bool {
        switch try byte() {
        case 0: return false
        case 1: return true
        default: throw malformed("boolean")
        }
    }

    public mutating func varint() throws(Malformed) -> UInt64 {
        var value: UInt64 = 0, shift: UInt64 = 0
        while true {
            let b = try byte()
            guard shift < 64 else { throw malformed("varint") }
            value |= UInt64(b & 0x7F) << shift
            if b < 0x80 { return value }
            shift += 7
        }
    }

    public mutating func int() throws(Malformed) -> Int {
        let z = try varint()
        let v = Int64(bitPattern: (z >> 1) ^ (0 &- (z & 1)))
        guard let n = Int(exactly: v) else { throw malformed("integer") }
        return n
    }

    /// A count or length, no more than the bytes left (each element takes at least one).
    public mutating func count() throws(Malformed) -> Int {
        let n = try varint()
        guard n <= UInt64(bytes.count - offset) else { throw malformed("count") }
        return Int(n)
    }

    public mutating func double() throws(Malformed) -> Double {
        guard bytes.count - offset >= 8 else { throw malformed("end of data") }
        var bits: UInt64 = 0
        for k in 0..<8 { bits |= UInt64(bytes[offset + k]) << (8 * UInt64(k)) }
        offset += 8
        return Double(bitPattern: bits)
    }

    public mutating func string() throws(Malformed) -> String {
        let n = try count()
        defer { offset += n }
        return bytes.withUnsafeBufferPointer { String(decoding: UnsafeBufferPointer(rebasing: $0[offset..<offset + n]), as: UTF8.self) }
    }

    public mutating func optional<T>(_ read: (inout WireReader) throws(Malformed) -> T) throws(Malformed) -> T? {
        switch try byte() {
        case 0: return nil
        case 1: return try read(&self)
        default: throw malformed("presence")
        }
    }

    public mutating func optionalString() throws(Malformed) -> String? { try optional { (r) throws(Malformed) in try r.string() } }
    public mutating func optionalDouble() throws(Malformed) -> Double? { try optional { (r) throws(Malformed) in try r.double() } }
    public mutating func optionalInt() throws(Malformed) -> Int? { try optional { (r) throws(Malformed) in try r.int() } }
    public mutating func optionalBool() throws(Malformed) -> Bool? { try optional { (r) throws(Malformed) in try r.bool() } }

    public mutating func array<T>(_ read: (inout WireReader) throws(Malformed) -> T) throws(Malformed) -> [T] {
        let n = try count()
        var out: [T] = []
        out.reserveCapacity(n)
        for _ in 0..<n { out.append(try read(&self)) }
        return out
    }

    public mutating func blob() throws(Malformed) -> [UInt8] {
        let n = try count()
        defer { offset += n }
        return Array(bytes[offset..<offset + n])
    }
}
