/// Lowercase hexadecimal text of bytes, as `sha256sum` prints a digest: the one hex encoder.
public enum Hex {
    private static let digits: StaticString = "0123456789abcdef"

    /// Two lowercase hex digits per byte.
    public static func lowercase(_ bytes: UnsafeRawBufferPointer) -> String {
        String(unsafeUninitializedCapacity: bytes.count * 2) { out in
            let hex = digits.utf8Start
            for (i, b) in bytes.enumerated() {
                out[2 * i] = hex[Int(b >> 4)]
                out[2 * i + 1] = hex[Int(b & 0x0F)]
            }
            return bytes.count * 2
        }
    }

    /// The value of one hex digit (either case), nil for any other byte.
    static func value(_ c: UInt8) -> UInt8? {
        switch c {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): c - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): c - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): c - UInt8(ascii: "A") + 10
        default: nil
        }
    }
}
