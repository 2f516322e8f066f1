import Foundation

/// Rounding and printing of scores.
public enum CellNumber {
    /// Rounds half away from zero to `places` decimals (7.405 → 7.41), with a
    /// nudge for binary representation error (7.404999… from 7.405 rounds up).
    public static func round(_ x: Double, places: Int = 2) -> Double {
        guard x.isFinite else { return x }
        var scale = 1.0
        for _ in 0..<places { scale *= 10 }
        let scaled = x * scale
        let nudged = scaled + (scaled >= 0 ? 1e-9 : -1e-9) * max(1, abs(scaled))
        return nudged.rounded(.toNearestOrAwayFromZero) / scale
    }

    /// A score as text with at most two decimals and a decimal point: `7.4`, `8`, `-3`.
    public static func text(_ x: Double) -> String {
        let r = round(x)
        if r == r.rounded(), abs(r) < 1e15 { return String(Int64(r)) }
        var s = String(Int64((abs(r) * 100).rounded()))
        while s.count < 3 { s = "0" + s }
        var frac = String(s.suffix(2))
        if frac.hasSuffix("0") { frac.removeLast() }
        return (r < 0 ? "-" : "") + s.dropLast(2) + "." + frac
    }

    /// A score as Vietnamese readers write it: decimal comma (`7,4`).
    public static func textVi(_ x: Double) -> String {
        let t = text(x)
        guard t.utf8.contains(0x2E) else { return t }
        return String(decoding: t.utf8.map { $0 == 0x2E ? 0x2C : $0 }, as: UTF8.self)
    }

    /// A value in whole hundredths after half-up rounding to 2 decimals (7.485 → 749).
    public static func hundredths(_ x: Double) -> Int {
        Int((round(x) * 100).rounded())
    }

    /// True when two values differ by more than 0.01, compared in exact hundredths after
    /// rounding (7.5 vs 7.49 differ by exactly 0.01: false; 7.5 vs 7.48: true).
    public static func differByMoreThanOneHundredth(_ a: Double, _ b: Double) -> Bool {
        abs(hundredths(a) - hundredths(b)) > 1
    }
}
