/// Writes values as the compact binary form a reading worker sends to the batch: integers as
/// little-endian varints, doubles as their eight bytes, strings as a length and UTF-8 bytes.
/// The reader (`WireReader`) reads back exactly what was written, in the same order.
public struct WireWriter: Sendable {
    public private(set) var bytes: [UInt8] = []

    public init(capacity: Int = 512) { bytes.reserveCapacity(capacity) }

    /// Forgets what was written, keeping the buffer.
    public mutating func reset() { bytes.removeAll(keepingCapacity: true) }

    public mutating func byte(_ b: UInt8) { bytes.append(b) }

    public mutating func bool(_ b: Bool) { bytes.append(b ? 1 : 0) }

    /// An unsigned integer, seven bits a byte.
    public mutating func varint(_ value: UInt64) {
        var v = value
        while v >= 0x80 {
            bytes.append(UInt8(truncatingIfNeeded: v) | 0x80)
            v >>= 7
        }
        bytes.append(UInt8(v))
    }

    /// A signed integer (zigzag, then a varint).
    public mutating func int(_ value: Int) {
        let v = Int64(value)
        varint(UInt64(bitPattern: (v << 1) ^ (v >> 63)))
    }

    public mutating func double(_ value: Double) {
        withUnsafeBytes(of: value.bitPattern.littleEndian) { bytes.append(contentsOf: $0) }
    }

    public mutating func string(_ s: String) {
        var s = s
        s.withUTF8 { utf8 in
            varint(UInt64(utf8.count))
            bytes.append(contentsOf: utf8)
        }
    }

    /// A presence byte, then the value when there is one.
    public mutating func optional<T>(_ value: T?, _ write: (inout WireWriter, T) -> Void) {
        guard let value else { return byte(0) }
        byte(1)
        write(&self, value)
    }

    public mutating func optionalString(_ s: String?) { optional(s) { $0.string($1) } }
    public mutating func optionalDouble(_ d: Double?) { optional(d) { $0.double($1) } }
    public mutating func optionalInt(_ n: Int?) { optional(n) { $0.int($1) } }
    public mutating func optionalBool(_ b: Bool?) { optional(b) { $0.bool($1) } }

    /// A count, then each element.
    public mutating func array<T>(_ items: [T], _ write: (inout WireWriter, T) -> Void) {
        varint(UInt64(items.count))
        for item in items { write(&self, item) }
    }

    /// Bytes as they are, without a length (a fixed-size field).
    public mutating func raw(_ b: [UInt8]) { bytes.append(contentsOf: b) }

    /// Bytes already laid out (a nested frame), with their length.
    public mutating func blob(_ b: [UInt8]) {
        varint(UInt64(b.count))
        bytes.append(contentsOf: b)
    }
}
