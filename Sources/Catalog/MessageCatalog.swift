import Scoring

/// The one message catalog: renders a `Message` in a language.
public enum MessageCatalog {
    /// The sentence for `message` in `language`.
    public static func render(_ message: Message, _ language: Language) -> String {
        let domain: any CatalogMessage
        switch message {
        case .line(let m): domain = m
        case .count(let m): domain = m
        case .header(let m): domain = m
        case .locator(let m): domain = m
        case .file(let m): domain = m
        case .roster(let m): domain = m
        case .consolidation(let m): domain = m
        case .rubric(let m): domain = m
        case .output(let m): domain = m
        case .input(let m): domain = m
        case .form(let m): domain = m
        case .readNote(let m): domain = m
        }
        return language == .en ? domain.en : domain.vi
    }
}

extension Message {
    /// The sentence in `language` (same as `MessageCatalog.render(self, language)`).
    public func text(_ language: Language) -> String { MessageCatalog.render(self, language) }
}
