import Catalog
import Foundation
import Scoring

/// The language of everything the command line says, known before the arguments are
/// parsed, so that help and usage errors speak it too: the last `--lang X` or `--lang=X`
/// before `--`, else `THIDUA_LANG`, else Vietnamese. A value that is no language is a
/// usage error; until it is said, the next source decides which language says it.
struct LanguageChoice: Sendable {
    /// The language to speak.
    var language: Language
    /// The value that is no language, and where it was written.
    var problem: UsageMessage?
    /// The language without `--lang`: `THIDUA_LANG`'s, else Vietnamese (`--lang`'s default).
    var withoutOption: Language = .vi

    /// The environment variable that chooses the language when `--lang` is not given.
    static let variable = "THIDUA_LANG"

    /// This run's choice, from its arguments and environment; made once, before parsing.
    static let current = detect(Array(CommandLine.arguments.dropFirst()),
                                environment: ProcessInfo.processInfo.environment)

    /// The choice `arguments` (without the program's name) and `environment` make.
    static func detect(_ arguments: [String], environment: [String: String]) -> LanguageChoice {
        var fromEnvironment = LanguageChoice(language: .vi, problem: nil)
        if let written = environment[variable], !written.isEmpty {
            if let language = Language(rawValue: written) {
                fromEnvironment.language = language
            } else {
                fromEnvironment.problem = .language(written: written, source: .environment)
            }
        }
        fromEnvironment.withoutOption = fromEnvironment.language
        guard let written = lastLanguageArgument(arguments) else { return fromEnvironment }
        guard let language = Language(rawValue: written) else {
            return LanguageChoice(language: fromEnvironment.language, problem: .language(written: written, source: .option),
                                  withoutOption: fromEnvironment.language)
        }
        return LanguageChoice(language: language, problem: nil, withoutOption: fromEnvironment.language)
    }

    /// The value of the last `--lang` before `--`; nil when there is none.
    static func lastLanguageArgument(_ arguments: [String]) -> String? {
        var found: String?
        var index = arguments.startIndex
        while index < arguments.endIndex, arguments[index] != "--" {
            let word = arguments[index]
            if word == "--lang" {
                // Without a value (last word, or an option next) it is a missing value, said later.
                if index + 1 < arguments.endIndex, !arguments[index + 1].hasPrefix("-") {
                    found = arguments[index + 1]
                    index += 1
                }
            } else if word.hasPrefix("--lang=") {
                found = String(word.dropFirst("--lang=".count))
            }
            index += 1
        }
        return found
    }
}

