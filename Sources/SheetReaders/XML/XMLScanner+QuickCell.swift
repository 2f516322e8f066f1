/// Plain worksheet cells scanned in one go.
extension XMLScanner {
    /// What `quickCell` found: value ranges of the `r`, `s` and `t` attributes and of the
    /// value's text, as offsets into the document.
    struct QuickCell {
        var r: Range<Int>?
        var s: Range<Int>?
        var t: Range<Int>?
        var value: Range<Int>?
    }

    /// Scans a whole cell element at the current position when it has the plain shape
    /// writers use: `<c` with attributes among `r`, `s`, `t` (double quotes, one space
    /// before each, values without `&`, `<`, controls or non-ASCII), then `/>`, `></c>`,
    /// `><v/></c>` or `><v>text</v></c>` with text free of `<`, `&` and CR. Anything else
    /// returns false and leaves the scanner untouched, for `next()` to read (and judge).
    /// What this accepts is well-formed and reads the same as through `next()`.
    mutating func quickCell(_ q: inout QuickCell) -> Bool {
        var p = pos
        guard base[p] == 0x3C, base[p &+ 1] == 0x63 else { return false }  // "<c"
        p &+= 2
        q = QuickCell()
        while true {
            let c = base[p]
            if c == 0x3E { p &+= 1; break }  // ">"
            if c == 0x2F {  // "/>"
                guard base[p &+ 1] == 0x3E, depth < maxDepth else { return false }
                pos = p &+ 2
                return true
            }
            guard c == 0x20, base[p &+ 2] == 0x3D, base[p &+ 3] == 0x22 else { return false }  // ` x="`
            let name = base[p &+ 1]
            let start = p &+ 4
            var e = start
            while cls[Int(base[e])] & Self.valueStopBit == 0 { e &+= 1 }
            guard base[e] == 0x22 else { return false }
            switch name {
            case 0x72: guard q.r == nil else { return false }; q.r = start..<e
            case 0x73: guard q.s == nil else { return false }; q.s = start..<e
            case 0x74: guard q.t == nil else { return false }; q.t = start..<e
            default: return false
            }
            p = e &+ 1
        }
        guard depth &+ 2 <= maxDepth else { return false }
        if matches("</c>", at: p) {
            pos = p &+ 4
            return true
        }
        if matches("<v/></c>", at: p) {
            q.value = p..<p
            pos = p &+ 8
            return true
        }
        guard matches("<v>", at: p) else { return false }
        let start = p &+ 3
        guard let end = findByte(0x3C, from: start) else { return false }
        var k = start
        while k < end {
            let c = base[k]
            if c == 0x26 || c == 0x0D { return false }
            k &+= 1
        }
        guard matches("</v></c>", at: end) else { return false }
        q.value = start..<end
        pos = end &+ 8
        return true
    }
}

extension XMLScanner {
    /// Scans a whole shared string item at the current position when it is plain text:
    /// `<si><t>text</t></si>` (or `<t xml:space="preserve">`), the text free of `<`, `&`
    /// and CR. Returns the text's range, or nil leaving the scanner untouched for `next()`.
    mutating func quickSharedString() -> Range<Int>? {
        let p = pos
        guard base[p] == 0x3C, base[p &+ 1] == 0x73, base[p &+ 2] == 0x69, depth &+ 2 <= maxDepth else { return nil }
        let start: Int
        if matches("<si><t>", at: p) {
            start = p &+ 7
        } else if matches("<si><t xml:space=\"preserve\">", at: p) {
            start = p &+ 28
        } else {
            return nil
        }
        guard let end = findByte(0x3C, from: start) else { return nil }
        var k = start
        while k < end {
            let c = base[k]
            if c == 0x26 || c == 0x0D { return nil }
            k &+= 1
        }
        guard matches("</t></si>", at: end) else { return nil }
        pos = end &+ 9
        return start..<end
    }
}
