/// The byte classes the scanner dispatches on.
extension XMLScanner {
    static let nameStartBit: UInt8 = 1, nameBit: UInt8 = 2, spaceBit: UInt8 = 4, textStopBit: UInt8 = 8
    /// Bytes an attribute value's scan stops at: quotes, `<`, `&`, C0 controls, non-ASCII.
    static let valueStopBit: UInt8 = 16
    /// One byte of classes per byte value (NUL has none).
    nonisolated(unsafe) static let classes: UnsafePointer<UInt8> = {
        let t = UnsafeMutablePointer<UInt8>.allocate(capacity: 256)
        for c in 0..<256 {
            var v: UInt8 = 0
            let letter = (c >= 0x41 && c <= 0x5A) || (c >= 0x61 && c <= 0x7A)
            if letter || c == 0x5F || c == 0x3A || c >= 0x80 { v |= nameStartBit | nameBit }
            if (c >= 0x30 && c <= 0x39) || c == 0x2D || c == 0x2E { v |= nameBit }
            if c == 0x20 || c == 0x09 || c == 0x0A || c == 0x0D { v |= spaceBit }
            if c == 0x26 || c == 0x0D { v |= textStopBit }
            if c == 0x22 || c == 0x27 || c == 0x3C || c == 0x26 || c < 0x20 || c >= 0x80 { v |= valueStopBit }
            t[c] = v
        }
        return UnsafePointer(t)
    }()
}
