/// A value kept on the heap behind one reference and copied only when written to while
/// shared: a large struct held by several arrays (a unit's submission, ≈ 1.2 KB, in the read
/// outcomes, the scored list and the consolidated units) then costs one pointer per copy.
public struct Indirect<Value: Hashable & Sendable>: Hashable, Sendable {
    /// Mutated only through `value`'s uniqueness check, so sharing it between threads is safe.
    private final class Storage: @unchecked Sendable {
        var value: Value
        init(_ value: Value) { self.value = value }
    }

    private var storage: Storage

    public init(_ value: Value) { storage = Storage(value) }

    public var value: Value {
        get { storage.value }
        _modify {
            if !isKnownUniquelyReferenced(&storage) { storage = Storage(storage.value) }
            yield &storage.value
        }
    }

    public static func == (a: Self, b: Self) -> Bool { a.storage === b.storage || a.value == b.value }
    public func hash(into hasher: inout Hasher) { value.hash(into: &hasher) }
}

extension Indirect: Codable where Value: Codable {
    public init(from decoder: any Decoder) throws {
        self.init(try decoder.singleValueContainer().decode(Value.self))
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.singleValueContainer()
        try c.encode(value)
    }
}
