import ArgumentParser
import Catalog
import Foundation
import Pipeline
import Reports
import Scoring

/// `thidua consolidate INBOX`: the Board's workbook from a folder of submissions.
struct ConsolidateCommand: ParsableCommand {
    static var configuration: CommandConfiguration { .catalog(.consolidate, name: "consolidate") }

    @OptionGroup var global: GlobalOptions
    @OptionGroup var rubricOption: RubricOption
    @OptionGroup var rosterOption: RosterOption
    @OptionGroup var inspection: InspectionOptions

    @Argument(help: ArgumentHelp(.inbox, valueName: "INBOX"))
    var inbox: String

    @Option(name: .shortAndLong, help: ArgumentHelp(.report, valueName: "REPORT.xlsx"))
    var output = "BaoCaoTongHop.xlsx"

    @Option(name: .long, help: ArgumentHelp(.jsonFile, valueName: "FILE"))
    var json: String?

    @Option(name: .long, help: ArgumentHelp(.returnDir, valueName: "DIR"))
    var returnDir: String?

    @Option(name: .long, help: ArgumentHelp(.date, valueName: "DATE"))
    var date: String?

    @OptionGroup var reading: ReadingOptions

    /// `--threads`, for the steps that write on several threads too.
    var threads: Int? { reading.threads }

    func validate() throws {
        let language = global.lang
        var isDir: ObjCBool = false
        guard FileManager.default.fileExists(atPath: inbox, isDirectory: &isDir), isDir.boolValue else {
            throw ValidationError(UsageMessage.inboxNotFound(path: inbox).text(language))
        }
        if let date, ReportDate.parse(date) == nil {
            throw ValidationError(UsageMessage.badDate(written: date).text(language))
        }
        try inspection.validate(inbox: inbox, language: language)
        let outputs = [("-o", output), ("--json", json), ("--return-dir", returnDir)]
            .compactMap { label, path in path.map { (label, $0) } } + inspection.outputs
        let inputs = [("--roster", rosterOption.roster), ("--rubric", rubricOption.rubric)]
            .compactMap { label, path in path.map { (label, $0) } } + inspection.inputs
        for (index, (label, path)) in outputs.enumerated() {
            if OutputGuard.isInside(path, folder: inbox) {
                throw ValidationError(UsageMessage.outputInsideInbox(option: label, path: path).text(language))
            }
            if let (inputLabel, _) = inputs.first(where: {
                OutputGuard.isSameFile(path, $0.1) && !InspectionOptions.mayShare(output: label, input: $0.0)
            }) {
                throw ValidationError(UsageMessage.overwritesInput(option: label, path: path, input: inputLabel).text(language))
            }
            if let (otherLabel, _) = outputs[..<index].first(where: { OutputGuard.isSameFile(path, $0.1) }) {
                throw ValidationError(UsageMessage.sameOutput(option: label, path: path, other: otherLabel).text(language))
            }
        }
    }

    func run() throws {
        var profile = PhaseProfile()
        let job = try ConsolidationRun(self)
        let result: Batch.Result, fileCount: Int
        do {   // the listing and the per-file outcomes end here: only the consolidation lives on
            let scan = try job.scan()
            profile.mark("scan")
            fileCount = scan.files.count
            let outcomes = try job.read(scan.files)
            profile.mark("read, locate, score")
            result = job.consolidate(consume outcomes, skipped: scan.skipped)
        }
        let inspected = job.inspection(result)
        profile.mark("consolidate")
        let returned: [String]
        do {
            returned = try job.writeOutputs(result, fileCount: fileCount, inspection: inspected)
            profile.mark("report, json and return lists")
        } catch {
            Console.err(error.message)
            throw ExitCode(3)
        }
        job.summarize(result, returned: returned.count)
        let formErrors = try job.finishInspection(result, record: inspected)
        profile.mark("summary")
        profile.print()
        if ConsolidationRun.hasErrors(result) || formErrors { throw ExitCode(1) }
    }
}
