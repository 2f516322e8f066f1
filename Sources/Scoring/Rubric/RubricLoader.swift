import Yams

/// A rubric together with the identity of its source text.
///
/// `sha256` is the lowercase hex SHA-256 of the exact bytes loaded (the file's
/// bytes, or the UTF-8 of the string given): what `sha256sum FILE` prints. The
/// audit sheet and the templates' meta sheet record it.
public struct LoadedRubric: Sendable, Hashable {
    public var rubric: Rubric
    /// Lowercase hex SHA-256 of the source bytes.
    public var sha256: String
    /// The file name it was loaded from (`seed.yaml` for the embedded one).
    public var fileName: String

    /// The embedded seed rubric; a build whose seed does not load fails its tests.
    public static let seed: LoadedRubric = {
        do {
            return try RubricLoader.load(yaml: SeedRubric.yaml, fileName: SeedRubric.fileName)
        } catch {
            preconditionFailure("embedded seed rubric is invalid: \(error)")
        }
    }()
}

extension SeedRubric {
    /// File name of the embedded seed rubric.
    public static var fileName: String { EmbeddedResources.seedRubricFileName }
}

extension Rubric {
    /// The embedded seed plan's rubric (`Templates/rubrics/seed.yaml`).
    public static var seed: Rubric { LoadedRubric.seed.rubric }

    /// Decodes and checks a rubric; see `RubricLoader.load(yaml:fileName:)`.
    public static func load(yaml: String, fileName: String) throws(RubricError) -> Rubric {
        try RubricLoader.load(yaml: yaml, fileName: fileName).rubric
    }
}

/// Decodes rubric YAML into a `Rubric`, with defaults for optional keys, and
/// refuses anything malformed with the file, key path and line.
public enum RubricLoader {
    /// Loads from raw bytes (UTF-8, optional BOM); the hash is of these bytes.
    /// - Throws: `RubricError` (`.syntax` when not UTF-8, or any refusal of `load(yaml:)`).
    public static func load(bytes: [UInt8], fileName: String) throws(RubricError) -> LoadedRubric {
        var body = bytes[...]
        if body.starts(with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3) }
        guard let text = String(validating: body, as: UTF8.self) else {
            throw RubricError(.syntax, file: fileName, path: "", line: nil, .notUTF8)
        }
        var loaded = try decode(text, fileName: fileName)
        loaded.sha256 = SHA256Digest(of: bytes).hex
        return loaded
    }

    /// Loads from text; the hash is of its UTF-8 bytes.
    /// - Throws: `RubricError` naming the file, key path and line of the first fault.
    public static func load(yaml: String, fileName: String) throws(RubricError) -> LoadedRubric {
        var loaded = try decode(yaml, fileName: fileName)
        loaded.sha256 = SHA256Digest(of: yaml).hex
        return loaded
    }

    private static func decode(_ yaml: String, fileName: String) throws(RubricError) -> LoadedRubric {
        let root: Node
        do {
            guard let node = try Yams.compose(yaml: yaml) else {
                throw RubricError(.syntax, file: fileName, path: "", line: nil, .empty)
            }
            root = node
        } catch let e as RubricError {
            throw e
        } catch {
            throw syntaxError(error, fileName: fileName)
        }
        let walker = YAMLWalker(file: fileName)
        let rubric = try RubricDecoding(walker: walker).rubric(root)
        try RubricValidation(walker: walker, rubric: rubric).check()
        return LoadedRubric(rubric: rubric, sha256: "", fileName: fileName)
    }

    private static func syntaxError(_ error: any Error, fileName: String) -> RubricError {
        var line: Int?
        var problem = String(describing: error)
        if let y = error as? YamlError {
            switch y {
            case .scanner(_, let p, let mark, _), .parser(_, let p, let mark, _),
                 .composer(_, let p, let mark, _):
                line = mark.line
                problem = p
            default: break
            }
        }
        return RubricError(.syntax, file: fileName, path: "", line: line,
                           .syntax(YAMLProblem(parserText: problem)), detail: problem)
    }
}
