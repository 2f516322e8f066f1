import Foundation
import Testing

/// `thidua rubric show|check` run as a process: the seed's table and the refusal of a
/// rubric whose lines do not add up.
@Suite struct RubricCommandTests {
    static let seed = CLI.root.appendingPathComponent("Templates/rubrics/seed.yaml")
    static let codes = ["1", "2", "3", "4a", "4b", "5", "6", "7", "8", "9a", "9b", "10", "11", "12"]

    /// The table's item lines: those that start with one of the seed's codes.
    static func itemLines(_ text: String) -> [String] {
        text.split(separator: "\n").map(String.init).filter { line in
            codes.contains(String(line.prefix { !$0.isWhitespace })) && line.contains("  ")
        }
    }

    @Test func showPrintsFourteenLinesTotallingHundred() throws {
        let out = try CLI.run(["rubric", "show"])
        #expect(out.status == 0)
        let lines = Self.itemLines(out.stdout)
        #expect(lines.map { String($0.prefix { !$0.isWhitespace }) } == Self.codes)
        #expect(out.stdout.contains("Tổng cộng (14 dòng)"))
        let total = try #require(out.stdout.split(separator: "\n").first { $0.contains("Tổng cộng") })
        #expect(total.hasSuffix(" 100"))
        #expect(lines[1].contains("10") && lines[1].contains("đạt / không đạt"))
        #expect(out.stdout.contains("142-KH/HU"))
    }

    @Test func showInEnglish() throws {
        let out = try CLI.run(["rubric", "show", "--lang", "en"])
        #expect(out.status == 0)
        #expect(out.stdout.contains("Criterion") && out.stdout.contains("met / not met"))
        #expect(Self.itemLines(out.stdout).count == 14)
        #expect(!out.stdout.contains("Tổng cộng"))
    }

    @Test func checkSeedIsValid() throws {
        let out = try CLI.run(["rubric", "check", Self.seed.path])
        #expect(out.status == 0)
        #expect(out.stdout.contains("14") && out.stdout.contains("100"))
    }

    @Test func checkRefusesAChangedMaxNamingTheLine() throws {
        let dir = try TempDir()
        defer { dir.remove() }
        let text = try String(contentsOf: Self.seed, encoding: .utf8)
        var lines = text.components(separatedBy: "\n")
        // The first "max: 10" is line 2's; make it 12.
        let index = try #require(lines.firstIndex { $0.trimmingCharacters(in: .whitespaces) == "max: 10" })
        lines[index] = lines[index].replacingOccurrences(of: "max: 10", with: "max: 12")
        let bad = dir.url.appendingPathComponent("bad.yaml")
        try lines.joined(separator: "\n").write(to: bad, atomically: true, encoding: .utf8)

        let out = try CLI.run(["rubric", "check", bad.path])
        #expect(out.status == 2)
        let message = out.stdout + out.stderr
        #expect(message.contains("bad.yaml"))
        #expect(message.contains("dòng"), "names where")
        #expect(message.contains("102") && message.contains("2: 12"), "says what is wrong: \(message)")
        let english = try CLI.run(["rubric", "check", bad.path, "--lang", "en"])
        #expect(english.status == 2)
        #expect((english.stdout + english.stderr).contains("line"))

        // The same rubric given to another command is a configuration error too.
        #expect(try CLI.run(["rubric", "show", "--rubric", bad.path]).status == 2)
        #expect(try CLI.run(["template", "-o", dir.path("mau"), "--rubric", bad.path]).status == 2)
        #expect(try dir.files() == ["bad.yaml"])
    }

    @Test func unknownOptionOrSubcommandExitsTwoNotSixtyFour() throws {
        #expect(try CLI.run(["rubric", "show", "--no-such-option"]).status == 2)
        #expect(try CLI.run(["rubric", "frob"]).status == 2)
        #expect(try CLI.run(["rubric", "check"]).status == 2)
        #expect(try CLI.run(["rubric", "check", "/no/such/rubric.yaml"]).status == 2)
        #expect(try CLI.run(["--no-such-option"]).status == 2)
    }
}
