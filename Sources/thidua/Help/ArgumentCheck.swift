import ArgumentParserToolInfo
import Catalog

/// Reads the arguments against the command tree before the parser does, the way the parser
/// will: which command they reach, whether they ask for help, and the usual mistakes
/// (an unknown command or option, a missing or unexpected value, a missing or extra
/// argument), each with the catalog's sentence. What passes goes to the parser, with any
/// `--lang` a command group cannot take left out (the language is already chosen).
struct ArgumentCheck {
    let tree: CommandTree

    /// What the arguments ask for.
    enum Request: Equatable {
        /// The help of the command reached.
        case help
        /// A mistake, said about the command reached.
        case mistake(UsageMessage)
        /// Parse these arguments.
        case parse([String])
    }

    /// The command the arguments reach, and what they ask of it.
    struct Outcome {
        var command: CommandInfoV0
        var request: Request
    }

    /// Words the parser answers itself (the version, completion scripts, its JSON dump):
    /// the arguments go to it as they are.
    static func isParserRequest(_ word: String) -> Bool {
        word == "--version" || word == "--experimental-dump-help" || word == "---completion"
            || word == "--generate-completion-script" || word.hasPrefix("--generate-completion-script=")
    }

    func check(_ arguments: [String]) -> Outcome {
        let words = arguments.prefix { $0 != "--" }
        if words.contains(where: Self.isParserRequest) { return Outcome(command: tree.root, request: .parse(arguments)) }
        let wantsHelp = words.contains { $0 == "-h" || $0 == "--help" }
        var walk = Walk(node: tree.root)
        var index = 0
        while index < arguments.count {
            let word = arguments[index]
            let result = walk.take(word, next: index + 1 < arguments.count ? arguments[index + 1] : nil,
                                   rest: arguments[(index + 1)...])
            switch result {
            case .consumed(let count): index += count
            case .helpSubcommand(let command): return Outcome(command: command, request: .help)
            case .mistake(let message):
                return Outcome(command: walk.node, request: wantsHelp ? .help : .mistake(message))
            }
        }
        if wantsHelp || !walk.node.visibleSubcommands.isEmpty { return Outcome(command: walk.node, request: .help) }
        let positionals = walk.node.positionals
        let required = positionals.filter { !$0.isOptional }
        if walk.positionals.count < required.count {
            let missing = required[walk.positionals.count]
            return Outcome(command: walk.node,
                           request: .mistake(.missingArgument(walk.node.catalogName, valueName: missing.placeholder)))
        }
        if !positionals.contains(where: \.isRepeating), walk.positionals.count > positionals.count {
            return Outcome(command: walk.node,
                           request: .mistake(.extraArgument(walk.positionals[positionals.count], command: walk.node.line)))
        }
        return Outcome(command: walk.node, request: .parse(walk.passed))
    }

    /// The state of reading the arguments one word at a time.
    private struct Walk {
        var node: CommandInfoV0
        var positionals: [String] = []
        /// The arguments for the parser.
        var passed: [String] = []
        var terminated = false

        enum Step {
            case consumed(Int)
            case helpSubcommand(CommandInfoV0)
            case mistake(UsageMessage)
        }

        mutating func take(_ word: String, next: String?, rest: ArraySlice<String>) -> Step {
            let command = node.line
            if terminated {
                positionals.append(word)
                passed.append(word)
                return .consumed(1)
            }
            if word == "--" {
                terminated = true
                passed.append(word)
                return .consumed(1)
            }
            if word == "-h" || word == "--help" { return .consumed(1) }
            if word.hasPrefix("--") { return long(word, next: next, command: command) }
            if word.hasPrefix("-"), word.count > 1 { return short(word, next: next, command: command) }
            if positionals.isEmpty, node.positionals.isEmpty, !node.visibleSubcommands.isEmpty {
                return subcommand(word, rest: rest)
            }
            positionals.append(word)
            passed.append(word)
            return .consumed(1)
        }

        /// `--name`, `--name=value` or `--name value`.
        private mutating func long(_ word: String, next: String?, command: String) -> Step {
            let parts = word.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            let name = String(parts[0]), inline = parts.count > 1 ? String(parts[1]) : nil
            guard let argument = node.named(name) else {
                if name == "--lang" {   // a command group: the language is chosen, the parser need not see it
                    return .consumed(inline == nil && next.map { !$0.hasPrefix("-") } == true ? 2 : 1)
                }
                let names = node.namedArguments.flatMap(\.writtenNames).filter { $0.hasPrefix("--") }
                return .mistake(.unknownOption(name, command: command, suggestion: Suggestion.closest(to: name, in: names)))
            }
            if argument.kind == .flag {
                if let inline { return .mistake(.unexpectedValue(option: name, value: inline)) }
                passed.append(word)
                return .consumed(1)
            }
            if inline != nil {
                passed.append(word)
                return .consumed(1)
            }
            guard let value = next, !value.hasPrefix("-") else {
                return .mistake(.missingValue(option: name, valueName: argument.placeholder))
            }
            passed += [word, value]
            return .consumed(2)
        }

        /// `-q`, `-qv`, `-o value`: each letter a short name of the command; only the last may take a value.
        private mutating func short(_ word: String, next: String?, command: String) -> Step {
            let letters = Array(word.dropFirst())
            var takesValue: ArgumentInfoV0?
            for (position, letter) in letters.enumerated() {
                guard let argument = node.named("-" + String(letter)) else {
                    return .mistake(.unknownOption("-" + String(letter), command: command, suggestion: nil))
                }
                if argument.kind == .option {
                    guard position == letters.count - 1 else {
                        return .mistake(.unknownOption(word, command: command, suggestion: nil))
                    }
                    takesValue = argument
                }
            }
            guard let option = takesValue else {
                passed.append(word)
                return .consumed(1)
            }
            guard let value = next, !value.hasPrefix("-") else {
                return .mistake(.missingValue(option: word, valueName: option.placeholder))
            }
            passed += [word, value]
            return .consumed(2)
        }

        /// A word where the command group expects one of its subcommands, or `help COMMAND…`.
        private mutating func subcommand(_ word: String, rest: ArraySlice<String>) -> Step {
            if word == "help", let helpCommand = node.subcommand("help") {
                var target = node
                var named = false
                var names = rest.makeIterator()
                while let name = names.next() {
                    if name == "--lang" { _ = names.next() }   // its value is no command
                    if name.hasPrefix("-") { continue }
                    guard let sub = target.subcommand(name) else {
                        node = target
                        return .mistake(unknownCommand(name, under: target))
                    }
                    target = sub
                    named = true
                }
                // `thidua help --help` asks about `help` itself.
                return .helpSubcommand(!named && rest.contains { $0 == "-h" || $0 == "--help" } ? helpCommand : target)
            }
            guard let sub = node.subcommand(word) else { return .mistake(unknownCommand(word, under: node)) }
            node = sub
            passed.append(word)
            return .consumed(1)
        }

        private func unknownCommand(_ word: String, under group: CommandInfoV0) -> UsageMessage {
            let names = group.visibleSubcommands.map(\.commandName)
            return .unknownCommand(word, command: group.line, commands: names,
                                   suggestion: Suggestion.closest(to: word, in: names))
        }
    }
}
