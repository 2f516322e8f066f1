import Foundation

/// Lays text out for a terminal: paragraphs wrapped at its width (nil: one line each, for
/// the terminal or pager to wrap), two columns for a list of names and their help.
struct TextLayout {
    /// Columns to wrap at; nil leaves every paragraph on one line.
    var width: Int?

    /// The width of the terminal behind `stream`, else `COLUMNS`, else none.
    static func forStream(_ stream: System.Stream,
                          environment: [String: String] = ProcessInfo.processInfo.environment) -> TextLayout {
        TextLayout(width: System.terminalColumns(stream) ?? environment["COLUMNS"].flatMap(Int.init).flatMap { $0 > 0 ? $0 : nil })
    }

    /// `text` in lines of at most `width - indent` characters (a longer word has a line of its
    /// own), each line after the first indented by `indent` spaces: the first one starts
    /// where the caller has put it, `indent` columns in.
    func wrap(_ text: String, hanging indent: Int = 0) -> String {
        guard let width else { return text }
        let room = max(width - indent, 20)
        var lines: [String] = []
        var line = ""
        for word in text.split(separator: " ", omittingEmptySubsequences: true) {
            if line.isEmpty {
                line = String(word)
            } else if line.count + 1 + word.count <= room {
                line += " " + word
            } else {
                lines.append(line)
                line = String(word)
            }
        }
        lines.append(line)
        let pad = String(repeating: " ", count: indent)
        return lines.enumerated().map { $0.offset == 0 ? $0.element : pad + $0.element }.joined(separator: "\n")
    }

    /// A discussion: blank lines kept, lines indented by spaces (examples) kept as they are,
    /// every other line a paragraph, wrapped.
    func discussion(_ text: String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            line.first == " " || line.isEmpty ? String(line) : wrap(String(line))
        }.joined(separator: "\n")
    }

    /// Rows of `(names, help)` in two columns, indented by two spaces; the help column
    /// starts after the widest names up to a limit, past which the help goes below.
    func columns(_ rows: [(String, String)]) -> String {
        let limit = 30
        let left = min(rows.map(\.0.count).filter { $0 <= limit }.max() ?? 0, limit)
        let start = 2 + left + 2
        return rows.map { names, help in
            let lead = "  " + names
            let body = wrap(help, hanging: start)
            if names.count > left || help.isEmpty {
                return help.isEmpty ? lead : lead + "\n" + String(repeating: " ", count: start) + body
            }
            return lead + String(repeating: " ", count: start - lead.count) + body
        }.joined(separator: "\n")
    }
}
