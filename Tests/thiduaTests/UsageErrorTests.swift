import Foundation
import Testing

/// The usual mistakes on the command line, in Vietnamese and English: each exits 2 with
/// "Lỗi: …" / "Error: …", a sentence that says what to do, the command's usage and where
/// its help is — and not one word of the other language (SPEC §5, §9).
@Suite struct UsageErrorTests {
    /// A mistake, and what the first line of each language must say about it.
    struct Mistake: CustomTestStringConvertible, Sendable {
        var name: String
        var arguments: [String]
        var vi: [String]
        var en: [String]
        /// The command whose usage follows.
        var command: String
        var testDescription: String { name }
    }

    static let inbox = CLI.inbox.path
    static let sample = CLI.inbox.appendingPathComponent("CQ03 - Phòng Tư pháp.xlsx").path

    static let mistakes: [Mistake] = [
        Mistake(name: "missing argument", arguments: ["check"],
                vi: ["Thiếu tệp cần kiểm tra (<FILE>)"], en: ["Missing the file to check (<FILE>)"], command: "thidua check"),
        Mistake(name: "missing inbox argument", arguments: ["consolidate", "-q"],
                vi: ["Thiếu thư mục bài nộp (<INBOX>)"], en: ["Missing the inbox (<INBOX>)"], command: "thidua consolidate"),
        Mistake(name: "unknown option", arguments: ["consolidate", inbox, "--rostr", "don-vi.csv"],
                vi: ["không có tùy chọn --rostr", "Có phải ý bạn là --roster?"], en: ["has no option --rostr", "Did you mean --roster?"],
                command: "thidua consolidate"),
        Mistake(name: "unknown short option", arguments: ["check", "-qx", sample],
                vi: ["không có tùy chọn -x"], en: ["has no option -x"], command: "thidua check"),
        Mistake(name: "unknown command", arguments: ["nosuchcommand"],
                vi: ["Không có lệnh “nosuchcommand”", "template, check, consolidate, watch, rubric, inspect"],
                en: ["There is no command “nosuchcommand”", "template, check, consolidate, watch, rubric, inspect"],
                command: "thidua"),
        Mistake(name: "mistyped command", arguments: ["consolidat", inbox],
                vi: ["Có phải ý bạn là consolidate?"], en: ["Did you mean consolidate?"], command: "thidua"),
        Mistake(name: "unknown subcommand", arguments: ["rubric", "shwo"],
                vi: ["Không có lệnh “shwo”", "Có phải ý bạn là show?"], en: ["There is no command “shwo”", "Did you mean show?"],
                command: "thidua rubric"),
        Mistake(name: "help for an unknown command", arguments: ["help", "nosuchcommand"],
                vi: ["Không có lệnh “nosuchcommand”"], en: ["There is no command “nosuchcommand”"], command: "thidua"),
        Mistake(name: "missing value", arguments: ["consolidate", inbox, "--roster"],
                vi: ["Thiếu <FILE> sau --roster"], en: ["Missing <FILE> after --roster"], command: "thidua consolidate"),
        Mistake(name: "missing value before an option", arguments: ["consolidate", inbox, "-o", "--json", "r.json"],
                vi: ["Thiếu <REPORT.xlsx> sau -o"], en: ["Missing <REPORT.xlsx> after -o"], command: "thidua consolidate"),
        Mistake(name: "value of the wrong kind", arguments: ["consolidate", inbox, "--threads", "x"],
                vi: ["--threads cần một số nguyên từ 1 trở lên (đã nhận: x)"], en: ["--threads takes a whole number, 1 or more (got: x)"],
                command: "thidua consolidate"),
        Mistake(name: "value out of range", arguments: ["consolidate", inbox, "--threads", "0"],
                vi: ["--threads cần một số nguyên"], en: ["--threads takes a whole number"], command: "thidua consolidate"),
        Mistake(name: "value for a flag", arguments: ["check", "--json=yes", sample],
                vi: ["--json không đi kèm giá trị nào"], en: ["--json takes no value"], command: "thidua check"),
        Mistake(name: "extra argument", arguments: ["consolidate", inbox, "thua"],
                vi: ["Thừa “thua”"], en: ["Unexpected “thua”"], command: "thidua consolidate"),
        Mistake(name: "missing inbox", arguments: ["consolidate", "no-such-inbox"],
                vi: ["Không tìm thấy thư mục bài nộp “no-such-inbox”"], en: ["Cannot find the inbox folder “no-such-inbox”"],
                command: "thidua consolidate"),
        Mistake(name: "missing file", arguments: ["check", "khong-co.xlsx"],
                vi: ["Không tìm thấy tệp “khong-co.xlsx”"], en: ["Cannot find the file “khong-co.xlsx”"], command: "thidua check"),
        Mistake(name: "missing rubric file", arguments: ["consolidate", inbox, "--rubric", "khong-co.yaml"],
                vi: ["Không tìm thấy tệp “khong-co.yaml” (--rubric)"], en: ["Cannot find the file “khong-co.yaml” (--rubric)"],
                command: "thidua consolidate"),
        Mistake(name: "missing roster", arguments: ["template", "--roster", "khong-co.csv"],
                vi: ["(--roster)"], en: ["(--roster)"], command: "thidua template"),
        Mistake(name: "bad date", arguments: ["consolidate", inbox, "--date", "25/06/2024"],
                vi: ["--date cần dạng YYYY-MM-DD"], en: ["--date takes YYYY-MM-DD"], command: "thidua consolidate"),
        Mistake(name: "bad template format", arguments: ["template", "--format", "pdf"],
                vi: ["--format nhận xlsx, csv"], en: ["--format takes xlsx, csv"], command: "thidua template"),
        Mistake(name: "output inside the inbox", arguments: ["consolidate", inbox, "-o", inbox + "/r.xlsx"],
                vi: ["không ghi kết quả vào thư mục bài nộp"], en: ["never written into the inbox"], command: "thidua consolidate"),
        Mistake(name: "unknown completion shell", arguments: ["--generate-completion-script", "tcsh"],
                vi: ["Không hiểu cách ghi lệnh này."], en: ["This command line could not be understood."], command: "thidua"),
    ]

    @Test(arguments: mistakes, [false, true])
    func mistakeIsSaidInOneLanguage(_ mistake: Mistake, english: Bool) throws {
        let dir = try TempDir()
        defer { dir.remove() }
        let arguments = english ? mistake.arguments + ["--lang", "en"] : mistake.arguments
        let out = try CLI.run(arguments, in: dir.url)
        try Self.expectUsageError(out, mistake: mistake, english: english, arguments: arguments)
        #expect(try dir.files().isEmpty, "nothing written")
    }

    /// `THIDUA_LANG=en` chooses English as `--lang en` does, and `--lang` wins over it.
    @Test(arguments: mistakes.prefix(4))
    func environmentChoosesTheLanguage(_ mistake: Mistake) throws {
        try Self.expectUsageError(try CLI.run(mistake.arguments, environment: ["THIDUA_LANG": "en"]),
                                  mistake: mistake, english: true, arguments: mistake.arguments)
        let vi = mistake.arguments + ["--lang", "vi"]
        try Self.expectUsageError(try CLI.run(vi, environment: ["THIDUA_LANG": "en"]), mistake: mistake, english: false, arguments: vi)
    }

    /// A language thidua does not speak is a usage error in the language it falls back to.
    @Test func unknownLanguage() throws {
        let option = try CLI.run(["check", Self.sample, "--lang", "fr"])
        #expect(option.status == 2)
        #expect(option.stderr.hasPrefix("Lỗi: Không có ngôn ngữ “fr”: --lang nhận vi (tiếng Việt) hoặc en (tiếng Anh)."))
        let inEnglish = try CLI.run(["check", Self.sample, "--lang=fr"], environment: ["THIDUA_LANG": "en"])
        #expect(inEnglish.status == 2)
        #expect(inEnglish.stderr.hasPrefix("Error: There is no language “fr”: --lang takes vi (Vietnamese) or en (English)."))
        let variable = try CLI.run(["check", Self.sample], environment: ["THIDUA_LANG": "fr"])
        #expect(variable.status == 2)
        #expect(variable.stderr.hasPrefix("Lỗi: Biến môi trường THIDUA_LANG ghi “fr”"))
        let overridden = try CLI.run(["check", Self.sample, "--lang", "en"], environment: ["THIDUA_LANG": "fr"])
        #expect(overridden.status != 2, "--lang wins over the variable: \(overridden.stderr)")
        for out in [option, inEnglish, variable] {
            #expect(out.stdout.isEmpty)
            #expect(LanguagePurity.problem(in: out.stderr, english: out.stderr.hasPrefix("Error")) == nil, "\(out.stderr)")
        }
    }

    /// A rubric file that is not a rubric: exit 2 with the catalog's reason, in each language.
    @Test(arguments: [false, true])
    func badRubricFile(english: Bool) throws {
        let dir = try TempDir()
        defer { dir.remove() }
        let bad = dir.path("sai.yaml")
        try Data("id: thu\nitems: 3\n".utf8).write(to: URL(fileURLWithPath: bad))
        for arguments in [["rubric", "check", bad], ["consolidate", CLI.inbox.path, "--rubric", bad, "-o", dir.path("r.xlsx")]] {
            let asked = english ? arguments + ["--lang", "en"] : arguments
            let out = try CLI.run(asked)
            #expect(out.status == 2, "\(arguments)")
            #expect(out.stderr.contains("sai.yaml"), "\(out.stderr)")
            if let problem = LanguagePurity.problem(in: out.stderr, english: english, arguments: asked) { Issue.record("\(problem)") }
        }
    }

    static func expectUsageError(_ out: CLI.Output, mistake: Mistake, english: Bool, arguments: [String],
                                 sourceLocation: SourceLocation = #_sourceLocation) throws {
        #expect(out.status == 2, "\(mistake.name): \(out.stderr)", sourceLocation: sourceLocation)
        #expect(out.stdout.isEmpty, "\(mistake.name): \(out.stdout)", sourceLocation: sourceLocation)
        let lines = out.stderr.split(separator: "\n").map(String.init)
        #expect(lines.count == 3, "\(mistake.name): the error, the usage, the help\n\(out.stderr)", sourceLocation: sourceLocation)
        #expect(lines.first?.hasPrefix(english ? "Error: " : "Lỗi: ") == true, "\(mistake.name): \(out.stderr)",
                sourceLocation: sourceLocation)
        for words in english ? mistake.en : mistake.vi {
            #expect(lines.first?.contains(words) == true, "\(mistake.name): “\(words)” in \(out.stderr)", sourceLocation: sourceLocation)
        }
        #expect(lines.dropFirst().first?.hasPrefix((english ? "Usage: " : "Cách dùng: ") + mistake.command) == true,
                "\(mistake.name): \(out.stderr)", sourceLocation: sourceLocation)
        #expect(lines.last == (english ? "See: " : "Xem thêm: ") + mistake.command + " --help", "\(mistake.name): \(out.stderr)",
                sourceLocation: sourceLocation)
        if let problem = LanguagePurity.problem(in: out.stderr, english: english, arguments: arguments) {
            Issue.record("\(mistake.name): \(problem)", sourceLocation: sourceLocation)
        }
    }
}
