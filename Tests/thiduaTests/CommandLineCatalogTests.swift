import Catalog
import Foundation
import Scoring
import SheetModel
import Testing
import TestSupport

/// Every sentence of the command line's catalog (Help/ and Console/), rendered in both
/// languages: Vietnamese without the parser's English words, English without Vietnamese
/// letters outside quoted names, each a whole line.
@Suite struct CommandLineCatalogTests {
    static let levels = LoadedRubric.seed.rubric.awards.collective.map { level -> AwardLevel in
        var ascii = level
        ascii.label = "Loai A"
        return ascii
    }

    /// One rendering of every case (typed arguments made up, names ASCII).
    static var samples: [any CatalogMessage] {
        var out: [any CatalogMessage] = ParameterHelp.allCases.map { $0 }
        out += CLICommand.allCases.flatMap { [CommandHelp.abstract($0), CommandHelp.discussion($0)] as [any CatalogMessage] }
        out += ([HelpLabel.usage("thidua check <FILE>"), .arguments, .options, .commands, .optionsPlaceholder,
                .commandPlaceholder, .defaultValue("x"), .seeAlso("thidua --help"), .error("x")] as [HelpLabel]).map { $0 }
        out += (CLICommand.allCases.map { UsageMessage.missingArgument($0, valueName: "FILE") } + [.missingArgument(nil, valueName: "X")])
            .map { $0 as any CatalogMessage }
        out += ([UsageMessage.unknownOption("--rostr", command: "thidua consolidate", suggestion: "--roster"),
                .unknownOption("-x", command: "thidua check", suggestion: nil),
                .unknownCommand("chek", command: "thidua", commands: ["check", "inspect"], suggestion: "check"),
                .missingValue(option: "--roster", valueName: "FILE"), .unexpectedValue(option: "--json", value: "1"),
                .extraArgument("b", command: "thidua consolidate"), .language(written: "fr", source: .option),
                .language(written: "fr", source: .environment), .wholeNumber(option: "--threads", written: "x", atLeast: 1),
                .inboxNotFound(path: "in"), .fileNotFound(path: "a.csv", option: "--roster"), .fileNotFound(path: "a", option: nil),
                .badDate(written: "1/2"), .templateFormat(written: "pdf"), .notAFolder(path: "a"),
                .outputInsideInbox(option: "-o", path: "in/r.xlsx"), .overwritesInput(option: "-o", path: "a", input: "--roster"),
                .sameOutput(option: "--json", path: "a", other: "-o"), .notUnderstood] as [UsageMessage]).map { $0 }
        out += ([ConsoleMessage.skipped(path: "a.zip", reason: nil), .notRead, .unit("DB01 - Dang bo"),
                .score(claimed: 97.5, score: 95.25, max: 100, status: .validWithWarnings), .score(claimed: nil, score: 0, max: 100, status: .invalid),
                .templatesWritten(count: 1_234, folder: "mau"), .rubricValid(file: "a.yaml", id: "seed", lines: 14, total: 100, sha256: "ab"),
                .reading, .unexpectedFailure] as [ConsoleMessage]).map { $0 }
        let tie = ProposalLine.Entry.tie(rank: 3, units: NameList(["A", "B"]), places: 1)
        out += ([SummaryLine.filesRead(read: 20, skipped: 2), .statuses(valid: 1, warned: 2, fixing: 3, unreadable: 1, superseded: 1),
                .notSubmitted(count: 7, names: NameList(["A", "B", "C", "D", "E", "F", "G"])), .proposalsHeading,
                .proposal(ProposalLine(level: "Loai A", quota: 2, entries: [.unit("A"), tie], more: 4)),
                .proposal(ProposalLine(level: "Loai B", quota: 3, entries: [], more: 0)), .nominees(count: 8, quota: 5, aboveQuota: true),
                .report(path: "/r.xlsx"), .returnLists(count: 6, folder: "/tra-lai")] as [SummaryLine]).map { $0 }
        out += FileRecord.Status.allCases.map { SummaryLine.file(path: "a.xlsx", status: $0, reason: nil) } as [any CatalogMessage]
        out += ([InspectText.sheet(name: "S", state: .veryHidden, cells: 3), .merged(ranges: "A1:B1"),
                .cellType(.number(1), formula: true), .cellType(.text("x"), formula: false), .notSpreadsheet(entry: "a.zip › b.jpg")]
            as [InspectText]).map { $0 }
        out += ([RubricTableText.title(id: "seed", plan: "Plan"), .period("2024"), .total(lines: 14),
                .quotas(collective: levels, individuals: 5), .kind(.ratio), .evidence(.optional)] as [RubricTableText]).map { $0 }
        out += RubricTableText.Column.allCases.map { RubricTableText.heading($0) } as [any CatalogMessage]
        out += ([WatchMessage.watching(inbox: "in"), .polling(inbox: "in", every: 2, reason: .unavailable(.tooManyOpenFiles)),
                .nowPolling(every: 0.2, reason: .networkFolder), .valid(unit: "A", score: 97.5),
                .warned(unit: "A", score: 90, warnings: 2, list: nil), .invalid(unit: "A", errors: 1, list: "tra-lai/a.xlsx"),
                .removedNowMissing(unit: "A"), .copying(file: "a.xlsx"),
                .status(submitted: 17, roster: 20, valid: 12, fixing: 5, missing: 3, unreadable: 1),
                .willRetry(problem: "x.", every: 30), .recovered(report: "r.xlsx"), .stopped(report: "r.xlsx")] as [WatchMessage]).map { $0 }
        return out
    }

    @Test func everySentenceSpeaksOneLanguage() {
        let samples = Self.samples
        #expect(samples.count > 120)
        for message in samples {
            if let problem = LanguagePurity.problem(in: message.vi, english: false) { Issue.record("\(message): \(problem)") }
            if let problem = LanguagePurity.problem(in: message.en, english: true) { Issue.record("\(message): \(problem)") }
            #expect(!message.vi.isEmpty && !message.en.isEmpty, "\(message)")
            #expect(message.vi != message.en || message.vi.allSatisfy { !$0.isLetter || $0.isASCII }, "\(message): vi is en")
        }
    }

    /// The console's sentences read as plain Vietnamese by the report's own check too (no
    /// English word, no camelCase code, no decimal point).
    @Test func consoleSentencesAreVietnamese() {
        for message in Self.samples where message is ConsoleMessage || message is SummaryLine || message is WatchMessage
            || message is InspectText || message is RubricTableText {
            #expect(VietnameseTextCheck.problems(in: message.vi).isEmpty, "\(message.vi): \(VietnameseTextCheck.problems(in: message.vi))")
        }
    }

    /// The purity check itself catches the parser's English and Vietnamese letters.
    @Test func purityCheckCatchesTheOtherLanguage() {
        let parser = "Error: Missing expected argument '<FILE> ...'\nHelp:  <FILE>  Các tệp\nUsage: thidua check [--lang <lang>]"
        #expect(LanguagePurity.englishWords(in: parser) == ["Error", "Missing", "expected", "argument", "Help", "Usage"])
        #expect(LanguagePurity.englishWords(in: "Lỗi: Thiếu <FILE> sau --roster. Xem thêm: thidua check --help").isEmpty)
        #expect(LanguagePurity.vietnameseLetters(in: "Options: --lang  Ngôn ngữ") == ["ô", "ữ"])
        #expect(LanguagePurity.vietnameseLetters(in: "Cannot find the inbox folder “Xã Ia Le”.").isEmpty)
        #expect(LanguagePurity.vietnameseLetters(in: "Not found: bai-nop/Xã", arguments: ["bai-nop/Xã"]).isEmpty)
    }
}
