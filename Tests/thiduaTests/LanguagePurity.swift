import Foundation

/// What must not show in a screen of one language: in Vietnamese, the argument parser's
/// own English words; in English, a Vietnamese letter. Names a person wrote (the test's
/// own arguments, text between “ ” quotes) and what is typed as it is (option names such
/// as `--help`, placeholders such as `<FILE>`) are left out first.
enum LanguagePurity {
    /// The words swift-argument-parser writes around help and errors (headings, prefixes,
    /// its error sentences), case as it writes them.
    static let parserWords: Set<String> = [
        "OVERVIEW", "USAGE", "ARGUMENTS", "OPTIONS", "SUBCOMMANDS", "Usage", "Arguments", "Options", "Commands",
        "Error", "Help", "See", "Missing", "Unknown", "Unexpected", "Show", "Please", "expected", "argument",
        "arguments", "option", "options", "value", "values", "invalid", "subcommand", "information", "default",
        "detailed", "provide",
    ]

    /// The parser's English words in a Vietnamese `text`.
    static func englishWords(in text: String, arguments: [String] = []) -> [String] {
        words(in: bare(text, arguments: arguments)).filter(parserWords.contains)
    }

    /// The characters of `text` that only Vietnamese writes (a letter with a Vietnamese
    /// diacritic, or đ), outside the person's own names.
    static func vietnameseLetters(in text: String, arguments: [String] = []) -> [Character] {
        bare(text, arguments: arguments).filter(isVietnamese)
    }

    /// True for a letter with one of Vietnamese's tone marks or vowel marks, and for đ/Đ.
    static func isVietnamese(_ c: Character) -> Bool {
        if c == "đ" || c == "Đ" { return true }
        guard c.isLetter else { return false }
        let marks: Set<UInt32> = [0x0300, 0x0301, 0x0303, 0x0309, 0x0323, 0x0302, 0x0306, 0x031B]
        return String(c).decomposedStringWithCanonicalMapping.unicodeScalars.contains { marks.contains($0.value) }
    }

    /// A one-line account of what is wrong with `text` in `english` or Vietnamese, nil when nothing.
    static func problem(in text: String, english: Bool, arguments: [String] = []) -> String? {
        if english {
            let letters = vietnameseLetters(in: text, arguments: arguments)
            return letters.isEmpty ? nil : "Vietnamese letters \(String(letters)) in:\n\(text)"
        }
        let words = englishWords(in: text, arguments: arguments)
        return words.isEmpty ? nil : "the parser's English words \(words) in:\n\(text)"
    }

    /// `text` without the person's arguments, quoted names, option names and placeholders.
    private static func bare(_ text: String, arguments: [String]) -> String {
        var out = text
        for argument in arguments.sorted(by: { $0.count > $1.count }) where argument.count > 2 {
            out = out.replacingOccurrences(of: argument, with: " ")
        }
        for pattern in [#"“[^”]*”"#, #"(?<![\w-])--?[A-Za-z][\w-]*"#, #"<[^<>\s]+>"#] {
            out = out.replacingOccurrences(of: pattern, with: " ", options: .regularExpression)
        }
        return out
    }

    private static func words(in text: String) -> [String] {
        text.split { !$0.isLetter }.map(String.init)
    }
}
