/// A submission's counts read as whole numbers, by rubric key (`staff`, `pledges`, …), in a
/// small array ordered by key: a dictionary of four took 264 bytes a unit, this 144.
public struct CountValues: Sendable, Hashable, ExpressibleByDictionaryLiteral {
    private struct Pair: Sendable, Hashable {
        var key: String
        var value: Int
    }
    private var pairs: [Pair] = []

    public init(_ dictionary: [String: Int]) {
        pairs = dictionary.map { Pair(key: $0.key, value: $0.value) }
            .sorted { $0.key.utf8.lexicographicallyPrecedes($1.key.utf8) }
    }

    public init(dictionaryLiteral elements: (String, Int)...) {
        self.init(Dictionary(elements, uniquingKeysWith: { _, last in last }))
    }

    /// The count of `key`, nil when unknown; setting nil forgets it.
    public subscript(key: String) -> Int? {
        get { pairs.first { $0.key == key }?.value }
        set {
            if let i = pairs.firstIndex(where: { $0.key == key }) {
                if let newValue { pairs[i].value = newValue } else { pairs.remove(at: i) }
            } else if let newValue {
                pairs.append(Pair(key: key, value: newValue))
                pairs.sort { $0.key.utf8.lexicographicallyPrecedes($1.key.utf8) }
            }
        }
    }

    public var count: Int { pairs.count }
    public var isEmpty: Bool { pairs.isEmpty }
    /// The keys with a count, in byte order.
    public var keys: [String] { pairs.map(\.key) }
    /// The counts as a dictionary.
    public var dictionary: [String: Int] { Dictionary(uniqueKeysWithValues: pairs.map { ($0.key, $0.value) }) }
}
