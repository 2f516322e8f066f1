import Foundation
import Scoring
import Catalog
import Testing
import TestSupport
@testable import thidua

/// `thidua manual` (the man page `make dist` installs): both languages render, every visible
/// command and option of the command tree is on the page, and no help text can become roff.
@Suite struct ManualCommandTests {
    /// Every visible command of `--experimental-dump-help`, as "thidua rubric show", with its
    /// visible arguments (JSON objects).
    static func commandTree() throws -> [(name: String, arguments: [[String: Any]])] {
        let dump = try CLI.run(["--experimental-dump-help"])
        let tool = try CLI.jsonObject(dump.stdoutData)
        var out: [(String, [[String: Any]])] = []
        func walk(_ command: [String: Any], _ prefix: [String]) {
            let name = prefix + [command["commandName"] as? String ?? ""]
            for sub in command["subcommands"] as? [[String: Any]] ?? [] {
                guard sub["shouldDisplay"] as? Bool ?? true, sub["commandName"] as? String != "help" else { continue }
                let args = (sub["arguments"] as? [[String: Any]] ?? []).filter { $0["shouldDisplay"] as? Bool ?? true }
                out.append(((name + [sub["commandName"] as? String ?? ""]).joined(separator: " "), args))
                walk(sub, name)
            }
        }
        walk(try #require(tool["command"] as? [String: Any]), [])
        return out
    }

    /// How the page writes an argument: `\fB\-o\fR` for each name, `\fIFILE\fR` for a value.
    static func roffNames(_ argument: [String: Any]) -> [String] {
        let names = argument["names"] as? [[String: String]] ?? []
        if argument["kind"] as? String == "positional" {
            return ["\\fI" + Roff.inline(argument["valueName"] as? String ?? "") + "\\fR"]
        }
        return names.map { "\\fB" + Roff.inline(($0["kind"] == "short" ? "-" : "--") + ($0["name"] ?? "")) + "\\fR" }
    }

    @Test(arguments: Language.allCases)
    func everyCommandAndOptionIsOnThePage(_ language: Language) throws {
        let run = try CLI.run(["manual", "--lang", language.rawValue])
        #expect(run.status == 0, "\(run.stderr)")
        let page = run.stdout
        #expect(page.hasPrefix("'\\\" -*- coding: utf-8 -*-\n"))
        #expect(page.contains(".TH \"THIDUA\" 1 \""))
        for section in ManualMessage.Section.allCases {
            #expect(page.contains("\n.SH \"\(ManualMessage.section(section).text(language))\"\n"), "\(section)")
        }
        #expect(page.contains(Roff.textLine(ManualMessage.commonOptionsIntro.text(language))))
        let tree = try Self.commandTree()
        #expect(tree.map(\.name).contains("thidua rubric show") && tree.count >= 7, "\(tree.map(\.name))")
        for command in tree {
            #expect(page.contains("\n.SS \"\(command.name)\"\n"), "no section for \(command.name)")
            for argument in command.arguments {
                for name in Self.roffNames(argument) {
                    #expect(page.contains(name), "\(command.name): \(name) is not on the page")
                }
            }
        }
        // The hidden command and argument-parser's own `help` are not.
        #expect(!page.contains("\"thidua manual\"") && !page.contains("\"thidua help\""))
    }

    @Test func theLanguagesDiffer() throws {
        let vi = try CLI.run(["manual", "--lang", "vi"]).stdout, en = try CLI.run(["manual", "--lang", "en"]).stdout
        #expect(vi.contains(".SH \"CÁCH DÙNG\"") && en.contains(".SH \"SYNOPSIS\""))
        #expect(vi.contains("\"Lệnh người dùng\"") && en.contains("\"User Commands\""))
        #expect(vi.contains("In hướng dẫn sử dụng.") && en.contains("Print the help."))
    }

    /// Every line is a request the page means, or text that cannot be one; every backslash
    /// and hyphen in text is an escape.
    @Test(arguments: Language.allCases)
    func helpTextNeverBecomesRoff(_ language: Language) throws {
        let page = try CLI.run(["manual", "--lang", language.rawValue]).stdout
        let requests: Set<String> = [".TH", ".SH", ".SS", ".PP", ".IP", ".TP", ".RS", ".RE", ".nf", ".fi", ".SY", ".YS", ".BR", ".\\\""]
        let escape = try Regex(#"\\(?:e|-|&| |\(dq|f[BIR])"#)
        for line in page.split(separator: "\n", omittingEmptySubsequences: false).dropLast() {
            #expect(!line.isEmpty, "a blank line in the page")
            if line.hasPrefix("'\\\"") || line.hasPrefix(".\\\"") { continue }
            if line.hasPrefix(".") {
                #expect(requests.contains(String(line.prefix { $0 != " " })), "unexpected request: \(line)")
            }
            #expect(!line.hasPrefix("'"), "a line a roff would read as a request: \(line)")
            if line.hasPrefix(".TH") { continue }  // the date is YYYY-MM-DD as written
            let bare = line.replacing(escape, with: "")
            #expect(!bare.contains("\\") && !bare.contains("-"), "unescaped backslash or hyphen: \(line)")
        }
    }

    @Test func roffEscapes() {
        #expect(Roff.textLine(".hidden request") == "\\&.hidden request")
        #expect(Roff.textLine("'quote") == "\\&'quote")
        #expect(Roff.textLine("   indented") == "indented")
        #expect(Roff.inline(#"C:\Thi đua\bai-nop"#) == #"C:\eThi đua\ebai\-nop"#)
        #expect(Roff.inline("--roster -o") == "\\-\\-roster \\-o")
        #expect(Roff.argument("say \"hi\" -x") == "\"say \\(dqhi\\(dq \\-x\"")
        #expect(Roff.bold("--json") == "\\fB\\-\\-json\\fR")
        let body = Roff.body("Ví dụ:\n  thidua check .x\n  'y\n\nsau đó\n.z")
        #expect(body == ["Ví dụ:", ".RS 4", ".nf", "thidua check .x", "\\&'y", ".fi", ".RE", ".PP", "sau đó", "\\&.z"])
        // Long text is wrapped at spaces, and a wrapped line starting with '.' is guarded too.
        let wrapped = Roff.textLine(String(repeating: "chữ ", count: 30) + "tên.net", width: 40).split(separator: "\n")
        #expect(wrapped.count > 2 && wrapped.allSatisfy { $0.utf8.count <= 40 })
        #expect(Roff.textLine("aaaa bbbb .net", width: 9) == "aaaa bbbb\n\\&.net")
    }

    @Test func pageDateFollowsSourceDateEpoch() {
        #expect(ManualCommand.pageDate(["SOURCE_DATE_EPOCH": "0"]) == "1970-01-01")
        #expect(ManualCommand.pageDate(["SOURCE_DATE_EPOCH": "1796695200"]) == "2026-12-08")
        #expect(ManualCommand.pageDate([:]).count == 10)
    }

    @Test func vietnameseWordsReadAsVietnamese() {
        var messages: [ManualMessage] = ManualMessage.Section.allCases.map { .section($0) }
            + ManualMessage.InstalledFile.allCases.map { .file($0) }
            + ManualPage.exitCodes.map { .exitCode($0) }
        messages += [.pageHeader, .abstract, .commandPlaceholder, .optionsPlaceholder, .commandsIntro,
                     .commonOptionsIntro, .helpFlag, .versionFlag, .defaultValue("BaoCaoTongHop.xlsx"),
                     .values(["vi", "en"])]
        for message in messages {
            #expect(message.vi != message.en, "\(message)")
            let problems = VietnameseTextCheck.problems(in: message.vi)
            #expect(problems.isEmpty, "\(message): \(problems) in “\(message.vi)”")
        }
    }

    /// groff reads both pages without a warning (when groff is installed, as on Debian).
    @Test(arguments: Language.allCases)
    func groffReadsThePageWithoutWarnings(_ language: Language) throws {
        let groff = "/usr/bin/groff"
        guard FileManager.default.isExecutableFile(atPath: groff) else { return }
        let dir = try TempDir()
        defer { dir.remove() }
        let file = dir.url.appendingPathComponent("thidua.1")
        try CLI.run(["manual", "--lang", language.rawValue]).stdoutData.write(to: file)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: groff)
        process.arguments = ["-k", "-man", "-Tutf8", "-ww", "-z", file.path]
        process.environment = ["LC_ALL": "C.UTF-8", "PATH": "/usr/bin:/bin"]
        let errors = Pipe()
        process.standardError = errors
        try process.run()
        let messages = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0 && messages.isEmpty, "\(messages)")
    }
}
