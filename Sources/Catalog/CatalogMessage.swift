import Scoring

/// A domain's messages: each case renders itself in both languages.
public protocol CatalogMessage: Sendable, Hashable {
    /// The Vietnamese sentence: no English word, decimal commas, the plan's terms.
    var vi: String { get }
    /// The same sentence in English.
    var en: String { get }
}

extension CatalogMessage {
    /// The sentence in `language`.
    public func text(_ language: Language) -> String { language == .en ? en : vi }
}
