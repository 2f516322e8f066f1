import ArgumentParser
import Catalog
import Foundation
import Pipeline
import Scoring
import SheetReaders

/// `--roster FILE`: the units expected to submit (CSV or XLSX with code, name, type).
struct RosterOption: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(.roster, valueName: "FILE"))
    var roster: String?

    /// A roster path that names nothing is a mistake in the command line.
    func validate() throws {
        try InputFile.mustExist(roster, option: "--roster")
    }

    /// The roster's units, or nil without `--roster`. Prints the roster's findings;
    /// an unreadable roster, or one with errors, exits 2.
    func load(rubric: Rubric, global: GlobalOptions) throws -> [RosterEntry]? {
        guard let path = roster else { return nil }
        let language = global.lang
        let result: ReadResult
        do {
            result = try SheetReader.read(contentsOf: path)
        } catch {
            let finding = SubmissionReader.finding(for: error, name: path)
            Console.err(.cannotReadRoster(path: path, failure: ReadFailure(code: error.code.rawValue)), language)
            if global.verbose, let detail = finding.detail { Console.err("  " + detail) }
            throw ExitCode(2)
        }
        let name = (path as NSString).lastPathComponent
        let (entries, findings) = RosterLocator.locate(result.grid, file: name, unitTypes: rubric.unitTypes)
        for f in findings where !global.quiet || f.severity == .error {
            Console.err(name + Console.line(f, language, verbose: global.verbose))
        }
        if findings.contains(where: { $0.severity == .error }) || entries.isEmpty {
            Console.err(.rosterHasErrors(path: path), language)
            throw ExitCode(2)
        }
        return entries
    }
}
