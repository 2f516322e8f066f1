/// A Swift source file read as the compiler reads it, as far as a check of its text needs:
/// comments (`//`, `///`, nested `/* */`) are no code, and string literals (`"…"`,
/// `"""…"""`, raw `#"…"#` with any number of `#`) are found with their escapes decoded
/// (`\n`, `\u{111}`, `\#(…)` in raw ones) and their interpolations read as code, so a
/// literal inside an interpolation is found too.
struct SwiftSource {
    /// A string literal: the line it starts on, and its text without its interpolations.
    struct Literal: Equatable {
        var line: Int
        var text: String
    }

    /// Every string literal, those inside interpolations included.
    let literals: [Literal]
    /// The source with every comment and every literal's text blanked out (lines kept).
    let code: String

    init(_ source: String) {
        var lexer = Lexer(Array(source.unicodeScalars))
        lexer.code(untilClosingParenthesis: false)
        literals = lexer.literals.sorted { $0.start < $1.start }.map(\.literal)
        var view = String.UnicodeScalarView()
        view.append(contentsOf: lexer.kept)
        code = String(view)
    }

    private struct Lexer {
        let scalars: [Unicode.Scalar]
        var index = 0
        var line = 1
        /// Each literal with where it starts, for putting them in source order.
        var literals: [(start: Int, literal: Literal)] = []
        /// What `code` shows of each scalar read so far.
        var kept: [Unicode.Scalar] = []

        init(_ scalars: [Unicode.Scalar]) { self.scalars = scalars }

        func at(_ offset: Int = 0) -> Unicode.Scalar? {
            index + offset < scalars.count ? scalars[index + offset] : nil
        }

        func startsWith(_ text: String) -> Bool {
            text.unicodeScalars.enumerated().allSatisfy { at($0.offset) == $0.element }
        }

        mutating func step(keep: Bool) {
            let c = scalars[index]
            if c == "\n" { line += 1 }
            kept.append(keep || c == "\n" ? c : " ")
            index += 1
        }

        /// Code up to the end, or up to the `)` that closes an interpolation.
        mutating func code(untilClosingParenthesis: Bool) {
            var depth = 0
            while index < scalars.count {
                if startsWith("//") {
                    while let c = at(), c != "\n" { step(keep: false) }
                } else if startsWith("/*") {
                    blockComment()
                } else if let hashes = rawDelimiter() {
                    string(hashes: hashes)
                } else {
                    if untilClosingParenthesis, at() == "(" { depth += 1 }
                    if untilClosingParenthesis, at() == ")" {
                        if depth == 0 { return }
                        depth -= 1
                    }
                    step(keep: true)
                }
            }
        }

        /// A block comment, nested ones included.
        mutating func blockComment() {
            var depth = 0
            repeat {
                if startsWith("/*") {
                    depth += 1
                    step(keep: false); step(keep: false)
                } else if startsWith("*/") {
                    depth -= 1
                    step(keep: false); step(keep: false)
                } else {
                    step(keep: false)
                }
            } while depth > 0 && index < scalars.count
        }

        /// The number of `#` before a `"` here (0 for a plain literal); nil when no literal starts here.
        func rawDelimiter() -> Int? {
            var hashes = 0
            while at(hashes) == "#" { hashes += 1 }
            return at(hashes) == "\"" ? hashes : nil
        }

        /// A literal opened by `hashes` × `#` and one or three quotes.
        mutating func string(hashes: Int) {
            let first = line, start = index
            for _ in 0..<hashes { step(keep: true) }
            let quotes = startsWith("\"\"\"") ? 3 : 1
            for _ in 0..<quotes { step(keep: true) }
            if quotes == 3, at() == "\n" { step(keep: false) }   // not part of the text (its indentation is kept)
            let closing = String(repeating: "\"", count: quotes) + String(repeating: "#", count: hashes)
            var text = String.UnicodeScalarView()
            while index < scalars.count {
                if startsWith(closing) {
                    for _ in closing.unicodeScalars { step(keep: true) }
                    break
                }
                if quotes == 1, at() == "\n" { break }   // unterminated: the compiler's error, not ours
                if at() == "\\", (1...max(1, hashes)).allSatisfy({ hashes == 0 || at($0) == "#" }) {
                    step(keep: false)
                    for _ in 0..<hashes { step(keep: false) }
                    escape(into: &text)
                    continue
                }
                text.append(scalars[index])
                step(keep: false)
            }
            literals.append((start, Literal(line: first, text: String(text))))
        }

        /// What follows a backslash: an interpolation, a `\u{…}` scalar, a character escape or a
        /// line continuation.
        mutating func escape(into text: inout String.UnicodeScalarView) {
            guard let c = at() else { return }
            switch c {
            case "(":
                step(keep: true)
                code(untilClosingParenthesis: true)
                if at() == ")" { step(keep: true) }
            case "u" where at(1) == "{":
                step(keep: false); step(keep: false)
                var hex = ""
                while let d = at(), d != "}" { hex.unicodeScalars.append(d); step(keep: false) }
                if at() == "}" { step(keep: false) }
                if let value = UInt32(hex, radix: 16), let scalar = Unicode.Scalar(value) { text.append(scalar) }
            default:
                let decoded: [Unicode.Scalar: Unicode.Scalar] = ["n": "\n", "t": "\t", "r": "\r", "0": "\0"]
                if c != "\n" { text.append(decoded[c] ?? c) }
                step(keep: false)
            }
        }
    }
}
