import ArgumentParser
import Catalog
import Foundation
import Pipeline
import Reports
import Scoring
import SheetModel

/// `--inspection-form FILE` and `--inspected FILE` (SPEC §6.2): the inspection team's
/// one workbook, written after consolidating and read back before scoring. Shared by
/// `consolidate` and `watch`.
struct InspectionOptions: ParsableArguments {
    @Option(name: .customLong("inspection-form"), help: ArgumentHelp(.inspectionForm, valueName: "FILE"))
    var inspectionForm: String?

    @Option(name: .long, help: ArgumentHelp(.inspected, valueName: "FILE"))
    var inspected: String?

    /// The output for the command's guard (never in the inbox, never an input).
    var outputs: [(String, String)] { inspectionForm.map { [("--inspection-form", $0)] } ?? [] }
    /// The input for the command's guard (no output may overwrite it).
    var inputs: [(String, String)] { inspected.map { [("--inspected", $0)] } ?? [] }

    /// True for the one output and input that may name the same file: the form read
    /// back, then re-written with the points it gave.
    static func mayShare(output: String, input: String) -> Bool {
        output == "--inspection-form" && input == "--inspected"
    }

    /// Refuses a filled form kept inside the inbox (it would be read as a submission).
    func validate(inbox: String, language: Language) throws {
        if let inspected, OutputGuard.isInside(inspected, folder: inbox) {
            throw ValidationError(MessageCatalog.render(.form(.insideInbox(option: "--inspected", path: inspected)), language))
        }
    }

    /// What the options read before the inbox (so reading a large form never adds to the
    /// batch's peak memory): the form given with `--inspected`, and the form already at
    /// `--inspection-form`'s path when it is another file (to guard the team's entries).
    struct Loaded {
        var read: LoadedInspectionForm?
        var existing: InspectionPoints?

        /// The points to apply while reading the inbox.
        var points: InspectionPoints? { read?.points }

        /// The form read back, reviewed against the consolidation; nil without `--inspected`.
        func review(_ result: Batch.Result) -> InspectionRecord? { read?.review(result) }
    }

    /// Reads the forms the options name. A form given with `--inspected` that cannot be
    /// opened, read or located exits 2, naming the file.
    func load(rubric: Rubric, language: Language, verbose: Bool) throws -> Loaded {
        var loaded = Loaded()
        if let path = inspected {
            do {
                loaded.read = try InspectionFormReader.read(path: path, rubric: rubric)
            } catch {
                Console.err(error.message.text(language))
                if verbose, let detail = error.detail { Console.err("  " + detail) }
                throw ExitCode(2)
            }
        }
        if let path = inspectionForm, FileManager.default.fileExists(atPath: path),
           !(inspected.map { OutputGuard.isSameFile(path, $0) } ?? false) {
            loaded.existing = (try? InspectionFormReader.read(path: path, rubric: rubric))?.points
        }
        return loaded
    }

    /// Why `--inspection-form` was not written.
    enum FormWriteFailure: Error {
        /// The file holds team entries that were not read back: left alone (exit 2).
        case wouldOverwrite(String)
        /// The file could not be written (exit 3).
        case cannotWrite(String)

        var message: String {
            switch self { case .wouldOverwrite(let m), .cannotWrite(let m): return m }
        }
    }

    /// Writes `--inspection-form` atomically and prints what the form read back gave (and,
    /// unless `--quiet`, where the form is). Returns true when the form read back has errors.
    func finish(_ result: Batch.Result, loaded: Loaded, record: InspectionRecord?,
                rubricSHA256: String, reportDate: DateTimeValue?, global: GlobalOptions) throws -> Bool {
        let language = global.lang
        if let record, !global.quiet {
            let errors = record.findings.filter { $0.severity == .error }.count
            let warnings = record.findings.filter { $0.severity == .warning }.count
            Console.out(MessageCatalog.render(.form(.applied(file: record.path, points: record.applied, units: record.units,
                                                             errors: errors, warnings: warnings)), language))
            if global.verbose { for f in record.findings { Console.out(record.path + Console.line(f, language, verbose: true)) } }
        }
        do {
            try writeForm(result, loaded: loaded, rubricSHA256: rubricSHA256, reportDate: reportDate, global: global)
        } catch {
            Console.err(error.message)
            if case .wouldOverwrite = error { throw ExitCode(2) }
            throw ExitCode(3)
        }
        if let path = inspectionForm, !global.quiet {
            Console.out(MessageCatalog.render(.form(.written(path: URL(fileURLWithPath: path).standardizedFileURL.path)), language))
        }
        return record?.hasErrors ?? false
    }

    /// Writes `--inspection-form` atomically, when asked for; refuses to replace a form that
    /// holds team entries not read back.
    func writeForm(_ result: Batch.Result, loaded: Loaded, rubricSHA256: String, reportDate: DateTimeValue?,
                   global: GlobalOptions) throws(FormWriteFailure) {
        guard let path = inspectionForm else { return }
        let language = global.lang
        let input = InspectionFormInput(consolidation: result.consolidation, files: result.files,
                                        rubricSHA256: rubricSHA256, version: ThiduaVersion.current,
                                        language: language, reportDate: reportDate, previous: loaded.points,
                                        constantMemory: result.consolidation.units.count
                                            * result.consolidation.rubric.items.count > 20_000)
        if let existing = loaded.existing, let loss = InspectionFormOverwrite.firstLoss(replacing: existing, with: input) {
            throw .wouldOverwrite(MessageCatalog.render(.form(.wouldOverwrite(path: path, unit: loss.unit, line: loss.line)),
                                                        language))
        }
        do {
            try AtomicWrite.write(to: path) { try InspectionFormWriter.write(input, to: $0) }
        } catch {
            let (cause, detail) = Console.cause(error)
            var message = OutputMessage.cannotWrite(.inspectionForm, path: path, cause: cause).text(language)
            if global.verbose { message += "\n  " + detail }
            throw .cannotWrite(message)
        }
    }
}
