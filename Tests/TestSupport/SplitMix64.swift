/// A small deterministic pseudo-random generator (SplitMix64): the same seed gives
/// the same value sets on every machine and every run, so a failing seed can be replayed.
public struct SplitMix64: RandomNumberGenerator {
    private var state: UInt64

    public init(seed: UInt64) { state = seed }

    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// True with probability `p`.
    public mutating func chance(_ p: Double) -> Bool { Double.random(in: 0..<1, using: &self) < p }

    /// One element of a non-empty array.
    public mutating func pick<T>(_ xs: [T]) -> T { xs[Int.random(in: 0..<xs.count, using: &self)] }

    /// A number in [0, max] with at most two decimals, never exactly 0 or max.
    public mutating func twoDecimals(below max: Double) -> Double {
        let hundredths = Int.random(in: 1..<Int((max * 100).rounded()), using: &self)
        return Double(hundredths) / 100
    }
}
