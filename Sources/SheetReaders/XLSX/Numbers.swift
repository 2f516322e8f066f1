/// Number and integer parsing from XML bytes, without Foundation or String allocation.
enum Numbers {
    private static let powers: [Double] = [
        1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11,
        1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
    ]

    /// Parses a decimal number (`-12.5`, `1E-3`, ` 7 `). Exact (correctly rounded) on the fast
    /// path (≤ 15 significant digits, |exponent| ≤ 22); other forms go through the standard
    /// library's parser. Nil for anything that is not a finite number.
    static func double(_ b: UnsafeBufferPointer<UInt8>) -> Double? {
        var i = 0, end = b.count
        while i < end, b[i] == 0x20 || b[i] == 0x09 || b[i] == 0x0A || b[i] == 0x0D { i += 1 }
        while end > i, b[end - 1] == 0x20 || b[end - 1] == 0x09 || b[end - 1] == 0x0A || b[end - 1] == 0x0D { end -= 1 }
        guard i < end else { return nil }
        let start = i
        var negative = false
        if b[i] == 0x2D { negative = true; i += 1 } else if b[i] == 0x2B { i += 1 }
        var mantissa: UInt64 = 0, digits = 0, scale = 0, sawDigit = false
        while i < end, b[i] &- 0x30 < 10 {
            sawDigit = true
            if mantissa == 0 && b[i] == 0x30 { i += 1; continue }
            if digits < 19 { mantissa = mantissa * 10 + UInt64(b[i] - 0x30) } else { scale += 1 }
            digits += 1; i += 1
        }
        if i < end, b[i] == 0x2E {
            i += 1
            while i < end, b[i] &- 0x30 < 10 {
                sawDigit = true
                if !(mantissa == 0 && b[i] == 0x30) || digits > 0 {
                    if digits < 19 { mantissa = mantissa * 10 + UInt64(b[i] - 0x30); scale -= 1 }
                    digits += 1
                } else { scale -= 1 }
                i += 1
            }
        }
        guard sawDigit else { return nil }
        var exponent = 0
        if i < end, b[i] == 0x65 || b[i] == 0x45 {
            i += 1
            var eneg = false
            if i < end, b[i] == 0x2D { eneg = true; i += 1 } else if i < end, b[i] == 0x2B { i += 1 }
            guard i < end else { return nil }
            while i < end, b[i] &- 0x30 < 10 {
                if exponent < 100_000 { exponent = exponent * 10 + Int(b[i] - 0x30) }
                i += 1
            }
            if eneg { exponent = -exponent }
        }
        guard i == end else { return nil }
        let e = scale + exponent
        if digits <= 15, abs(e) <= 22 {
            let m = Double(mantissa)
            let v = e >= 0 ? m * powers[e] : m / powers[-e]
            return negative ? -v : v
        }
        let text = String(decoding: UnsafeBufferPointer(rebasing: b[start..<end]), as: UTF8.self)
        guard let v = Double(text), v.isFinite else { return nil }
        return v
    }

    /// Parses a non-negative decimal integer; nil when not all digits or too long.
    static func int(_ b: UnsafeBufferPointer<UInt8>) -> Int? {
        guard !b.isEmpty, b.count <= 18 else { return nil }
        var v = 0
        for c in b {
            guard c &- 0x30 < 10 else { return nil }
            v = v * 10 + Int(c - 0x30)
        }
        return v
    }

    /// Parses a NUL-terminated C string as a non-negative integer.
    static func int(_ p: UnsafePointer<CChar>) -> Int? {
        var n = 0
        while p[n] != 0 { n += 1 }
        return p.withMemoryRebound(to: UInt8.self, capacity: n) { int(UnsafeBufferPointer(start: $0, count: n)) }
    }
}
