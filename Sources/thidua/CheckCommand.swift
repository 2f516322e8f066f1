import ArgumentParser
import Catalog
import Foundation
import Pipeline
import Reports
import Scoring

/// `thidua check FILE...`: reads, locates and scores each file and prints every finding.
struct CheckCommand: ParsableCommand {
    static var configuration: CommandConfiguration { .catalog(.check, name: "check") }

    @OptionGroup var global: GlobalOptions
    @OptionGroup var rubricOption: RubricOption
    @OptionGroup var reading: ReadingOptions

    @Flag(name: .long, help: ArgumentHelp(.printJSON))
    var json = false

    @Argument(help: ArgumentHelp(.checkFiles, valueName: "FILE"))
    var files: [String]

    /// A path that names nothing is a mistake in the command line, not an unreadable submission.
    func validate() throws {
        for file in files { try InputFile.mustExist(file, option: nil) }
    }

    func run() throws {
        let language = global.lang
        let loaded = try rubricOption.load(language: language, verbose: global.verbose)
        let pool = try Readers.pool(rubric: loaded.rubric, inspection: nil, keepsEvidence: true, options: reading,
                                    workers: reading.threads ?? 1, language: language)
        var documents: [SubmissionJSON.Source] = []
        var anyInvalid = false
        for path in files {
            let info = try? FileManager.default.attributesOfItem(atPath: path)
            let size = (info?[.size] as? NSNumber)?.int64Value ?? 0
            let modified = (info?[.modificationDate] as? Date)?.timeIntervalSince1970
            for outcome in pool.read(path: path, name: path, size: size, modified: modified).flattened {
            if outcome.record.status == .skipped {  // an archive's lock file, photo, scan…
                if !json { Console.out(ConsoleMessage.skipped(path: outcome.record.path, reason: outcome.record.reason), language) }
                continue
            }
            let invalid = outcome.result?.hasErrors ?? true
            anyInvalid = anyInvalid || invalid
            if json {
                documents.append(outcome.result.map { .scored($0, format: outcome.record.format) }
                                 ?? .unread(outcome.record))
            } else {
                printHuman(outcome, language: language)
            }
            }
        }
        if json {
            FileHandle.standardOutput.write(CheckJSON.document(documents, rubric: loaded.rubric, language: language))
        }
        if anyInvalid { throw ExitCode(1) }
    }

    private func printHuman(_ outcome: FileOutcome, language: Language) {
        Console.out(outcome.record.path)
        guard let s = outcome.result else {
            outcome.record.findings.forEach { Console.out(Console.line($0, language, verbose: global.verbose)) }
            Console.out("  " + ConsoleMessage.notRead.text(language))
            return
        }
        let unit = [s.unit.code, s.unit.name].compactMap { $0 }.joined(separator: " - ")
        if !unit.isEmpty { Console.out("  " + ConsoleMessage.unit(unit).text(language)) }
        Console.out("  " + ConsoleMessage.score(claimed: s.claimedTotal, score: s.score, max: loaded(s), status: s.status)
            .text(language))
        let shown = s.findings.filter { !global.quiet || $0.severity == .error }
            .filter { global.verbose || $0.severity != .info }
        shown.forEach { Console.out(Console.line($0, language, verbose: global.verbose)) }
    }

    private func loaded(_ s: UnitResult) -> Double { s.lines.reduce(0) { $0 + $1.max } }
}
