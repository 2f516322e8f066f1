import Crypto

/// Lowercase hex SHA-256, as `sha256sum` prints it.
public enum SHA256Hex {
    /// The digest of some bytes.
    public static func digest(_ bytes: some Sequence<UInt8>) -> String {
        let digest = SHA256.hash(data: Array(bytes))
        let hex: [Character] = Array("0123456789abcdef")
        var out = ""
        out.reserveCapacity(64)
        for b in digest {
            out.append(hex[Int(b >> 4)])
            out.append(hex[Int(b & 0x0F)])
        }
        return out
    }
}
