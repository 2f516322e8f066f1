import Glibc

/// What `XMLScanner.next()` found.
enum XMLToken {
    /// An element opens (`selfClosing` tells `<x/>`; its `.end` follows).
    case start
    /// An element closes.
    case end
    /// Character data or a CDATA section inside the root element.
    case text
    /// The document ended, well-formed.
    case done
}

/// One attribute of the current start tag, as offsets into the document.
struct XMLAttribute {
    var nameStart: Int
    var nameEnd: Int
    /// Start of the local part (after the last `:`).
    var localStart: Int
    var valueStart: Int
    var valueEnd: Int
    /// True when the value holds `&` or a tab, CR or LF, so `XMLText.decode` must run.
    var needsDecoding: Bool
}

/// A non-validating pull scanner over a whole UTF-8 document in memory: the SpreadsheetML
/// subset the readers use, without allocating per token.
///
/// It checks what makes a document well-formed in structure — names, attribute syntax
/// (both quote styles, whitespace between attributes, no `<` in values, no duplicates),
/// matching end tags, one root element, nothing but whitespace, comments and processing
/// instructions outside it, comments and CDATA sections closed — and bounds the nesting
/// depth. A DOCTYPE (hence any ENTITY declaration) is refused with `xmlDTD`; nothing is
/// ever expanded or loaded. Entity and character references are checked wherever they
/// occur, attribute values are checked to be UTF-8 XML characters; in character data,
/// UTF-8 validity and control characters are checked when the text is made into a
/// String (`Text.xml`), so bytes no reader uses are not looked at twice.
///
/// The document must be followed by a NUL byte (`XMLDocument.scan` sees to it): NUL is in
/// no class, so every inner loop stops at it without a bounds check, and reaching it at
/// `count` means the input is truncated (`xmlMalformed`); a NUL before that is invalid.
struct XMLScanner: ~Copyable {
    let base: UnsafePointer<UInt8>
    let count: Int
    let file: String
    let part: String
    let maxDepth: Int
    /// Offset of the next byte to scan.
    /// (Advanced by the token functions and `quickCell`.)
    var pos: Int

    /// The current element's qualified name and local part (start and end tokens).
    private(set) var nameStart = 0
    private(set) var nameEnd = 0
    private(set) var localStart = 0
    /// True when the current start tag is `<x/>`.
    private(set) var selfClosing = false
    /// The current text token's bytes; `textNeedsDecoding` when it holds `&` or CR
    /// (never for CDATA, whose only transformation is CR/LF normalisation: see `textIsCDATA`).
    private(set) var textStart = 0
    private(set) var textEnd = 0
    private(set) var textNeedsDecoding = false
    private(set) var textIsCDATA = false
    /// Attributes of the current start tag.
    private(set) var attributes: UnsafeMutablePointer<XMLAttribute>
    private(set) var attributeCount = 0
    var attributeCapacity = 8
    /// Names of the open elements (offset, length), innermost last.
    var stack: UnsafeMutablePointer<(Int, Int)>
    var stackCapacity = 16
    /// Open elements.
    private(set) var depth = 0
    private var pendingEnd = false
    private var seenRoot = false
    /// `classes`, loaded once (a static is re-checked for initialisation on every access).
    let cls: UnsafePointer<UInt8>

    /// A scanner over `count` bytes at `base`, starting at `offset`; `base[count]` must be
    /// a readable NUL (see `XMLDocument.scan`).
    init(terminated base: UnsafePointer<UInt8>, count: Int, offset: Int = 0, file: String, part: String,
         maxDepth: Int) {
        precondition(base[count] == 0, "XMLScanner needs a NUL after the document")
        self.base = base
        self.count = count
        pos = offset
        self.file = file
        self.part = part
        self.maxDepth = maxDepth
        attributes = .allocate(capacity: attributeCapacity)
        stack = .allocate(capacity: stackCapacity)
        cls = Self.classes
    }

    deinit {
        attributes.deallocate()
        stack.deallocate()
    }

    @inline(__always) func isSpace(_ c: UInt8) -> Bool { cls[Int(c)] & Self.spaceBit != 0 }

    /// Offset of the first byte at or after `p` that is not whitespace (stops at the NUL).
    @inline(__always) func skipSpace(_ p: Int) -> Int {
        var p = p
        while cls[Int(base[p])] & Self.spaceBit != 0 { p &+= 1 }
        return p
    }

    // MARK: Errors

    /// An `xmlMalformed` error at `offset` (the current position by default), with
    /// expat-style line and column.
    func malformed(_ what: String, at offset: Int? = nil) -> ReadError {
        let at = min(offset ?? pos, count)
        var line = 1, column = 0
        for i in 0..<at {
            if base[i] == 0x0A { line += 1; column = 0 } else if base[i] & 0xC0 != 0x80 { column += 1 }
        }
        return ReadError(.xmlMalformed, file: file, part: part, detail: "\(what), line \(line) column \(column)")
    }

    /// The error for a token that breaks at `p`: truncated when `p` is the end.
    func tokenError(_ p: Int) -> ReadError {
        malformed(p < count ? "not well-formed (invalid token)" : "unclosed token", at: p)
    }

    // MARK: Tokens

    /// The next token; `.done` once the root element has closed and only whitespace,
    /// comments and processing instructions follow.
    mutating func next() throws(ReadError) -> XMLToken {
        if pendingEnd {
            pendingEnd = false
            depth &-= 1
            return .end
        }
        while true {
            guard pos < count else {
                if depth > 0 || !seenRoot { throw malformed(seenRoot ? "unclosed token" : "no element found") }
                return .done
            }
            if base[pos] != 0x3C {
                let start = pos
                let end = findByte(0x3C, from: pos) ?? count
                if depth == 0 {
                    for i in start..<end where !isSpace(base[i]) {
                        throw malformed(seenRoot ? "junk after document element" : "syntax error", at: i)
                    }
                    pos = end
                    continue
                }
                pos = end
                textStart = start
                textEnd = end
                textIsCDATA = false
                let (amp, cr) = textStops(start, end)
                textNeedsDecoding = amp || cr
                if amp, let problem = XMLText.checkReferences(bytes(start, end)) {
                    throw malformed(problem.message, at: start)
                }
                return .text
            }
            switch base[pos &+ 1] {  // the NUL after the document makes this read safe
            case 0x2F: return try endTag()
            case 0x3F: try processingInstruction()
            case 0x21:
                if matches("<!--", at: pos) {
                    try comment()
                } else if matches("<![CDATA[", at: pos) {
                    guard depth > 0 else { throw malformed("syntax error") }
                    let start = pos + 9
                    guard let end = find("]]>", from: start) else { throw malformed("unclosed CDATA section") }
                    pos = end + 3
                    textStart = start
                    textEnd = end
                    textIsCDATA = true
                    textNeedsDecoding = findByte(0x0D, from: start, to: end) != nil
                    return .text
                } else if matches("<!DOCTYPE", at: pos) {
                    if seenRoot { throw malformed("syntax error") }
                    let e = skipSpace(pos + 9)
                    var n = e
                    while cls[Int(base[n])] & Self.nameBit != 0, n - e < 64 { n += 1 }
                    let name = String(decoding: UnsafeBufferPointer(start: base + e, count: n - e), as: UTF8.self)
                    throw ReadError(.xmlDTD, file: file, part: part, detail: "<!DOCTYPE " + name)
                } else {
                    throw malformed(pos + 1 < count ? "syntax error" : "unclosed token")
                }
            default:
                return try startTag()
            }
        }
    }

    /// True when the bytes at `offset` spell `literal`.
    @inline(__always)
    func matches(_ literal: StaticString, at offset: Int) -> Bool {
        let n = literal.utf8CodeUnitCount
        guard offset + n <= count else { return false }
        return memcmp(base + offset, literal.utf8Start, n) == 0
    }

    /// Offset of the first `byte` in `from..<to` (to the end by default).
    @inline(__always)
    func findByte(_ byte: UInt8, from: Int, to: Int? = nil) -> Int? {
        let end = to ?? count
        guard from < end else { return nil }
        guard let p = memchr(base + from, Int32(byte), end - from) else { return nil }
        return UnsafeRawPointer(p).assumingMemoryBound(to: UInt8.self) - base
    }

    /// Offset of the first occurrence of `literal` at or after `from`.
    func find(_ literal: StaticString, from: Int) -> Int? {
        let first = literal.utf8Start[0]
        var i = from
        while let hit = findByte(first, from: i) {
            if matches(literal, at: hit) { return hit }
            i = hit + 1
        }
        return nil
    }

    /// Whether `start..<end` holds `&` and CR.
    @inline(__always)
    private func textStops(_ start: Int, _ end: Int) -> (amp: Bool, cr: Bool) {
        if end - start <= 32 {
            var amp = false, cr = false
            for i in start..<end where cls[Int(base[i])] & Self.textStopBit != 0 {
                if base[i] == 0x26 { amp = true } else { cr = true }
            }
            return (amp, cr)
        }
        return (findByte(0x26, from: start, to: end) != nil, findByte(0x0D, from: start, to: end) != nil)
    }

    /// Scans a name at `start`; returns its end and local start, or nil when none starts there.
    @inline(__always)
    func scanName(_ start: Int) -> (end: Int, local: Int)? {
        var p = start
        var c = base[p]
        guard cls[Int(c)] & Self.nameStartBit != 0 else { return nil }
        var local = p
        while true {
            if c == 0x3A { local = p &+ 1 }
            p &+= 1
            c = base[p]
            if cls[Int(c)] & Self.nameBit == 0 { break }
        }
        return (p, local)
    }

    /// True when the `length` bytes at `a` and `b` are equal (short names: no libc call).
    @inline(__always)
    func same(_ a: Int, _ b: Int, _ length: Int) -> Bool {
        if length > 16 { return memcmp(base + a, base + b, length) == 0 }
        var k = 0
        while k < length {
            if base[a &+ k] != base[b &+ k] { return false }
            k &+= 1
        }
        return true
    }

    private mutating func startTag() throws(ReadError) -> XMLToken {
        if seenRoot && depth == 0 { throw malformed("junk after document element") }
        var p = pos &+ 1
        guard let (end, local) = scanName(p) else { throw tokenError(p) }
        nameStart = p
        localStart = local
        nameEnd = end
        p = end
        var n = 0
        var closing = false
        while true {
            let before = p
            p = skipSpace(p)
            let c = base[p]
            if c == 0x3E { p &+= 1; break }
            if c == 0x2F {
                guard base[p &+ 1] == 0x3E else { throw tokenError(p &+ 1) }
                p &+= 2
                closing = true
                break
            }
            guard p > before, let (nameEnd, local) = scanName(p) else { throw tokenError(p) }
            let nameStart = p
            p = nameEnd
            if base[p] != 0x3D { p = skipSpace(p) }
            guard base[p] == 0x3D else { throw tokenError(p) }
            p &+= 1
            var quote = base[p]
            if quote != 0x22, quote != 0x27 {
                p = skipSpace(p)
                quote = base[p]
                guard quote == 0x22 || quote == 0x27 else { throw tokenError(p) }
            }
            p &+= 1
            let valueStart = p
            var decode = false, amp = false, nonASCII = false
            while true {
                while cls[Int(base[p])] & Self.valueStopBit == 0 { p &+= 1 }
                let v = base[p]
                if v == quote { break }
                switch v {
                case 0x26: decode = true; amp = true
                case 0x09, 0x0A, 0x0D: decode = true
                case 0x22, 0x27: break
                case 0x80...: nonASCII = true
                default: throw tokenError(p)  // `<`, a control character, or the end
                }
                p &+= 1
            }
            let valueEnd = p
            p &+= 1
            if amp, let problem = XMLText.checkReferences(bytes(valueStart, valueEnd)) {
                throw malformed(problem.message, at: valueStart)
            }
            if nonASCII, !XMLText.isValid(bytes(valueStart, valueEnd)) {
                throw malformed("not well-formed (invalid token)", at: valueStart)
            }
            let length = nameEnd &- nameStart
            let first = base[nameStart]
            var k = 0
            while k < n {
                let a = attributes[k]
                if a.nameEnd &- a.nameStart == length, base[a.nameStart] == first, same(a.nameStart, nameStart, length) {
                    throw malformed("duplicate attribute", at: nameStart)
                }
                k &+= 1
            }
            if n == attributeCapacity { growAttributes() }
            attributes[n] = XMLAttribute(nameStart: nameStart, nameEnd: nameEnd, localStart: local,
                                         valueStart: valueStart, valueEnd: valueEnd, needsDecoding: decode)
            n &+= 1
        }
        pos = p
        attributeCount = n
        selfClosing = closing
        depth &+= 1
        if depth > maxDepth {
            throw ReadError(.xmlTooDeep, file: file, part: part, detail: "> \(maxDepth)")
        }
        seenRoot = true
        if closing {
            pendingEnd = true
        } else {
            if depth > stackCapacity { growStack() }
            stack[depth &- 1] = (nameStart, nameEnd &- nameStart)
        }
        return .start
    }

    private mutating func growAttributes() {
        let bigger = UnsafeMutablePointer<XMLAttribute>.allocate(capacity: attributeCapacity * 2)
        bigger.moveInitialize(from: attributes, count: attributeCapacity)
        attributes.deallocate()
        attributes = bigger
        attributeCapacity *= 2
    }

    private mutating func growStack() {
        let bigger = UnsafeMutablePointer<(Int, Int)>.allocate(capacity: stackCapacity * 2)
        bigger.moveInitialize(from: stack, count: stackCapacity)
        stack.deallocate()
        stack = bigger
        stackCapacity *= 2
    }

    private mutating func endTag() throws(ReadError) -> XMLToken {
        guard depth > 0 else { throw malformed(seenRoot ? "junk after document element" : "syntax error") }
        let start = pos &+ 2
        guard let (end, local) = scanName(start) else { throw tokenError(start) }
        let p = skipSpace(end)
        guard base[p] == 0x3E else { throw tokenError(p) }
        let (open, length) = stack[depth &- 1]
        guard length == end &- start, same(open, start, length) else {
            throw malformed("mismatched tag", at: pos)
        }
        nameStart = start
        nameEnd = end
        localStart = local
        pos = p &+ 1
        depth &-= 1
        selfClosing = false
        return .end
    }
}
