import SheetModel

/// What `styles.xml` says about each cell format (`cellXfs` index): does it show a date,
/// and does its font declare a legacy Vietnamese encoding (`.VnTime`, `VNI-Times`)?
struct Styles {
    private(set) var dateStyles: [Bool] = []
    /// Per cell format, its font's legacy encoding; empty when no font is legacy.
    private(set) var legacyFonts: [LegacyFontEncoding?] = []

    /// True when cell format `index` shows a date (false for no format, -1).
    @inline(__always)
    func isDate(_ index: Int) -> Bool { index >= 0 && index < dateStyles.count && dateStyles[index] }

    /// The legacy encoding of cell format `index`'s font, if any.
    @inline(__always)
    func legacyFont(_ index: Int) -> LegacyFontEncoding? {
        index >= 0 && index < legacyFonts.count ? legacyFonts[index] : nil
    }

    /// True when some cell format uses a legacy font.
    var hasLegacyFonts: Bool { !legacyFonts.isEmpty }

    /// Parses `styles.xml`.
    static func read(_ archive: ZipArchive, part: String, file: String, limits: ReadLimits) throws(ReadError) -> Styles {
        try archive.withEntry(part) { (bytes) throws(ReadError) -> Styles in
            try XMLDocument.scan(bytes, terminated: true, file: file, part: part, limits: limits) { (scanner) throws(ReadError) -> Styles in
                var styles = Styles()
                try styles.parse(&scanner)
                return styles
            }
        }
    }

    private mutating func parse(_ scanner: inout XMLScanner) throws(ReadError) {
        var customDate: [Int: Bool] = [:]
        var fonts: [LegacyFontEncoding?] = []
        var anyLegacyFont = false
        var xfFonts: [Int] = []
        var inCellXfs = false, inFonts = false, inFont = false
        while true {
            switch try scanner.next() {
            case .start:
                if scanner.isNamed("numFmt") {
                    if let id = try scanner.attribute("numFmtId").flatMap({ (a) throws(ReadError) in try scanner.int(a) }),
                       let a = scanner.attribute("formatCode") {
                        let isDate = try scanner.withValue(a) { (v) throws(ReadError) in Self.isDateFormat(v) }
                        customDate[id] = isDate
                    }
                } else if scanner.isNamed("cellXfs") {
                    inCellXfs = true
                } else if inCellXfs, scanner.isNamed("xf") {
                    guard dateStyles.count < 65_536 else { continue }
                    let id = try scanner.attribute("numFmtId").flatMap { (a) throws(ReadError) in try scanner.int(a) } ?? 0
                    dateStyles.append(customDate[id] ?? Self.isBuiltInDate(id))
                    xfFonts.append(try scanner.attribute("fontId").flatMap { (a) throws(ReadError) in try scanner.int(a) } ?? 0)
                } else if scanner.isNamed("fonts") {
                    inFonts = true
                } else if inFonts, scanner.isNamed("font") {
                    inFont = true
                    if fonts.count < 65_536 { fonts.append(nil) }
                } else if inFont, scanner.isNamed("name"), let a = scanner.attribute("val"), !fonts.isEmpty {
                    let name = try scanner.string(a)
                    if let legacy = LegacyFontEncoding(fontName: name) {
                        fonts[fonts.count - 1] = legacy
                        anyLegacyFont = true
                    }
                }
            case .end:
                if scanner.isNamed("cellXfs") { inCellXfs = false }
                else if scanner.isNamed("fonts") { inFonts = false }
                else if scanner.isNamed("font") { inFont = false }
            case .text:
                continue
            case .done:
                if anyLegacyFont {
                    legacyFonts = xfFonts.map { $0 < fonts.count ? fonts[$0] : nil }
                    if !legacyFonts.contains(where: { $0 != nil }) { legacyFonts = [] }
                }
                return
            }
        }
    }

    /// Built-in formats that show a calendar date (time-only and elapsed formats do not).
    static func isBuiltInDate(_ id: Int) -> Bool {
        switch id {
        case 14...17, 22, 27...36, 50...58, 71...76, 78...81: return true
        default: return false
        }
    }

    /// True when a format code shows a calendar date.
    static func isDateFormat(_ code: String) -> Bool {
        var code = code
        return code.withUTF8 { isDateFormat($0) }
    }

    /// True when a format code shows a calendar date: it has a year or day part, or a month
    /// without hours or seconds. Quoted text, `\\x` escapes, `_x` / `*x` fills and `[...]`
    /// (colours, locales, elapsed `[h]`) are skipped.
    static func isDateFormat(_ code: UnsafeBufferPointer<UInt8>) -> Bool {
        var y = false, d = false, m = false, h = false, s = false
        var it = code.makeIterator()
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
