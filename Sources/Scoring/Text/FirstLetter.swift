/// A label's first letter in lower case, for its short form inside a sentence: the
/// rubric's default short label of a count, and the catalog's labels mid-sentence.
public enum FirstLetter {
    /// "Tổng số" → "tổng số".
    public static func lowercased(_ text: String) -> String {
        guard let first = text.first else { return text }
        return first.lowercased() + text.dropFirst()
    }
}
