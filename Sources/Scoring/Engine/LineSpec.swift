import Synchronization

/// What one rubric line's scored lines share across units — its code, maximum and kind —
/// held once and pointed to by each `ScoredLine`.
final class LineSpec: Sendable {
    let code: String
    let max: Double
    let kind: ItemKind

    private init(code: String, max: Double, kind: ItemKind) {
        self.code = code
        self.max = max
        self.kind = kind
    }

    private struct Key: Hashable {
        var code: String
        var max: Double
        var kind: ItemKind
    }

    /// Every spec made so far: one per rubric line in use (a handful).
    private static let made = Mutex<[Key: LineSpec]>([:])

    /// The one spec of a line.
    static func shared(code: String, max: Double, kind: ItemKind) -> LineSpec {
        let key = Key(code: code, max: max, kind: kind)
        return made.withLock { specs in
            if let spec = specs[key] { return spec }
            let spec = LineSpec(code: code, max: max, kind: kind)
            specs[key] = spec
            return spec
        }
    }
}
