import ArgumentParser
import Catalog
import Pipeline
import Reports
import Scoring
import SheetModel
import SheetReaders

/// `thidua inspect FILE [--json]`: every sheet and every cell thidua reads in a file.
struct InspectCommand: ParsableCommand {
    static var configuration: CommandConfiguration { .catalog(.inspect, name: "inspect") }

    @OptionGroup var global: GlobalOptions

    @Argument(help: ArgumentHelp(.inspectFile, valueName: "FILE"))
    var file: String

    @Flag(name: .long, help: ArgumentHelp(.printJSON))
    var json = false

    func run() throws {
        let language = global.lang
        let result: ReadResult
        do {
            result = try SheetReader.read(contentsOf: file)
        } catch {
            if error.code == .archive { return try inspectArchive(language: language) }
            // The same finding, and so the same words, as `check` and `consolidate` give.
            let finding = SubmissionReader.finding(for: error, name: file)
            if json {
                print(InspectJSON.render(error, file: file, message: finding.text(language)))
            } else {
                Console.err(file + Console.line(finding, language, verbose: global.verbose))
            }
            throw ExitCode(1)
        }
        if json {
            print(InspectJSON.render(result, file: file))
        } else {
            print(InspectListing.render(result, file: file, language: language, quiet: global.quiet))
        }
    }
}

/// The readable listing of `thidua inspect`.
enum InspectListing {
    /// The listing: properties and notes (unless `quiet`), then each sheet's cells in row order.
    static func render(_ result: ReadResult, file: String, language: Language, quiet: Bool) -> String {
        var lines = [file + " — " + result.format.rawValue]
        for (key, value) in result.grid.properties.sorted(by: { $0.key < $1.key }) where !quiet {
            lines.append("  " + key + ": " + value)
        }
        for note in result.notes where !quiet {
            let finding = SubmissionReader.finding(for: note, name: file)
            lines.append("  ! " + finding.text(language) + (note.detail.map { " (" + $0 + ")" } ?? ""))
        }
        for sheet in result.grid.sheets {
            lines.append("")
            lines.append(InspectText.sheet(name: sheet.name, state: sheet.state, cells: sheet.cellCount).text(language))
            if !sheet.merged.isEmpty {
                lines.append("  " + InspectText.merged(ranges: sheet.merged.map(\.description).joined(separator: " ")).text(language))
            }
            for (ref, cell) in sheet.sortedCells {
                let type = InspectText.cellType(cell.value, formula: cell.isFormula).text(language)
                lines.append("  " + pad(ref.a1, 8) + pad(type, 18) + shown(cell.value))
            }
        }
        return lines.joined(separator: "\n")
    }

    /// A cell's value as read (numbers and dates in the file's own form, text quoted).
    private static func shown(_ v: CellValue) -> String {
        switch v {
        case .empty: return ""
        case .text(let s): return InspectJSON.quote(s)
        case .number(let d): return CellValue.format(d)
        case .bool(let b): return b ? "TRUE" : "FALSE"
        case .date(let d): return d.description
        case .error(let e): return e
        }
    }

    private static func pad(_ s: String, _ width: Int) -> String {
        s.count >= width ? s + " " : s + String(repeating: " ", count: width - s.count)
    }
}
