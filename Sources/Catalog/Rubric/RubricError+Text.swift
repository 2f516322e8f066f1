import Scoring

/// A refused rubric as a person reads it: the place in the file in words, then the message.
extension RubricError: CustomStringConvertible {
    /// `seed.yaml, dòng 42 — mục thứ 5 trong “items” (mã 4b), khóa “max”: …` in a language.
    public func text(_ language: Language) -> String {
        var place = file
        if let line { place += language == .en ? ", line \(line)" : ", dòng \(line)" }
        let steps = RubricPath.describe(path, names: names, language)
        if !steps.isEmpty { place += " — " + steps }
        return place + ": " + message.text(language)
    }

    /// The English sentence and the technical detail, for logs and failed preconditions.
    public var description: String { text(.en) + (technicalDetail.isEmpty ? "" : " [\(technicalDetail)]") }
}

/// A rubric key path in words.
enum RubricPath {
    /// "items[4].max" → "mục thứ 5 trong “items” (mã 4b), khóa “max”".
    static func describe(_ path: String, names: [String: String], _ language: Language) -> String {
        guard !path.isEmpty else { return "" }
        var parts: [String] = []
        var prefix = ""
        for segment in path.split(separator: ".") {
            var key = Substring(segment)
            var indices: [Int] = []
            while key.hasSuffix("]"), let open = key.lastIndex(of: "["),
                  let i = Int(key[key.index(after: open)..<key.index(before: key.endIndex)]) {
                indices.insert(i, at: 0)
                key = key[..<open]
            }
            prefix += (prefix.isEmpty ? "" : ".") + key
            if indices.isEmpty {
                parts.append((language == .en ? "key " : "khóa ") + Wording.quote(String(key)))
                continue
            }
            for i in indices {
                prefix += "[\(i)]"
                var text = language == .en ? "item \(i + 1) of \(Wording.quote(String(key)))"
                                           : "mục thứ \(i + 1) trong \(Wording.quote(String(key)))"
                if let name = names[prefix] { text += language == .en ? " (code \(name))" : " (mã \(name))" }
                parts.append(text)
            }
        }
        return parts.joined(separator: ", ")
    }
}
