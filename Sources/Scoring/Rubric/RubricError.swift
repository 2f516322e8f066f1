/// Why a rubric file was refused: the file, the key path (`items[4].max`), the
/// line, and what is wrong, in Vietnamese and English.
public struct RubricError: Error, Sendable, Hashable, CustomStringConvertible {
    /// What kind of fault it is (stable; tests assert it).
    public enum Reason: String, Sendable, Hashable {
        /// Not valid YAML, or not UTF-8.
        case syntax
        /// A key this format does not know.
        case unknownKey
        /// A required key is absent.
        case missingKey
        /// A key appears twice in one mapping.
        case duplicateKey
        /// A value of the wrong type (text where a number is expected…).
        case wrongType
        /// An item kind other than binary, graded, ratio, threshold.
        case unknownKind
        /// The items' maxima do not sum to the declared total.
        case totalMismatch
        /// Two items (or ratings, counts, types, routes, levels) share a code.
        case duplicateCode
        /// A ratio or threshold line without its counts.
        case incompleteRule
        /// A rule names a count key that `counts` does not declare.
        case unknownCount
        /// A threshold names a rating code that `ratings` does not declare.
        case unknownRating
        /// A unit type or award names a route that `routes` does not declare.
        case unknownRoute
        /// A negative quota, a max ≤ 0, a share outside [0, 1].
        case outOfRange
        /// A value of the right type but an unusable form (a month not `YYYY-MM`).
        case invalidValue
        /// The file's `schema` is newer than this build understands.
        case schemaTooNew
    }

    public var reason: Reason
    /// The file's name as given.
    public var file: String
    /// Key path in the file (`items[4].max`), empty for the whole document. Shown to
    /// people in words ("mục thứ 5 trong “items” (mã 4b), khóa “max”"); the path itself
    /// is the detail.
    public var path: String
    /// One-based line, when known.
    public var line: Int?
    /// What is wrong and what to do.
    public var message: RubricMessage
    /// The code or key of each list element on the path, when decoded (`items[4]` → `4b`).
    public var names: [String: String]
    /// The parser's own text, for `--verbose` only.
    public var detail: String?

    public init(_ reason: Reason, file: String, path: String, line: Int?, _ message: RubricMessage,
                names: [String: String] = [:], detail: String? = nil) {
        self.reason = reason
        self.file = file
        self.path = path
        self.line = line
        self.message = message
        self.names = names
        self.detail = detail
    }

    /// `seed.yaml, dòng 42 — mục thứ 5 trong “items” (mã 4b), khóa “max”: …` in a language.
    public func text(_ language: Language) -> String {
        var place = file
        if let line { place += language == .en ? ", line \(line)" : ", dòng \(line)" }
        let steps = RubricPath.describe(path, names: names, language)
        if !steps.isEmpty { place += " — " + steps }
        return place + ": " + message.text(language)
    }

    /// The technical detail: the key path and the parser's text.
    public var technicalDetail: String {
        [path.isEmpty ? nil : path, detail].compactMap { $0 }.joined(separator: " — ")
    }

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
