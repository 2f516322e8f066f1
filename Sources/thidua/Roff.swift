/// Text for roff's man(7) macros: every character that roff would read as markup is
/// escaped, so a help string can never turn into a request or lose a backslash.
enum Roff {
    /// `text` escaped for use inside a line: a backslash as `\e`, every hyphen-minus as
    /// `\-` (so options and paths copy as typed and never break at the hyphen).
    static func inline(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for c in text {
            switch c {
            case "\\": out += "\\e"
            case "-": out += "\\-"
            case "\n", "\r": out += " "
            default: out.append(c)
            }
        }
        return out
    }

    /// An escaped line guarded so that it can never start a request: roff reads a line
    /// that begins with `.` or `'` as a macro, so `\&` (a zero-width character) goes first.
    static func line(_ escaped: String) -> String {
        guard let first = escaped.first, first == "." || first == "'" else { return escaped }
        return "\\&" + escaped
    }

    /// `text` as filled text: escaped, leading blanks removed (a line that starts with a
    /// blank would break the paragraph), wrapped at spaces into input lines of at most
    /// `width` bytes where it can be, each guarded.
    static func textLine(_ text: String, width: Int = 80) -> String {
        let escaped = inline(String(text.drop { $0 == " " || $0 == "\t" }))
        var lines: [String] = []
        var current = ""
        for word in escaped.split(separator: " ", omittingEmptySubsequences: true) {
            if !current.isEmpty, current.utf8.count + 1 + word.utf8.count > width {
                lines.append(line(current))
                current = ""
            }
            current += (current.isEmpty ? "" : " ") + word
        }
        lines.append(line(current))
        return lines.joined(separator: "\n")
    }

    /// One argument of a macro, quoted (a `"` inside becomes `\(dq`).
    static func argument(_ text: String) -> String {
        "\"" + inline(text).replacingOccurrences(of: "\"", with: "\\(dq") + "\""
    }

    /// Bold text, back to roman after it.
    static func bold(_ text: String) -> String { "\\fB" + inline(text) + "\\fR" }

    /// Italic text (a value to be replaced), back to roman after it.
    static func italic(_ text: String) -> String { "\\fI" + inline(text) + "\\fR" }

    /// A help text as roff lines: paragraphs split by blank lines start with `paragraph`
    /// (`.PP`, or `.IP` inside a list); indented lines (examples) keep their layout in an
    /// indented no-fill block.
    static func body(_ text: String, paragraph: String = ".PP") -> [String] {
        var out: [String] = []
        var block: [Substring] = []
        func flush() {
            guard !block.isEmpty else { return }
            if !out.isEmpty { out.append(paragraph) }
            var i = 0
            while i < block.count {
                if isIndented(block[i]) {
                    var example: [Substring] = []
                    while i < block.count, isIndented(block[i]) { example.append(block[i]); i += 1 }
                    let margin = example.map { $0.prefix { $0 == " " || $0 == "\t" }.count }.min() ?? 0
                    out += [".RS 4", ".nf"] + example.map { line(inline(String($0.dropFirst(margin)))) } + [".fi", ".RE"]
                    if i < block.count { out.append(paragraph) }
                } else {
                    out.append(textLine(String(block[i])))
                    i += 1
                }
            }
            block = []
        }
        for raw in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let trimmed = raw.drop { $0 == " " || $0 == "\t" }
            if trimmed.isEmpty { flush() } else { block.append(raw) }
        }
        flush()
        return out
    }

    private static func isIndented(_ line: Substring) -> Bool { line.first == " " || line.first == "\t" }
}
