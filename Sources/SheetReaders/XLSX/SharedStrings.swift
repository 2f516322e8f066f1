import SheetModel

/// The shared strings of a workbook: their decoded bytes in one arena, made into
/// Strings (`_xHHHH_` escapes decoded, NFC) only when a cell refers to them, once each.
///
/// Rich-text runs are joined and phonetic runs (`rPh`) dropped; the declared counts are
/// never trusted. A run's own font (`<rPr><rFont val=".VnTime"/>`) is kept when it
/// declares a legacy encoding.
final class SharedStrings {
    private var arena: [UInt8] = []
    /// Start of each string in `arena`; one more entry marks the end of the last.
    private var starts: [Int] = [0]
    private var cache: [String?] = []
    /// Per string: 0 not made yet, 1 looks typed in a TCVN3 / VNI font, 2 does not.
    private var legacyLook: [UInt8] = []
    /// Per string, what its runs' fonts say (see `RunFont`); empty when no run names a font.
    private var runFonts: [RunFont] = []
    let file: String
    let part: String

    /// What the fonts of a string's runs say about its encoding.
    enum RunFont: UInt8 {
        /// No run names a font: the cell's font applies.
        case inherited
        /// Every run names a Unicode font.
        case unicode
        case tcvn3
        case vni
    }

    init(file: String, part: String) {
        self.file = file
        self.part = part
    }

    /// True when some string's runs name their font.
    var hasRunFonts: Bool { !runFonts.isEmpty }

    /// Number of strings.
    var count: Int { starts.count - 1 }

    /// The string at `i` (i < count); throws when its bytes are not valid UTF-8 XML text.
    func string(_ i: Int) throws(ReadError) -> String {
        if let s = cache[i] { return s }
        let made = try arena.withBuffer { (b) throws(ReadError) -> (string: String, looksLegacy: Bool) in
            let piece = UnsafeBufferPointer(rebasing: b[starts[i]..<starts[i + 1]])
            guard let made = Text.xmlText(piece) else {
                throw ReadError(.xmlMalformed, file: file, part: part,
                                detail: "not well-formed (invalid token), string \(i)")
            }
            return made
        }
        cache[i] = made.string
        legacyLook[i] = made.looksLegacy ? 1 : 2
        return made.string
    }

    /// True when string `i` (already made by `string(_:)`) looks typed in a TCVN3 / VNI
    /// font (`LossyCheck.looksLegacy`), found while making it.
    func looksLegacy(_ i: Int) -> Bool {
        if legacyLook[i] == 0, let s = cache[i] { legacyLook[i] = LossyCheck.looksLegacy(s) ? 1 : 2 }
        return legacyLook[i] == 1
    }

    /// The legacy encoding the runs of string `i` declare, `.some(nil)` when its runs name
    /// Unicode fonts only, nil when the cell's font decides.
    func runEncoding(_ i: Int) -> LegacyFontEncoding?? {
        guard i < runFonts.count else { return nil }
        switch runFonts[i] {
        case .inherited: return nil
        case .unicode: return .some(nil)
        case .tcvn3: return .some(.tcvn3)
        case .vni: return .some(.vni)
        }
    }

    /// Parses `sharedStrings.xml`.
    static func read(_ archive: ZipArchive, part: String, file: String,
                     limits: ReadLimits) throws(ReadError) -> SharedStrings {
        let table = SharedStrings(file: file, part: part)
        var parsed = Parsed()
        try archive.withEntry(part) { (bytes) throws(ReadError) -> Void in
            try XMLDocument.scan(bytes, terminated: true, file: file, part: part, limits: limits) { (scanner) throws(ReadError) in
                try parsed.parse(&scanner, limits: limits, file: file, part: part)
            }
        }
        let count = parsed.starts.count - 1
        if !parsed.runFonts.isEmpty, parsed.runFonts.count < count {
            parsed.runFonts += Array(repeating: .inherited, count: count - parsed.runFonts.count)
        }
        table.arena = parsed.arena
        table.starts = parsed.starts
        table.runFonts = parsed.runFonts
        table.cache = Array(repeating: nil, count: count)
        table.legacyLook = Array(repeating: 0, count: count)
        return table
    }

    /// What parsing builds, in locals (a class's stored properties cost an access check each).
    private struct Parsed {
        var arena: [UInt8] = []
        var starts: [Int] = [0]
        var runFonts: [RunFont] = []

        mutating func parse(_ scanner: inout XMLScanner, limits: ReadLimits, file: String,
                            part: String) throws(ReadError) {
            var inItem = false, inText = false, inPhonetic = false
            var runs = 0, runsWithFont = 0
            var legacy: LegacyFontEncoding?
            arena.reserveCapacity(scanner.count / 2)
            while true {
                // A plain item in one go, as `<si>`, `<t>`, its text, `</t>`, `</si>` would read.
                if !inItem, !inPhonetic, let text = scanner.quickSharedString() {
                    arena.append(contentsOf: scanner.bytes(text.lowerBound, text.upperBound))
                    try finishItem(limits: limits, file: file, part: part, runs: 0, runsWithFont: 0, legacy: nil)
                    continue
                }
                switch try scanner.next() {
                case .start:
                    let (length, first) = scanner.localKey
                    if length == 1, first == 0x74 {  // t
                        inText = inItem && !inPhonetic
                    } else if length == 2, scanner.isNamed("si") {
                        inItem = true
                        runs = 0; runsWithFont = 0; legacy = nil
                        if arena.count > starts[starts.count - 1] { arena.removeSubrange(starts[starts.count - 1]...) }
                    } else if length == 1, first == 0x72, inItem, !inPhonetic {  // r
                        runs += 1
                    } else if length == 3, scanner.isNamed("rPh") {
                        inPhonetic = true
                    } else if length == 5, inItem, !inPhonetic, scanner.isNamed("rFont"),
                              let a = scanner.attribute("val") {
                        runsWithFont += 1
                        if legacy == nil { legacy = LegacyFontEncoding(fontName: try scanner.string(a)) }
                    } else if length == 3, scanner.isNamed("sst"), let a = scanner.attribute("uniqueCount"),
                              let n = try scanner.int(a) {
                        starts.reserveCapacity(min(n, 4096) + 1)
                    }
                case .end:
                    let (length, first) = scanner.localKey
                    if length == 1, first == 0x74 {
                        inText = false
                    } else if length == 3, scanner.isNamed("rPh") {
                        inPhonetic = false
                    } else if length == 2, scanner.isNamed("si") {
                        inItem = false
                        try finishItem(limits: limits, file: file, part: part, runs: runs, runsWithFont: runsWithFont,
                                       legacy: legacy)
                    }
                case .text:
                    if inText { try scanner.appendText(to: &arena) }
                case .done:
                    return
                }
            }
        }

        /// An item ends: the limits, its runs' font, where it ends.
        mutating func finishItem(limits: ReadLimits, file: String, part: String, runs: Int, runsWithFont: Int,
                                 legacy: LegacyFontEncoding?) throws(ReadError) {
            let count = starts.count - 1
            guard count < limits.maxSharedStrings else {
                throw ReadError(.tooManySharedStrings, file: file, part: part, detail: "> \(limits.maxSharedStrings)")
            }
            guard arena.count <= limits.maxSharedStringBytes else {
                throw ReadError(.tooManySharedStrings, file: file, part: part,
                                detail: "> \(limits.maxSharedStringBytes) bytes")
            }
            let font: RunFont = legacy == .tcvn3 ? .tcvn3 : legacy == .vni ? .vni
                : runs > 0 && runsWithFont >= runs ? .unicode : .inherited
            if font != .inherited || !runFonts.isEmpty {
                if runFonts.count < count { runFonts += Array(repeating: .inherited, count: count - runFonts.count) }
                runFonts.append(font)
            }
            starts.append(arena.count)
        }
    }
}
