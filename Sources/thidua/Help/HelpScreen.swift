import ArgumentParserToolInfo
import Catalog
import Scoring

/// A command's help screen, from the command tree and the catalog, in one language:
/// the abstract, "Cách dùng:", the arguments, subcommands and options with their help and
/// defaults, then the discussion (examples, exit codes).
struct HelpScreen {
    let command: CommandInfoV0
    let language: Language
    let layout: TextLayout

    /// The whole screen, ending with a newline.
    func render() -> String {
        var blocks: [String] = []
        if let abstract = abstract { blocks.append(layout.wrap(abstract)) }
        blocks.append(layout.wrap(HelpLabel.usage(Self.usage(command, language)).text(language), hanging: 2))
        let positionals = command.positionals.filter { $0.shouldDisplay && $0.abstract != nil }
        if !positionals.isEmpty {
            blocks.append(HelpLabel.arguments.text(language) + "\n"
                          + layout.columns(positionals.map { (Self.placeholder($0, in: command, language), $0.abstract ?? "") }))
        }
        let subcommands = command.visibleSubcommands
        if !subcommands.isEmpty {
            blocks.append(HelpLabel.commands.text(language) + "\n"
                          + layout.columns(subcommands.map { ($0.commandName, Self.abstract(of: $0, language) ?? "") }))
        }
        let options = shownOptions
        if !options.isEmpty {
            let indent = options.contains { $0.writtenNames.first?.hasPrefix("--") == false }
            blocks.append(HelpLabel.options.text(language) + "\n" + layout.columns(options.map { option in
                let names = option.writtenNames.joined(separator: ", ")
                    + (option.kind == .option ? " <\(option.placeholder)>" : "")
                let lead = indent && option.writtenNames.first?.hasPrefix("--") == true ? "    " : ""
                return (lead + names, help(of: option))
            }))
        }
        if let name = command.catalogName {
            let discussion = CommandHelp.discussion(name).text(language)
            if !discussion.isEmpty { blocks.append(layout.discussion(discussion)) }
        }
        if !subcommands.isEmpty {
            let line = command.line + " " + HelpLabel.commandPlaceholder.text(language) + " --help"
            blocks.append(HelpLabel.seeAlso(line).text(language))
        }
        return blocks.joined(separator: "\n\n") + "\n"
    }

    /// "thidua check <FILE> ... [tùy chọn]", "thidua rubric <lệnh>".
    static func usage(_ command: CommandInfoV0, _ language: Language) -> String {
        var parts = [command.line]
        if !command.visibleSubcommands.isEmpty { parts.append(HelpLabel.commandPlaceholder.text(language)) }
        for argument in command.positionals where argument.shouldDisplay {
            let shown = placeholder(argument, in: command, language)
            parts.append(argument.isOptional ? "[\(shown)]" : shown)
        }
        if command.namedArguments.contains(where: { $0.builtIn == nil }) {
            parts.append(HelpLabel.optionsPlaceholder.text(language))
        }
        return parts.joined(separator: " ")
    }

    /// `<FILE> ...`; for `thidua help`, the command it explains.
    private static func placeholder(_ argument: ArgumentInfoV0, in command: CommandInfoV0, _ language: Language) -> String {
        let name = command.catalogName == .help ? HelpLabel.commandPlaceholder.text(language) : "<\(argument.placeholder)>"
        return argument.isRepeating ? name + " ..." : name
    }

    /// The catalog's abstract of a command; the parser's own for one the catalog does not name.
    private static func abstract(of command: CommandInfoV0, _ language: Language) -> String? {
        command.catalogName.map { CommandHelp.abstract($0).text(language) } ?? command.abstract
    }

    private var abstract: String? { Self.abstract(of: command, language) }

    /// The options and flags, with the parser's help flag last and its version flag only
    /// where it belongs (the root).
    private var shownOptions: [ArgumentInfoV0] {
        let own = command.namedArguments.filter { $0.builtIn == nil }
        let version = command.catalogName == .root ? command.namedArguments.filter { $0.builtIn == .version } : []
        return own + version + command.namedArguments.filter { $0.builtIn == .help }
    }

    /// An option's help and its default; the catalog's words for the parser's own flags.
    private func help(of option: ArgumentInfoV0) -> String {
        switch option.builtIn {
        case .help: return ParameterHelp.help.text(language)
        case .version: return ParameterHelp.version.text(language)
        case nil:
            let text = option.abstract ?? ""
            guard option.kind == .option, let value = option.defaultValue, !value.isEmpty else { return text }
            return text + " " + HelpLabel.defaultValue(value).text(language)
        }
    }
}
