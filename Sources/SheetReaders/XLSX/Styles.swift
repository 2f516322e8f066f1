/// Parses `styles.xml` into one flag per cell format (`cellXfs` index): does it show a date?
final class StylesParser: XMLHandler {
    private(set) var dateStyles: [Bool] = []
    private var customDate: [Int: Bool] = [:]
    private var inCellXfs = false

    func start(_ name: XMLName, _ attributes: XMLAttributes) throws(ReadError) {
        if name.is("numFmt") {
            if let id = attributes.value("numFmtId").flatMap(Numbers.int),
               let code = attributes.string("formatCode") {
                customDate[id] = Self.isDateFormat(code)
            }
        } else if name.is("cellXfs") {
            inCellXfs = true
        } else if inCellXfs, name.is("xf") {
            guard dateStyles.count < 65_536 else { return }
            let id = attributes.value("numFmtId").flatMap(Numbers.int) ?? 0
            dateStyles.append(customDate[id] ?? Self.isBuiltInDate(id))
        }
    }

    func end(_ name: XMLName) throws(ReadError) {
        if name.is("cellXfs") { inCellXfs = false }
    }

    func text(_ bytes: UnsafeBufferPointer<UInt8>) {}

    /// Built-in formats that show a calendar date (time-only and elapsed formats do not).
    static func isBuiltInDate(_ id: Int) -> Bool {
        switch id {
        case 14...17, 22, 27...36, 50...58, 71...76, 78...81: return true
        default: return false
        }
    }

    /// True when a format code shows a calendar date: it has a year or day part, or a month
    /// without hours or seconds. Quoted text, `\x` escapes, `_x` / `*x` fills and `[...]`
    /// (colours, locales, elapsed `[h]`) are skipped.
    static func isDateFormat(_ code: String) -> Bool {
        var y = false, d = false, m = false, h = false, s = false
        var it = code.utf8.makeIterator()
        while let c = it.next() {
            switch c {
            case 0x22: while let q = it.next(), q != 0x22 {}
            case 0x5C, 0x5F, 0x2A: _ = it.next()
            case 0x5B: while let q = it.next(), q != 0x5D {}
            case 0x79, 0x59: y = true
            case 0x64, 0x44: d = true
            case 0x6D, 0x4D: m = true
            case 0x68, 0x48: h = true
            case 0x73, 0x53: s = true
            default: break
            }
        }
        return y || d || (m && !h && !s)
    }
}
