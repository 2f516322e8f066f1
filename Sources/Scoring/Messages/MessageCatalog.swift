/// The one message catalog: renders a `Message` in a language.
public enum MessageCatalog {
    /// The sentence for `message` in `language`.
    public static func render(_ message: Message, _ language: Language) -> String {
        switch message {
        case .text(let t): return t.text(language)
        case .readNote(let m): return language == .en ? m.en : m.vi
        }
    }
}

extension Message {
    /// The sentence in `language` (same as `MessageCatalog.render(self, language)`).
    public func text(_ language: Language) -> String { MessageCatalog.render(self, language) }
}
