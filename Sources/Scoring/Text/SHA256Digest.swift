import Crypto

/// A SHA-256 digest, held as its 32 bytes (four words, no heap): a file's identity in the
/// audit sheet, the JSON, watch's cache and the inspection form.
public struct SHA256Digest: Hashable, Sendable, CustomStringConvertible {
    private var words: (UInt64, UInt64, UInt64, UInt64)

    /// The 32 bytes, in digest order.
    var bytes: [UInt8] { withUnsafeBytes(of: words) { Array($0) } }

    /// The digest of `bytes`.
    public init(of bytes: [UInt8]) {
        self.init(SHA256.hash(data: bytes))
    }

    /// The digest of a string's UTF-8 bytes.
    public init(of text: String) {
        self.init(of: Array(text.utf8))
    }

    private init(_ digest: SHA256.Digest) {
        var w = (UInt64(0), UInt64(0), UInt64(0), UInt64(0))
        digest.withUnsafeBytes { raw in withUnsafeMutableBytes(of: &w) { $0.copyMemory(from: raw) } }
        words = w
    }

    /// A digest from its 32 bytes (as `withUnsafeBytes(of:)` gives them).
    init(bytes: [UInt8]) {
        var w = (UInt64(0), UInt64(0), UInt64(0), UInt64(0))
        withUnsafeMutableBytes(of: &w) { $0.copyBytes(from: bytes.prefix(32)) }
        words = w
    }

    /// The digest written as 64 hex digits (either case); nil for any other text.
    public init?(hex text: String) {
        guard text.utf8.count == 64 else { return nil }
        var bytes = [UInt8](repeating: 0, count: 32)
        var i = 0
        for c in text.utf8 {
            guard let v = Hex.value(c) else { return nil }
            bytes[i / 2] = i % 2 == 0 ? v << 4 : bytes[i / 2] | v
            i += 1
        }
        var w = (UInt64(0), UInt64(0), UInt64(0), UInt64(0))
        withUnsafeMutableBytes(of: &w) { $0.copyBytes(from: bytes) }
        words = w
    }

    /// 64 lowercase hex digits, as `sha256sum` prints them.
    public var hex: String {
        withUnsafeBytes(of: words) { Hex.lowercase($0) }
    }

    public var description: String { hex }

    public static func == (a: Self, b: Self) -> Bool {
        a.words.0 == b.words.0 && a.words.1 == b.words.1 && a.words.2 == b.words.2 && a.words.3 == b.words.3
    }

    public func hash(into h: inout Hasher) {
        h.combine(words.0)
        h.combine(words.1)
        h.combine(words.2)
        h.combine(words.3)
    }
}
