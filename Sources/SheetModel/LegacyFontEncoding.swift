/// A pre-Unicode Vietnamese encoding that a cell's font declares.
///
/// Text typed with these fonts is stored as Latin-1 look-alikes ("NguyÔn ThÞ Hßa"); a
/// reader that sees the font records the cell in `Sheet.legacyFontCells` so the text
/// can be converted to Unicode (SPEC §3.1).
public enum LegacyFontEncoding: String, Sendable, Hashable, Codable {
    /// TCVN3 (ABC): fonts named `.VnTime`, `.VnArial`, `.VnTimeH`…
    case tcvn3
    /// VNI: fonts named `VNI-Times`, `VNI-Helve`…
    case vni

    /// The encoding a font name declares, or nil for a Unicode font.
    public init?(fontName: String) {
        // Most fonts are neither: a first byte other than `.`, `v` or `V` says so at once.
        guard let first = fontName.utf8.first, first == 0x2E || first | 0x20 == 0x76 else { return nil }
        let name = fontName.utf8
        if name.first == UInt8(ascii: "."), name.count > 3,
           fontName.prefix(3).lowercased() == ".vn" {
            self = .tcvn3
        } else if fontName.count > 4, fontName.prefix(4).lowercased() == "vni-" {
            self = .vni
        } else {
            return nil
        }
    }
}
