import SheetModel

/// What an OpenDocument file's styles say that the reader needs: which table styles hide
/// a sheet (`table:display="false"`) and which fonts a cell or text style uses (for the
/// legacy TCVN3 / VNI fonts). Filled from `styles.xml` and the automatic styles of
/// `content.xml` (or the one document of a flat file).
final class ODFStyles {
    /// One `style:style` or `style:default-style`, as far as it matters here.
    struct Style {
        var parent: String?
        /// `style:font-name` (a font-face name) or `fo:font-family` (a family), in that order.
        var fontName: String?
        var fontFamily: String?
        /// `table:display` of a table style.
        var display: Bool?
    }

    /// `style:font-face` name → font family (first family, quotes removed).
    private(set) var fontFaces: [String: String] = [:]
    /// "family/name" → style.
    private var styles: [String: Style] = [:]
    /// family → the `style:default-style` of that family.
    private var defaults: [String: Style] = [:]
    private var encodingCache: [String: LegacyFontEncoding?] = [:]
    private var current: (key: String, family: String, isDefault: Bool)?

    /// Most styles kept; a real document has a few hundred (bounded memory for hostile files).
    static let maxStyles = 100_000

    /// Handles a style element; returns false when the element is not about styles.
    func start(_ name: XMLName, _ attributes: XMLAttributes) -> Bool {
        if name.is("font-face") {
            if let face = attributes.string("name"), let family = attributes.string("font-family"),
               fontFaces.count < Self.maxStyles {
                fontFaces[face] = Self.firstFamily(family)
            }
            return true
        }
        if name.is("style") || name.is("default-style") {
            let family = attributes.string("family") ?? ""
            let isDefault = name.is("default-style")
            let key = family + "/" + (attributes.string("name") ?? "")
            current = (key, family, isDefault)
            let style = Style(parent: attributes.string("parent-style-name"))
            if isDefault { defaults[family] = style } else if styles.count < Self.maxStyles { styles[key] = style }
            return true
        }
        guard let current else { return false }
        if name.is("text-properties") {
            let font = attributes.string("font-name")
            let family = attributes.string("font-family").map(Self.firstFamily)
            update(current) { $0.fontName = font ?? $0.fontName; $0.fontFamily = family ?? $0.fontFamily }
            return true
        }
        if name.is("table-properties") {
            if let display = attributes.string("display") {
                update(current) { $0.display = display != "false" }
            }
            return true
        }
        return false
    }

    /// Ends a style element.
    func end(_ name: XMLName) {
        if name.is("style") || name.is("default-style") { current = nil }
    }

    private func update(_ c: (key: String, family: String, isDefault: Bool), _ change: (inout Style) -> Void) {
        if c.isDefault {
            if var s = defaults[c.family] { change(&s); defaults[c.family] = s }
        } else if var s = styles[c.key] {
            change(&s)
            styles[c.key] = s
        }
        encodingCache.removeAll()
    }

    /// False when the table style hides its sheet.
    func isDisplayed(tableStyle: String?) -> Bool {
        guard let tableStyle, let style = styles["table/" + tableStyle] else { return true }
        return style.display ?? true
    }

    /// The legacy encoding a style's font declares (following parents, then the family's
    /// default style); nil for Unicode fonts and unknown styles.
    func encoding(family: String, style name: String?) -> LegacyFontEncoding? {
        let key = family + "/" + (name ?? "")
        if let cached = encodingCache[key] { return cached }
        var result: LegacyFontEncoding?
        if let font = font(family: family, name: name) { result = LegacyFontEncoding(fontName: font) }
        encodingCache[key] = result
        return result
    }

    /// The font family a style resolves to, or nil when none is set anywhere up its chain.
    func font(family: String, name: String?) -> String? {
        var next = name
        for _ in 0..<16 {
            guard let n = next, let style = styles[family + "/" + n] else { break }
            if let f = fontOf(style) { return f }
            next = style.parent
        }
        return defaults[family].flatMap(fontOf)
    }

    /// True when the style (or a parent) names a font of its own.
    func hasFont(family: String, name: String?) -> Bool {
        var next = name
        for _ in 0..<16 {
            guard let n = next, let style = styles[family + "/" + n] else { return false }
            if style.fontName != nil || style.fontFamily != nil { return true }
            next = style.parent
        }
        return false
    }

    private func fontOf(_ style: Style) -> String? {
        if let name = style.fontName { return fontFaces[name] ?? name }
        return style.fontFamily
    }

    /// `'.VnTime', serif` → `.VnTime`.
    static func firstFamily(_ list: String) -> String {
        let first = list.split(separator: ",", maxSplits: 1).first.map(String.init) ?? list
        var s = Substring(first)
        while let c = s.first, c == " " || c == "'" || c == "\"" { s.removeFirst() }
        while let c = s.last, c == " " || c == "'" || c == "\"" { s.removeLast() }
        return String(s)
    }
}
