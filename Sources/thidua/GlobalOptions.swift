import ArgumentParser
import Scoring

/// Options every subcommand takes.
struct GlobalOptions: ParsableArguments {
    /// The language of this run, as `LanguageChoice` found it before parsing: `--lang`,
    /// else the language `THIDUA_LANG` chose, else Vietnamese.
    @Option(name: .long, help: ArgumentHelp(.lang, valueName: "vi|en"))
    var lang: Language = LanguageChoice.current.withoutOption

    @Flag(name: .shortAndLong, help: ArgumentHelp(.quiet))
    var quiet = false

    @Flag(name: .shortAndLong, help: ArgumentHelp(.verbose))
    var verbose = false
}

extension Language: ExpressibleByArgument {}
