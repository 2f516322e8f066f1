/// Label keys → roles, looked up by a key held in a caller's buffer (no key is built
/// per lookup): open addressing on `FastKey.fnv`, keys compared scalar by scalar.
struct LabelTable: Sendable {
    private var keys: [[UInt32]] = []
    private var values: [[LabelRole]] = []
    private var hashes: [UInt64] = []
    /// Slot → index in `keys` + 1 (0 = empty); a power of two, at most half full.
    private var slots: [Int32]
    private var mask: Int

    init(_ entries: [FastKey: [LabelRole]]) {
        var size = 16
        while size < entries.count * 2 { size *= 2 }
        slots = Array(repeating: 0, count: size)
        mask = size - 1
        // Sorted by key for a layout that does not depend on dictionary order.
        for (key, roles) in entries.sorted(by: { $0.key.scalars.lexicographicallyPrecedes($1.key.scalars) }) {
            let h = FastKey.fnv(key.scalars[...])
            var i = Int(truncatingIfNeeded: h) & mask
            while slots[i] != 0 { i = (i + 1) & mask }
            keys.append(key.scalars)
            values.append(roles)
            hashes.append(h)
            slots[i] = Int32(keys.count)
        }
    }

    /// The roles of a key, or nil.
    func roles(_ key: ArraySlice<UInt32>) -> [LabelRole]? {
        guard !key.isEmpty else { return nil }
        let h = FastKey.fnv(key)
        var i = Int(truncatingIfNeeded: h) & mask
        while true {
            let s = Int(slots[i])
            if s == 0 { return nil }
            if hashes[s - 1] == h, keys[s - 1].elementsEqual(key) { return values[s - 1] }
            i = (i + 1) & mask
        }
    }
}
