import ArgumentParserToolInfo
import Catalog
import Foundation

/// The command tree as the parser knows it (`Thidua._dumpHelp()`): every command with its
/// arguments, options and flags, their names, value names, defaults and help, in this run's
/// language (the help strings are the catalog's, rendered when the commands are built).
struct CommandTree {
    let root: CommandInfoV0

    /// The tree of `thidua`.
    static func load() -> CommandTree {
        let json = Data(Thidua._dumpHelp().utf8)
        do {
            return CommandTree(root: try JSONDecoder().decode(ToolInfoV0.self, from: json).command)
        } catch {
            preconditionFailure("the parser's own description of the commands does not decode: \(error)")
        }
    }
}

/// What the help screens and the argument check ask of a command.
extension CommandInfoV0 {
    /// The words that run it: `["thidua", "rubric", "show"]`.
    var path: [String] { (superCommands ?? []) + [commandName] }

    /// `thidua rubric show`.
    var line: String { path.joined(separator: " ") }

    /// The catalog's name for the command.
    var catalogName: CLICommand? { CLICommand(rawValue: line) }

    /// The subcommands a person may type, the parser's `help` included.
    var visibleSubcommands: [CommandInfoV0] { (subcommands ?? []).filter(\.shouldDisplay) }

    /// The subcommand named `name`, if any.
    func subcommand(_ name: String) -> CommandInfoV0? {
        (subcommands ?? []).first { $0.commandName == name || ($0.aliases ?? []).contains(name) }
    }

    /// The positional arguments, in order.
    var positionals: [ArgumentInfoV0] { (arguments ?? []).filter { $0.kind == .positional } }

    /// The options and flags a person may type, in declaration order.
    var namedArguments: [ArgumentInfoV0] { (arguments ?? []).filter { $0.kind != .positional && $0.shouldDisplay } }

    /// The option or flag written `word` (`--roster`, `-o`), if the command has it.
    func named(_ word: String) -> ArgumentInfoV0? {
        (arguments ?? []).first { argument in (argument.names ?? []).contains { $0.written == word } }
    }
}

extension ArgumentInfoV0 {
    /// Whether the argument is one the parser adds to every command: help and version.
    enum BuiltIn {
        case help, version
    }

    /// The parser's built-in flag this is, if it is one.
    var builtIn: BuiltIn? {
        guard kind == .flag else { return nil }
        let longs = (names ?? []).filter { $0.kind == .long }.map(\.name)
        if longs.contains("help") { return .help }
        if longs.contains("version") { return .version }
        return nil
    }

    /// Its names as typed, short ones first: `-o, --output`.
    var writtenNames: [String] {
        (names ?? []).sorted { ($0.kind == .short ? 0 : 1) < ($1.kind == .short ? 0 : 1) }.map(\.written)
    }

    /// The name to quote in a message: its long name, else its first.
    var displayName: String {
        (names ?? []).first { $0.kind == .long }?.written ?? writtenNames.first ?? ""
    }

    /// `FILE` (its value name, else its name).
    var placeholder: String { valueName ?? preferredName?.name ?? "" }
}

extension ArgumentInfoV0.NameInfoV0 {
    /// `--roster`, `-o`, `-help`.
    var written: String {
        switch kind {
        case .long: return "--" + name
        case .short: return "-" + name
        case .longWithSingleDash: return "-" + name
        }
    }
}
