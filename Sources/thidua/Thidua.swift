import ArgumentParser
import Catalog
import Foundation
import Pipeline

/// The `thidua` command: subcommands for each step of a campaign.
@main
struct Thidua: ParsableCommand {
    static var configuration: CommandConfiguration {
        .catalog(.root, name: "thidua", version: ThiduaVersion.current,
                 subcommands: [TemplateCommand.self, CheckCommand.self, ConsolidateCommand.self, WatchCommand.self,
                               RubricCommand.self, InspectCommand.self, ManualCommand.self])
    }

    /// Tunes the process, chooses the language, then checks, parses and runs the arguments
    /// (`CommandLineRun`): help and usage errors are the catalog's, never the parser's words.
    static func main() {
        System.tuneAllocator()
        System.cacheTimeZone()
        if CommandLine.arguments.dropFirst().first == ReadingWorker.argument { ReadingWorker.run() }
        CommandLineRun(arguments: Array(CommandLine.arguments.dropFirst()), language: LanguageChoice.current,
                       tree: CommandTree.load()).run()
    }
}

/// thidua's version, written into the report's audit sheet.
enum ThiduaVersion {
    static let current = "0.1.0"
}

extension CommandConfiguration {
    /// A command's configuration with its abstract and discussion from the catalog, in this
    /// run's language.
    static func catalog(_ command: CLICommand, name: String? = nil, version: String = "",
                        subcommands: [ParsableCommand.Type] = []) -> CommandConfiguration {
        let language = LanguageChoice.current.language
        return CommandConfiguration(commandName: name, abstract: CommandHelp.abstract(command).text(language),
                                    discussion: CommandHelp.discussion(command).text(language),
                                    version: version, subcommands: subcommands)
    }
}

extension ArgumentHelp {
    /// A parameter's help from the catalog, in this run's language.
    init(_ help: ParameterHelp, valueName: String? = nil) {
        self.init(help.text(LanguageChoice.current.language), valueName: valueName)
    }
}
