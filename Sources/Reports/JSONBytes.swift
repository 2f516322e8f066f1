/// Pretty JSON written straight into a byte buffer, with the bytes Foundation's
/// `JSONEncoder` writes under `[.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]`:
/// two-space indentation, `"key" : value`, an empty list or object as its brackets around
/// an empty line, integral numbers without `.0`, `/` unescaped. Callers give keys in
/// sorted (byte) order; `JSONBytesTests` checks every document shape against the encoder.
///
/// `consolidate --json` of 50,000 submissions spent ≈ 10 s of CPU in the encoder (a
/// container and a boxed value per field, then re-indenting each element); this writes
/// each byte once.
struct JSONBytes {
    private(set) var bytes: [UInt8] = []
    /// Nesting depth: the indentation of the next key or element is twice this.
    private var level = 0
    /// True right after a bracket opens (no element written in it yet).
    private var first = true

    init(level: Int = 0) { self.level = level }

    /// Forgets the bytes written (after they were flushed), keeping the capacity.
    mutating func removeAll() { bytes.removeAll(keepingCapacity: true) }

    // MARK: Structure

    /// Opens an object.
    mutating func openObject() { open(UInt8(ascii: "{")) }
    /// Closes the innermost object.
    mutating func closeObject() { close(UInt8(ascii: "}")) }
    /// Opens a list.
    mutating func openArray() { open(UInt8(ascii: "[")) }
    /// Closes the innermost list.
    mutating func closeArray() { close(UInt8(ascii: "]")) }

    /// Starts a member of the innermost object: its key, then a value must follow.
    mutating func key(_ name: StaticString) {
        separate()
        bytes.append(UInt8(ascii: "\""))
        name.withUTF8Buffer { bytes.append(contentsOf: $0) }
        bytes.append(contentsOf: [UInt8(ascii: "\""), 0x20, UInt8(ascii: ":"), 0x20])
    }

    /// Starts an element of the innermost list: a value must follow.
    mutating func element() { separate() }

    private mutating func open(_ bracket: UInt8) {
        bytes.append(bracket)
        level += 1
        first = true
    }

    private mutating func close(_ bracket: UInt8) {
        level -= 1
        bytes.append(0x0A)
        if first { bytes.append(0x0A) }   // an empty container holds one empty line
        indent()
        bytes.append(bracket)
        first = false
    }

    private mutating func separate() {
        if !first { bytes.append(UInt8(ascii: ",")) }
        bytes.append(0x0A)
        indent()
        first = false
    }

    private mutating func indent() {
        for _ in 0..<(2 * level) { bytes.append(0x20) }
    }

    // MARK: Values

    mutating func null() { append("null") }

    /// The line end after the document.
    mutating func newline() { bytes.append(0x0A) }

    mutating func bool(_ value: Bool) { append(value ? "true" : "false") }

    mutating func string(_ value: String?) {
        guard var value else { return null() }
        bytes.append(UInt8(ascii: "\""))
        value.withUTF8 { text in
            var start = 0
            for (i, b) in text.enumerated() where b < 0x20 || b == UInt8(ascii: "\"") || b == UInt8(ascii: "\\") {
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: text[start..<i]))
                escape(b)
                start = i + 1
            }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: text[start...]))
        }
        bytes.append(UInt8(ascii: "\""))
    }

    /// A number; `null` for NaN and ±∞, which JSON cannot hold (the encoder refuses the
    /// whole document there; no checked value is ever one).
    mutating func number(_ value: Double?) {
        guard let value, value.isFinite else { return null() }
        // Whole numbers below 10^15 are what `description` writes without an exponent.
        if value == value.rounded(.towardZero), abs(value) < 1e15, value != 0 || value.sign == .plus {
            return integer(Int(value))
        }
        var text = value.description
        if text.hasSuffix(".0") { text.removeLast(2) }
        bytes.append(contentsOf: text.utf8)
    }

    mutating func number(_ value: Int?) {
        guard let value else { return null() }
        integer(value)
    }

    /// A list of strings, each on its line.
    mutating func strings(_ values: [String]) {
        openArray()
        for v in values {
            element()
            string(v)
        }
        closeArray()
    }

    private mutating func integer(_ value: Int) {
        if value < 0 { bytes.append(UInt8(ascii: "-")) }
        var magnitude = value.magnitude
        var digits: (UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8,
                     UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8) =
            (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
        var count = 0
        withUnsafeMutableBytes(of: &digits) { d in
            repeat {
                d[count] = UInt8(ascii: "0") + UInt8(magnitude % 10)
                magnitude /= 10
                count += 1
            } while magnitude > 0
            for i in stride(from: count - 1, through: 0, by: -1) { bytes.append(d[i]) }
        }
    }

    private mutating func escape(_ b: UInt8) {
        bytes.append(UInt8(ascii: "\\"))
        switch b {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"): bytes.append(b)
        case 0x08: bytes.append(UInt8(ascii: "b"))
        case 0x0C: bytes.append(UInt8(ascii: "f"))
        case 0x0A: bytes.append(UInt8(ascii: "n"))
        case 0x0D: bytes.append(UInt8(ascii: "r"))
        case 0x09: bytes.append(UInt8(ascii: "t"))
        default:
            let hex: StaticString = "0123456789abcdef"
            bytes.append(contentsOf: [UInt8(ascii: "u"), UInt8(ascii: "0"), UInt8(ascii: "0"),
                                      hex.utf8Start[Int(b >> 4)], hex.utf8Start[Int(b & 0x0F)]])
        }
    }

    private mutating func append(_ text: StaticString) {
        text.withUTF8Buffer { bytes.append(contentsOf: $0) }
    }
}
