/// Reading the current token: names, attributes, values and text.
extension XMLScanner {
    /// True when the current element's local name is `literal`.
    @inline(__always)
    func isNamed(_ literal: StaticString) -> Bool {
        let n = literal.utf8CodeUnitCount
        guard nameEnd - localStart == n else { return false }
        let l = literal.utf8Start
        for k in 0..<n where base[localStart + k] != l[k] { return false }
        return true
    }

    /// The local name's length and first byte (0 when empty): a cheap dispatch key.
    @inline(__always)
    var localKey: (length: Int, first: UInt8) {
        (nameEnd - localStart, nameEnd > localStart ? base[localStart] : 0)
    }

    /// The attribute whose local name is `literal`, or nil.
    @inline(__always)
    func attribute(_ literal: StaticString) -> XMLAttribute? {
        let n = literal.utf8CodeUnitCount
        let l = literal.utf8Start
        search: for k in 0..<attributeCount {
            let a = attributes[k]
            guard a.nameEnd - a.localStart == n else { continue }
            for j in 0..<n where base[a.localStart + j] != l[j] { continue search }
            return a
        }
        return nil
    }

    /// The raw bytes of `start..<end`.
    @inline(__always)
    func bytes(_ start: Int, _ end: Int) -> UnsafeBufferPointer<UInt8> {
        UnsafeBufferPointer(start: base + start, count: end - start)
    }

    /// Calls `body` with the value of an attribute, decoded when it needs decoding.
    func withValue<R>(_ a: XMLAttribute, _ body: (UnsafeBufferPointer<UInt8>) throws(ReadError) -> R) throws(ReadError) -> R {
        let raw = bytes(a.valueStart, a.valueEnd)
        guard a.needsDecoding else { return try body(raw) }
        var out: [UInt8] = []
        out.reserveCapacity(raw.count)
        do {
            try XMLText.decode(raw, attribute: true, into: &out)
        } catch {
            throw malformed(error.message, at: a.valueStart)
        }
        return try out.withBuffer(body)
    }

    /// An attribute's value as a non-negative integer (see `Numbers.int`).
    @inline(__always)
    func int(_ a: XMLAttribute) throws(ReadError) -> Int? {
        if !a.needsDecoding { return Numbers.int(bytes(a.valueStart, a.valueEnd)) }
        return try withValue(a) { (v) throws(ReadError) -> Int? in Numbers.int(v) }
    }

    /// An attribute's value as a String.
    func string(_ a: XMLAttribute) throws(ReadError) -> String {
        try withValue(a) { (v) throws(ReadError) -> String in String(decoding: v, as: UTF8.self) }
    }

    /// Appends the current text token, decoded, to `out`.
    func appendText(to out: inout [UInt8]) throws(ReadError) {
        let raw = bytes(textStart, textEnd)
        if !textNeedsDecoding {
            out.append(contentsOf: raw)
        } else if textIsCDATA {
            XMLText.normalizeLineEnds(raw, into: &out)
        } else {
            do {
                try XMLText.decode(raw, attribute: false, into: &out)
            } catch {
                throw malformed(error.message, at: textStart)
            }
        }
    }
}
