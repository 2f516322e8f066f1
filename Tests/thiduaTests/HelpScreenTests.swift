import Foundation
import Testing

/// `--help`, `-h` and `thidua help X` of every command the binary has, in Vietnamese and
/// English: exit 0, the headings and every option of the command in the chosen language,
/// and not one word of the other (SPEC §5, §9).
@Suite struct HelpScreenTests {
    /// A command as the binary describes itself (`--experimental-dump-help`).
    struct Command {
        var path: [String]
        var options: [String]
        var subcommands: [String]
        var abstract: String
        var discussion: String
    }

    /// Every command of the tree, the root first, in `english` or Vietnamese.
    static func commands(english: Bool) throws -> [Command] {
        let out = try CLI.run(["--experimental-dump-help"], environment: english ? ["THIDUA_LANG": "en"] : [:])
        #expect(out.status == 0)
        let tool = try CLI.jsonObject(out.stdoutData)
        var found: [Command] = []
        func walk(_ command: [String: Any], path: [String]) {
            let arguments = command["arguments"] as? [[String: Any]] ?? []
            let options = arguments.filter { $0["kind"] as? String != "positional" && $0["shouldDisplay"] as? Bool != false }
                .compactMap { ($0["names"] as? [[String: Any]])?.first { $0["kind"] as? String == "long" }?["name"] as? String }
                .filter { $0 != "version" || path.isEmpty }
            let subcommands = (command["subcommands"] as? [[String: Any]] ?? []).filter { $0["shouldDisplay"] as? Bool != false }
            found.append(Command(path: path, options: options.map { "--" + $0 },
                                 subcommands: subcommands.compactMap { $0["commandName"] as? String },
                                 abstract: command["abstract"] as? String ?? "", discussion: command["discussion"] as? String ?? ""))
            for sub in subcommands { walk(sub, path: path + [sub["commandName"] as? String ?? ""]) }
        }
        walk(try #require(tool["command"] as? [String: Any]), path: [])
        return found
    }

    /// The ways to ask for a command's help; in English, with `--lang` in every place and form.
    static func requests(_ path: [String], english: Bool) -> [(arguments: [String], environment: [String: String])] {
        var asked: [[String]] = [path + ["--help"], path + ["-h"]]
        if path != ["help"] { asked.append(["help"] + path) }
        guard english else { return asked.map { ($0, [:]) } }
        return [(path + ["--help", "--lang", "en"], [:]), (["--lang=en"] + path + ["-h"], [:]),
                (path + ["--lang", "en", "--help"], ["THIDUA_LANG": "vi"])]
            + (path == ["help"] ? [] : [(["help"] + path, ["THIDUA_LANG": "en"])])
    }

    @Test(arguments: [false, true])
    func everyCommandsHelpSpeaksOneLanguage(english: Bool) throws {
        let commands = try Self.commands(english: english)
        #expect(commands.count >= 10, "root, six commands, rubric's two and help")
        let usage = english ? "Usage: " : "Cách dùng: "
        for command in commands {
            for request in Self.requests(command.path, english: english) {
                let out = try CLI.run(request.arguments, environment: request.environment)
                let asked = request.arguments.joined(separator: " ")
                #expect(out.status == 0, "\(asked): help exits 0")
                #expect(out.stderr.isEmpty, "\(asked): \(out.stderr)")
                #expect(out.stdout.contains(usage + (["thidua"] + command.path).joined(separator: " ")), "\(asked)")
                for option in command.options { #expect(out.stdout.contains(option), "\(asked): \(option) listed") }
                for sub in command.subcommands { #expect(out.stdout.contains("  " + sub + " "), "\(asked): \(sub) listed") }
                if !command.subcommands.isEmpty { #expect(out.stdout.contains(english ? "Commands:" : "Lệnh:"), "\(asked)") }
                if command.options.count > 1 { #expect(out.stdout.contains(english ? "Options:" : "Tùy chọn:"), "\(asked)") }
                if let problem = LanguagePurity.problem(in: out.stdout, english: english) { Issue.record("\(asked): \(problem)") }
            }
        }
    }

    /// Paragraphs are one line each in the catalog and on a screen that is no terminal: the
    /// command's abstract and each line of its discussion appear whole.
    @Test(arguments: [false, true])
    func paragraphsAreNotHardWrapped(english: Bool) throws {
        for command in try Self.commands(english: english) {
            let out = try CLI.run(command.path + ["--help"], environment: english ? ["THIDUA_LANG": "en"] : [:])
            let lines = Set(out.stdout.split(separator: "\n").map(String.init))
            #expect(lines.contains(command.abstract) || command.path == ["help"], "\(command.path): the abstract on one line")
            for line in command.discussion.split(separator: "\n").map(String.init) where !line.isEmpty {
                #expect(lines.contains(line), "\(command.path): “\(line)” on one line")
                if line.first != " " {
                    #expect(line.last.map { ".:?!".contains($0) } == true, "\(command.path): “\(line)” is a whole paragraph")
                }
            }
        }
    }

    /// On a screen `COLUMNS` wide, help is wrapped at word boundaries to that width; only an
    /// example command line (kept whole, to be copied) may be longer.
    @Test func helpWrapsAtTheScreenWidth() throws {
        for arguments in [["--help"], ["consolidate", "--help"], ["watch", "--help", "--lang", "en"]] {
            let out = try CLI.run(arguments, environment: ["COLUMNS": "72"])
            #expect(out.status == 0)
            let long = out.stdout.split(separator: "\n").filter { $0.count > 72 && !$0.hasPrefix("  thidua ") }
            #expect(long.isEmpty, "\(arguments): \(long)")
            #expect(out.stdout.split(separator: "\n").contains { $0.hasPrefix("        ") }, "a wrapped help line is indented")
        }
    }

    @Test func versionAndCompletionScriptsStillComeFromTheParser() throws {
        let version = try CLI.run(["--version"])
        #expect(version.status == 0)
        #expect(version.stdout.trimmingCharacters(in: .whitespacesAndNewlines).split(separator: ".").count == 3)
        for shell in ["bash", "zsh", "fish"] {
            let script = try CLI.run(["--generate-completion-script", shell])
            #expect(script.status == 0, "\(shell)")
            #expect(script.stdout.contains("thidua") && script.stdout.contains("consolidate"), "\(shell)")
        }
    }
}
