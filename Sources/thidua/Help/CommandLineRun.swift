import ArgumentParser
import ArgumentParserToolInfo
import Catalog
import Scoring

/// One run of `thidua`: the arguments checked against the command tree, then help, a usage
/// error, or the command parsed and run — every word of it in the chosen language. Help
/// exits 0, a usage error 2 (SPEC §9), a command with the code it gives.
struct CommandLineRun {
    let arguments: [String]
    let language: LanguageChoice
    let tree: CommandTree

    func run() -> Never {
        let outcome = ArgumentCheck(tree: tree).check(arguments)
        if let problem = language.problem { usageError(problem.text(language.language), about: outcome.command) }
        switch outcome.request {
        case .help:
            let screen = HelpScreen(command: outcome.command, language: language.language, layout: .forStream(.output))
            Console.write(screen.render())
            System.exit(0)
        case .mistake(let message):
            usageError(message.text(language.language), about: outcome.command)
        case .parse(let parsed):
            do {
                var command = try Thidua.parseAsRoot(parsed)
                try command.run()
                System.exit(0)
            } catch {
                failed(error, command: outcome.command)
            }
        }
    }

    /// What a thrown error means: a check's own sentence (a `ValidationError` from
    /// `validate()` or a value's transform, written from the catalog), an exit code a command
    /// chose, the parser's own answers (version, completion scripts), a parse error the
    /// check did not foresee (a generic sentence), or a failure nobody foresaw.
    private func failed(_ error: Error, command: CommandInfoV0) -> Never {
        if let exit = error as? ExitCode { System.exit(exit.rawValue) }
        if let validation = Self.first(ValidationError.self, in: error) { usageError(validation.message, about: command) }
        switch Thidua.exitCode(for: error) {
        case .success:
            Thidua.exit(withError: error)
        case .validationFailure:
            usageError(UsageMessage.notUnderstood.text(language.language), about: command)
        default:
            Console.err(TextLayout.forStream(.error).wrap(ConsoleMessage.unexpectedFailure.text(language.language)))
            if ArgumentCheck.asksForDetail(arguments) { Console.err("  " + String(describing: error)) }
            System.exit(1)
        }
    }

    /// "Lỗi: …", the command's usage and where its help is, on standard error; exit 2.
    private func usageError(_ message: String, about command: CommandInfoV0) -> Never {
        let layout = TextLayout.forStream(.error)
        let lang = language.language
        Console.err(layout.wrap(HelpLabel.error(message).text(lang)))
        Console.err(layout.wrap(HelpLabel.usage(HelpScreen.usage(command, lang)).text(lang), hanging: 2))
        Console.err(HelpLabel.seeAlso(command.line + " --help").text(lang))
        System.exit(2)
    }

    /// The first value of type `T` inside `value`: itself, or one of its stored properties
    /// or an enum case's payload, down to a few levels. The parser wraps the error a command's
    /// check throws in its own (internal) error types; this finds it there.
    static func first<T>(_ type: T.Type, in value: Any, depth: Int = 6) -> T? {
        if let found = value as? T { return found }
        guard depth > 0 else { return nil }
        for child in Mirror(reflecting: value).children {
            if let found = first(type, in: child.value, depth: depth - 1) { return found }
        }
        return nil
    }
}

extension ArgumentCheck {
    /// True when the arguments ask for detail (`--verbose` or `-v`, alone or among other letters).
    static func asksForDetail(_ arguments: [String]) -> Bool {
        arguments.prefix { $0 != "--" }.contains { word in
            word == "--verbose" || (word.hasPrefix("-") && !word.hasPrefix("--") && word.dropFirst().contains("v"))
        }
    }
}
