/// What a YAML parser's complaint means for the person editing the file (the parser's
/// own text goes to `RubricError.detail`).
public enum YAMLProblem: Sendable, Hashable, Codable {
    /// Lines of one block are not indented alike.
    case indentation
    /// A tab used for indentation, or a character that cannot start a value.
    case badCharacter
    /// A colon inside a value that is not quoted.
    case colonInValue
    /// A key without its colon.
    case missingColon
    /// A quotation mark opened and never closed.
    case unclosedQuote
    /// Anything else.
    case other

    /// Reads a parser's complaint.
    public init(parserText text: String) {
        let t = text.lowercased()
        if t.contains("mapping values are not allowed") { self = .colonInValue }
        else if t.contains("cannot start any token") || t.contains("tab") { self = .badCharacter }
        else if t.contains("could not find expected ':'") || t.contains("simple key") { self = .missingColon }
        else if t.contains("quoted scalar") || t.contains("end of stream") { self = .unclosedQuote }
        else if t.contains("indentation") { self = .indentation }
        else { self = .other }
    }
}
