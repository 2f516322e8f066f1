import ArgumentParser
import Catalog
import Foundation
import Scoring

/// `--rubric FILE`, shared by every command that scores; the embedded seed
/// rubric when absent.
struct RubricOption: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(.rubric, valueName: "FILE"))
    var rubric: String?

    /// A rubric path that names nothing is a mistake in the command line.
    func validate() throws {
        try InputFile.mustExist(rubric, option: "--rubric")
    }

    /// The rubric to use. Prints the refusal on standard error and exits 2 when
    /// the file cannot be read or is not a valid rubric.
    func load(language: Language, verbose: Bool = false) throws -> LoadedRubric {
        guard let path = rubric else { return LoadedRubric.seed }
        return try RubricFile.load(path: path, language: language, verbose: verbose)
    }
}

/// An input file named on the command line.
enum InputFile {
    /// Throws the catalog's usage error when `path` is given but names nothing; `option`
    /// is the option that names it (nil for an argument).
    static func mustExist(_ path: String?, option: String?) throws {
        guard let path, !FileManager.default.fileExists(atPath: path) else { return }
        throw ValidationError(UsageMessage.fileNotFound(path: path, option: option).text(LanguageChoice.current.language))
    }
}

/// Reading a rubric file for the CLI.
enum RubricFile {
    /// Loads and checks a rubric file; on failure prints why (with `verbose`, the key path
    /// and the parser's text too) and throws `ExitCode(2)`.
    static func load(path: String, language: Language, verbose: Bool = false) throws -> LoadedRubric {
        let name = (path as NSString).lastPathComponent
        guard let data = FileManager.default.contents(atPath: path) else {
            Console.err(.cannotReadRubric(path: path), language)
            throw ExitCode(2)
        }
        do {
            return try RubricLoader.load(bytes: Array(data), fileName: name)
        } catch {
            Console.err(error.text(language))
            if verbose, !error.technicalDetail.isEmpty { Console.err("  " + error.technicalDetail) }
            throw ExitCode(2)
        }
    }
}
