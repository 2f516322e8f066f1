import Scoring

/// A finding as a person reads it: its value, its label and its sentence.
extension Finding {
    /// The value as a person reads it in `language`: numbers with a decimal comma in Vietnamese.
    /// A long text value is shown by its first 200 characters and "…".
    public func shownValue(_ language: Language) -> String? {
        guard let value, valueIsNumber, language == .vi else { return value.map { ContentLimits.shortened($0) } }
        // A number written the machine way is ASCII: swap its point for a comma byte for byte.
        guard value.utf8.contains(UInt8(ascii: ".")) else { return value }
        return String(decoding: value.utf8.map { $0 == UInt8(ascii: ".") ? UInt8(ascii: ",") : $0 }, as: UTF8.self)
    }

    /// The short label of the finding's kind ("Vượt điểm tối đa"), where JSON has the code.
    public func label(_ language: Language) -> String { code.label(language) }

    /// The sentence a person reads, in `language`.
    public func text(_ language: Language) -> String { MessageCatalog.render(message, language) }
}
