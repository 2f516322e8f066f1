import ArgumentParser
import Catalog
import Foundation
import Scoring

/// `thidua rubric show | check`: look at and check scoring tables.
struct RubricCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        .catalog(.rubric, name: "rubric", subcommands: [Show.self, Check.self])
    }

    /// `thidua rubric show [--rubric FILE]`.
    struct Show: ParsableCommand {
        static var configuration: CommandConfiguration { .catalog(.rubricShow, name: "show") }

        @OptionGroup var global: GlobalOptions
        @OptionGroup var rubricOption: RubricOption

        func run() throws {
            let loaded = try rubricOption.load(language: global.lang, verbose: global.verbose)
            let width = Int(ProcessInfo.processInfo.environment["COLUMNS"] ?? "") ?? 100
            Console.write(RubricTable.render(loaded, language: global.lang, width: width))
        }
    }

    /// `thidua rubric check FILE`: exit 0 when valid, 2 with the fault when not.
    struct Check: ParsableCommand {
        static var configuration: CommandConfiguration { .catalog(.rubricCheck, name: "check") }

        @OptionGroup var global: GlobalOptions
        @Argument(help: ArgumentHelp(.rubricFile, valueName: "FILE"))
        var file: String

        /// A path that names nothing is a mistake in the command line.
        func validate() throws {
            try InputFile.mustExist(file, option: nil)
        }

        func run() throws {
            let loaded = try RubricFile.load(path: file, language: global.lang, verbose: global.verbose)
            guard !global.quiet else { return }
            let r = loaded.rubric
            Console.out(ConsoleMessage.rubricValid(file: file, id: r.id, lines: r.items.count, total: r.total,
                                                   sha256: loaded.sha256), global.lang)
        }
    }
}
