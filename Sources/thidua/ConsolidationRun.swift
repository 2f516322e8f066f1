import ArgumentParser
import Catalog
import Foundation
import Pipeline
import Reports
import Scoring
import SheetModel

/// One consolidation as `thidua consolidate` runs it, in steps: load the rubric and roster,
/// scan, read, consolidate, write the report, JSON and return lists, print the summary.
/// `thidua watch` runs the same steps with the same options, repeating the last ones on
/// cached results.
struct ConsolidationRun {
    /// The parsed options of `consolidate` (which `watch` takes as they are).
    let options: ConsolidateCommand
    let loaded: LoadedRubric
    let roster: [RosterEntry]?
    /// The inspection forms `--inspected` and `--inspection-form` name, read before the inbox.
    let form: InspectionOptions.Loaded

    /// An output that could not be written, said in one line.
    struct OutputFailure: Error {
        var message: String
    }

    /// What one job of `writeOutputs` gave: the report or the JSON file, or one return list.
    enum Output: Sendable {
        case file(Result<Void, OutputFailure>)
        case list(Result<String, ReportError>)
    }

    var language: Language { options.global.lang }
    var reportDate: DateTimeValue? { options.date.flatMap(ReportDate.parse) }

    /// Loads the rubric and the roster; prints why and throws `ExitCode(2)` when either is unusable.
    init(_ options: ConsolidateCommand) throws {
        self.options = options
        loaded = try options.rubricOption.load(language: options.global.lang, verbose: options.global.verbose)
        roster = try options.rosterOption.load(rubric: loaded.rubric, global: options.global)
        form = try options.inspection.load(rubric: loaded.rubric, language: options.global.lang,
                                           verbose: options.global.verbose)
    }

    /// Lists the inbox; prints why and throws `ExitCode(2)` when it cannot be read.
    func scan() throws -> (files: [InboxFile], skipped: [SkippedFile]) {
        do { return try InboxScanner.scan(options.inbox) } catch {
            Console.err(inboxUnreadable(error))
            throw ExitCode(2)
        }
    }

    /// "Không đọc được thư mục …: why" (with `--verbose`, the system's detail on a second line).
    func inboxUnreadable(_ error: Error) -> String {
        let (cause, detail) = Console.cause(error)
        return said(.cannotReadInbox(path: options.inbox, cause: cause), detail: detail)
    }

    /// An output that could not be written, in one sentence (and the detail with `--verbose`).
    func cannotWrite(_ target: OutputMessage.Target, _ path: String, _ error: Error) -> OutputFailure {
        let (cause, detail) = Console.cause(error)
        return OutputFailure(message: said(.cannotWrite(target, path: path, cause: cause), detail: detail))
    }

    private func said(_ message: OutputMessage, detail: String) -> String {
        message.text(language) + (options.global.verbose && !detail.isEmpty ? "\n  " + detail : "")
    }

    /// Reads every file in the reading workers (one per core, or `--threads`), with a progress
    /// bar on a terminal; throws `ExitCode(2)` when no worker can be started.
    func read(_ files: [InboxFile]) throws -> [FileOutcome] {
        let pool = try Readers.pool(rubric: loaded.rubric, inspection: form.points,
                                    keepsEvidence: options.inspection.inspectionForm != nil, options: options.reading,
                                    language: language)
        let bar = ProgressBar(total: files.count, label: ConsoleMessage.reading.text(language), quiet: options.global.quiet)
        let outcomes = Batch.read(files, with: pool, progress: { bar.advance() })
        bar.finish()
        return outcomes
    }

    /// Matches, supersedes, ranks and proposes.
    func consolidate(_ outcomes: consuming [FileOutcome], skipped: [SkippedFile]) -> Batch.Result {
        Batch.consolidate(outcomes, skipped: skipped, roster: roster, rubric: loaded.rubric)
    }

    /// The form read back with `--inspected`, reviewed against this consolidation.
    func inspection(_ result: Batch.Result) -> InspectionRecord? { form.review(result) }

    /// Writes the report (`-o`) atomically.
    func writeReport(_ result: Batch.Result, fileCount: Int, inspection: InspectionRecord?) throws(OutputFailure) {
        let output = options.output
        var input = ReportInput(consolidation: result.consolidation, files: result.files,
                                rosterSize: roster?.count, rubricSHA256: loaded.sha256,
                                rubricFileName: loaded.fileName, version: ThiduaVersion.current,
                                language: language, reportDate: reportDate,
                                constantMemory: fileCount > 5_000)
        input.inspection = inspection
        var limits = RenderLimits()
        do {
            try AtomicWrite.write(to: output) { limits = try ReportWriter.write(input, to: $0) }
        } catch {
            throw cannotWrite(.report, output, error)
        }
        if !limits.isEmpty {
            Console.err(.reportShortened(path: output, cutCells: limits.cutCells.count, first: limits.cutCells.first?.text(language),
                                         droppedRows: limits.droppedRows.values.reduce(0, +)), language)
        }
    }

    /// Writes `--json` atomically, when asked for.
    func writeJSON(_ result: Batch.Result, inspection: InspectionRecord?) throws(OutputFailure) {
        guard let json = options.json else { return }
        let formats = Dictionary(result.files.compactMap { f in f.format.map { (f.path, $0) } },
                                 uniquingKeysWith: { a, _ in a })
        do {
            try AtomicWrite.write(to: json) {
                try ConsolidationJSON.write(result.consolidation, files: result.files, formats: formats,
                                            language: language, inspection: inspection, to: $0)
            }
        } catch {
            throw cannotWrite(.json, json, error)
        }
    }

    /// Writes `--return-dir`'s lists, when asked for, and returns their paths; a list for
    /// which `unchanged` says true is kept as it is on disk.
    func writeReturnLists(_ result: Batch.Result,
                          unchanged: (String, ConsolidatedUnit) -> Bool = { _, _ in false }) throws(OutputFailure) -> [String] {
        guard let returnDir = options.returnDir else { return [] }
        do {
            return try System.holdingFreedMemory {
                try ReturnLists.write(result.consolidation, language: language, reportDate: reportDate,
                                      into: returnDir, threads: options.threads, unchanged: unchanged)
            }
        } catch {
            throw cannotWrite(.returnLists, returnDir, error)
        }
    }

    /// Writes the report, `--json` and `--return-dir`'s lists on all cores (or `--threads`):
    /// one worker writes the report while the others write the JSON file and then the lists.
    /// Returns the lists' paths; the first failure (report, JSON, lists) is thrown once
    /// everything was tried.
    func writeOutputs(_ result: Batch.Result, fileCount: Int,
                      inspection: InspectionRecord?) throws(OutputFailure) -> [String] {
        // A return folder that cannot be made fails the lists, never the report or the JSON.
        var lists: Result<ReturnLists, OutputFailure>?
        if let returnDir = options.returnDir {
            lists = Result { () throws(OutputFailure) in
                do {
                    return try ReturnLists(result.consolidation, language: language, reportDate: reportDate,
                                           into: returnDir)
                } catch {
                    throw cannotWrite(.returnLists, returnDir, error)
                }
            }
        }
        let planned = try? lists?.get()
        // One pool: the counter hands out the report (0) and the JSON file (1) first, then the
        // lists, so one worker writes the report while the other writes the JSON and lists.
        let written = System.holdingFreedMemory(when: planned != nil) {
            ParallelMap.map(count: 2 + (planned?.jobs.count ?? 0), threads: options.threads) { i -> Output in
                switch i {
                case 0: .file(Result { () throws(OutputFailure) in
                    try writeReport(result, fileCount: fileCount, inspection: inspection) })
                case 1: .file(Result { () throws(OutputFailure) in try writeJSON(result, inspection: inspection) })
                default: .list(planned!.write(i - 2))
                }
            }
        }
        for case .file(let outcome) in written.prefix(2) { try outcome.get() }
        guard let lists else { return [] }
        let plan = try lists.get()
        do {
            return try plan.paths(written.dropFirst(2).compactMap { if case .list(let r) = $0 { r } else { nil } })
        } catch {
            throw cannotWrite(.returnLists, plan.dir, error)
        }
    }

    /// The closing summary (and, with `--verbose`, every file); nothing with `--quiet`.
    func summarize(_ result: Batch.Result, returned: Int) {
        if options.global.verbose && !options.global.quiet { Summary.printFiles(result.files, language: language) }
        if !options.global.quiet {
            Summary.print(result, report: options.output, returned: returned, returnDir: options.returnDir,
                          rosterGiven: roster != nil, language: language)
        }
    }

    /// Prints what the form read back gave and writes `--inspection-form`; true when the
    /// form read back has errors (exit 1). Throws `ExitCode` 2 or 3 as `InspectionOptions.finish`.
    func finishInspection(_ result: Batch.Result, record: InspectionRecord?) throws -> Bool {
        try options.inspection.finish(result, loaded: form, record: record, rubricSHA256: loaded.sha256,
                                      reportDate: reportDate, global: options.global)
    }

    /// Writes `--inspection-form` (for `watch`: a failure is said and retried, never fatal).
    func writeInspectionForm(_ result: Batch.Result) throws(OutputFailure) {
        do {
            try options.inspection.writeForm(result, loaded: form, rubricSHA256: loaded.sha256,
                                             reportDate: reportDate, global: options.global)
        } catch {
            throw OutputFailure(message: error.message)
        }
    }

    /// True when some submission has errors or some file could not be read (exit 1).
    static func hasErrors(_ result: Batch.Result) -> Bool {
        result.consolidation.units.contains { !$0.superseded && $0.status == .invalid }
            || result.files.contains { $0.status == .invalid || $0.status == .unsupported }
    }
}
