import Foundation
import Scoring

/// JSON written straight into a byte buffer, each byte once, in one of two layouts.
///
/// The writer writes keys in the order it is given them; `JSONMembers` decides that order
/// and which keys an object has. Every document thidua writes goes through it.
struct JSONBytes {
    /// How the document is laid out.
    enum Layout {
        /// The bytes Foundation's `JSONEncoder` writes under `[.prettyPrinted, .sortedKeys,
        /// .withoutEscapingSlashes]`: two-space indentation, `"key" : value`, an empty list
        /// or object as its brackets around an empty line, `\b \f \n \r \t` escaped by
        /// letter and other control characters as `\u00XX` (`check` and `consolidate`).
        case pretty
        /// One line without spaces; control characters other than `\n \r \t` as `\u00XX`
        /// (`inspect`).
        case compact
    }

    private(set) var bytes: [UInt8] = []
    let layout: Layout
    /// The language of the messages written (issues, reasons).
    let language: Language
    /// Where a streamed document's bytes go once `sink.threshold` of them have gathered;
    /// nil while the document is held whole.
    private let sink: JSONSink?
    /// Nesting depth: the indentation of the next key or element is twice this.
    private var level = 0
    /// True right after a bracket opens (no element written in it yet).
    private var first = true

    init(layout: Layout, language: Language = .vi, sink: JSONSink? = nil) {
        self.layout = layout
        self.language = language
        self.sink = sink
    }

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
    mutating func key(_ key: JSONKey) {
        key.quoted.withUnsafeBufferPointer { self.key(quoted: $0) }
    }

    /// Starts a member whose key is already a string literal (`JSONKey.quoted`).
    mutating func key(quoted: UnsafeBufferPointer<UInt8>) {
        separate()
        bytes.append(contentsOf: quoted)
        switch layout {
        case .pretty: bytes.append(contentsOf: [0x20, UInt8(ascii: ":"), 0x20])
        case .compact: bytes.append(UInt8(ascii: ":"))
        }
    }

    /// Starts an element of the innermost list: a value must follow. A streamed document
    /// hands what it holds to its sink here, between two elements.
    mutating func element() {
        if let sink, bytes.count >= sink.threshold {
            sink.write(bytes)
            bytes.removeAll(keepingCapacity: true)
        }
        separate()
    }

    private mutating func open(_ bracket: UInt8) {
        bytes.append(bracket)
        level += 1
        first = true
    }

    private mutating func close(_ bracket: UInt8) {
        level -= 1
        if layout == .pretty {
            bytes.append(0x0A)
            if first { bytes.append(0x0A) }   // an empty container holds one empty line
            indent()
        }
        bytes.append(bracket)
        first = false
    }

    private mutating func separate() {
        if !first { bytes.append(UInt8(ascii: ",")) }
        if layout == .pretty {
            bytes.append(0x0A)
            indent()
        }
        first = false
    }

    private mutating func indent() {
        for _ in 0..<(2 * level) { bytes.append(0x20) }
    }

    // MARK: Values

    mutating func null() { append("null") }

    /// The line end after the document.
    mutating func newline() { bytes.append(0x0A) }

    mutating func bool(_ value: Bool?) {
        guard let value else { return null() }
        append(value ? "true" : "false")
    }

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

    /// A number as `JSONEncoder` writes it; `null` for NaN and ±∞, which JSON cannot hold
    /// (the encoder refuses the whole document there; no checked value is ever one).
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

    /// A number already spelled as a JSON number (a cell's `CellValue.format`).
    mutating func number(spelled text: String) {
        bytes.append(contentsOf: text.utf8)
    }

    /// A value this writer already wrote in the same layout (a document inside another).
    mutating func value(written text: String) {
        bytes.append(contentsOf: text.utf8)
    }

    /// A list of strings.
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
        case 0x0A: bytes.append(UInt8(ascii: "n"))
        case 0x0D: bytes.append(UInt8(ascii: "r"))
        case 0x09: bytes.append(UInt8(ascii: "t"))
        case 0x08 where layout == .pretty: bytes.append(UInt8(ascii: "b"))
        case 0x0C where layout == .pretty: bytes.append(UInt8(ascii: "f"))
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

/// A key as the writer writes it: the name, and its string literal's bytes made once.
struct JSONKey: Sendable, Hashable {
    let name: String
    /// `"name"`, escaped (a key never holds a control character but a rubric's count key
    /// could hold a quote).
    let quoted: [UInt8]

    init(_ name: String) {
        self.name = name
        var w = JSONBytes(layout: .pretty)
        w.string(name)
        quoted = w.bytes
    }
}

/// The file a streamed document is written to: the writer hands it its bytes every
/// `threshold` bytes, so memory holds about that much of the document, not all of it.
final class JSONSink {
    let threshold: Int
    private let handle: FileHandle
    /// The first write that failed; nothing is written after it.
    private(set) var error: (any Error)?
    private var closed = false

    /// Creates (or empties) the file at `path`.
    init(path: String, threshold: Int = 1 << 20) throws {
        guard FileManager.default.createFile(atPath: path, contents: nil),
              let handle = FileHandle(forWritingAtPath: path) else {
            throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: path])
        }
        self.handle = handle
        self.threshold = threshold
    }

    deinit { if !closed { try? handle.close() } }

    func write(_ bytes: [UInt8]) {
        guard error == nil else { return }
        do { try handle.write(contentsOf: bytes) } catch { self.error = error }
    }

    /// Writes what is left, closes the file, and throws the first failure.
    func finish(_ bytes: [UInt8]) throws {
        write(bytes)
        if let error { throw error }
        closed = true
        try handle.close()
    }
}
