/// Why a rubric file was refused: the file, the key path (`items[4].max`), the
/// line, and what is wrong as a typed message (the catalog words it).
public struct RubricError: Error, Sendable, Hashable {
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

    /// The technical detail: the key path and the parser's text.
    public var technicalDetail: String {
        [path.isEmpty ? nil : path, detail].compactMap { $0 }.joined(separator: " — ")
    }
}
