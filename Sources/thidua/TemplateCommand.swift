import ArgumentParser
import Catalog
import Foundation
import Reports
import Scoring

/// `thidua template`: writes the blank templates, or one per roster unit.
struct TemplateCommand: ParsableCommand {
    static var configuration: CommandConfiguration { .catalog(.template, name: "template") }

    @OptionGroup var global: GlobalOptions

    /// `-o DIR`; the help says its default (the current folder) in words.
    @Option(name: .shortAndLong, help: ArgumentHelp(.templateFolder, valueName: "DIR"))
    var output: String?

    @OptionGroup var rubricOption: RubricOption
    @OptionGroup var rosterOption: RosterOption

    @Option(name: .long, help: ArgumentHelp(.templateFormat, valueName: "FORMAT"))
    var format: String = "xlsx,csv"

    /// The folder the templates go to.
    var folder: String { output ?? "." }

    /// The formats asked for, in the order given.
    var formats: [TemplateFormat] {
        var out: [TemplateFormat] = []
        for part in format.split(separator: ",") {
            if let f = TemplateFormat(rawValue: part.trimmingCharacters(in: .whitespaces).lowercased()), !out.contains(f) {
                out.append(f)
            }
        }
        return out
    }

    func validate() throws {
        if formats.isEmpty || format.split(separator: ",").count != formats.count {
            throw ValidationError(UsageMessage.templateFormat(written: format).text(global.lang))
        }
        var isDir: ObjCBool = false
        if FileManager.default.fileExists(atPath: folder, isDirectory: &isDir), !isDir.boolValue {
            throw ValidationError(UsageMessage.notAFolder(path: folder).text(global.lang))
        }
    }

    func run() throws {
        let loaded = try rubricOption.load(language: global.lang, verbose: global.verbose)
        let units = try rosterOption.load(rubric: loaded.rubric, global: global) ?? []
        try Self.write(TemplateWriter(loaded), units: units, formats: formats, into: folder, global: global)
    }

    /// Writes the templates for `units` (blank ones when empty); exit 3 when a file cannot be written.
    static func write(_ writer: TemplateWriter, units: [RosterEntry], formats: [TemplateFormat], into dir: String,
                      global: GlobalOptions) throws {
        do {
            try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
            let paths = try writer.write(into: dir, formats: formats, units: units)
            if !global.quiet {
                Console.out(ConsoleMessage.templatesWritten(count: paths.count, folder: dir), global.lang)
                if global.verbose { paths.forEach { Console.out("  " + $0) } }
            }
        } catch {
            Console.cannotWrite(.templates, dir, error, global.lang, verbose: global.verbose)
            throw ExitCode(3)
        }
    }
}
