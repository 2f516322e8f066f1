/// Comments and processing instructions: skipped, with the checks XML requires.
extension XMLScanner {
    /// Skips `<!-- … -->`; `--` inside a comment is refused, as XML requires.
    mutating func comment() throws(ReadError) {
        guard let dashes = find("--", from: pos + 4) else { throw malformed("unclosed token") }
        guard dashes + 2 < count else { throw malformed("unclosed token") }
        guard base[dashes + 2] == 0x3E else { throw malformed("not well-formed (invalid token)", at: dashes) }
        pos = dashes + 3
    }

    /// Skips `<?target …?>`; a target spelled `xml` in any case is reserved (the XML
    /// declaration itself was consumed by `XMLDocument` before scanning).
    mutating func processingInstruction() throws(ReadError) {
        let target = pos + 2
        guard let (end, _) = scanName(target) else { throw tokenError(target) }
        let length = end - target
        if length == 3, base[target] | 0x20 == 0x78, base[target + 1] | 0x20 == 0x6D, base[target + 2] | 0x20 == 0x6C {
            throw malformed("XML or text declaration not at start of entity", at: pos)
        }
        guard end < count else { throw malformed("unclosed token") }
        if base[end] != 0x3F && !isSpace(base[end]) { throw tokenError(end) }
        guard let close = find("?>", from: end) else { throw malformed("unclosed token") }
        pos = close + 2
    }
}
