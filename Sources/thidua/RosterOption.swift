import ArgumentParser
import Foundation
import Scoring
import SheetReaders

/// `--roster FILE`: the units expected to submit (CSV or XLSX with code, name, type).
struct RosterOption: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("Danh sách đơn vị (CSV hoặc XLSX: mã, tên, loại đơn vị).",
                                            valueName: "FILE"))
    var roster: String?

    /// The roster's units, or nil without `--roster`. Prints the roster's findings;
    /// an unreadable roster, or one with errors, exits 2.
    func load(rubric: Rubric, language: Language, quiet: Bool) throws -> [RosterEntry]? {
        guard let path = roster else { return nil }
        let result: ReadResult
        do {
            result = try SheetReader.read(contentsOf: path)
        } catch {
            Console.err("\(path): " + (language == .en ? error.en : error.vi))
            throw ExitCode(2)
        }
        let name = (path as NSString).lastPathComponent
        let (entries, findings) = RosterLocator.locate(result.grid, file: name, unitTypes: rubric.unitTypes)
        for f in findings where !quiet || f.severity == .error {
            Console.err(name + Console.line(f, language))
        }
        if findings.contains(where: { $0.severity == .error }) || entries.isEmpty {
            Console.err(language == .en
                ? "\(path): the roster has errors; fix them and run again."
                : "\(path): danh sách đơn vị có lỗi; hãy sửa rồi chạy lại.")
            throw ExitCode(2)
        }
        return entries
    }
}
