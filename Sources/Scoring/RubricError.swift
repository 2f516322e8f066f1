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
    /// Key path in the file (`items[4].max`), empty for the whole document.
    public var path: String
    /// One-based line, when known.
    public var line: Int?
    /// What is wrong and what to do.
    public var message: LocalizedText

    public init(_ reason: Reason, file: String, path: String, line: Int?, vi: String, en: String) {
        self.reason = reason
        self.file = file
        self.path = path
        self.line = line
        self.message = LocalizedText(vi: vi, en: en)
    }

    /// `seed.yaml, dòng 42, items[4].max: …` in a language.
    public func text(_ language: Language) -> String {
        var place = file
        if let line { place += language == .en ? ", line \(line)" : ", dòng \(line)" }
        if !path.isEmpty { place += ", " + path }
        return place + ": " + message.text(language)
    }

    public var description: String { text(.en) }
}
