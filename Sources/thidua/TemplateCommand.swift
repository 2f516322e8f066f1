import ArgumentParser
import Foundation
import Reports
import Scoring

/// `thidua template`: writes the blank templates, or one per roster unit.
struct TemplateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "template",
        abstract: "Tạo mẫu bảng tự chấm điểm (XLSX, CSV) từ thang điểm.",
        discussion: """
        Ví dụ:
          thidua template -o mau/
          thidua template -o mau/ --format xlsx --roster don-vi.xlsx
        """
    )

    @OptionGroup var global: GlobalOptions

    @Option(name: .shortAndLong, help: "Thư mục ghi mẫu (mặc định: thư mục hiện tại).")
    var output: String = "."

    @OptionGroup var rubricOption: RubricOption
    @OptionGroup var rosterOption: RosterOption

    @Option(name: .long, help: "Định dạng, cách nhau bởi dấu phẩy: xlsx,csv.")
    var format: String = "xlsx,csv"


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
            throw ValidationError("--format nhận xlsx, csv hoặc xlsx,csv (đã nhận: \(format)).")
        }
        var isDir: ObjCBool = false
        if FileManager.default.fileExists(atPath: output, isDirectory: &isDir), !isDir.boolValue {
            throw ValidationError("\(output) không phải là thư mục.")
        }
    }

    func run() throws {
        let loaded = try rubricOption.load(language: global.lang, verbose: global.verbose)
        let units = try rosterOption.load(rubric: loaded.rubric, global: global) ?? []
        try Self.write(TemplateWriter(loaded), units: units, formats: formats, into: output, global: global)
    }

    /// Writes the templates for `units` (blank ones when empty); exit 3 when a file cannot be written.
    static func write(_ writer: TemplateWriter, units: [RosterEntry], formats: [TemplateFormat], into dir: String,
                      global: GlobalOptions) throws {
        do {
            try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
            let paths = try writer.write(into: dir, formats: formats, units: units)
            if !global.quiet {
                let vi = "Đã tạo \(paths.count) tệp mẫu trong \(dir)"
                let en = "Wrote \(paths.count) template file(s) in \(dir)"
                print(global.lang == .en ? en : vi)
                if global.verbose { paths.forEach { print("  " + $0) } }
            }
        } catch {
            Console.cannotWrite(.templates, dir, error, global.lang, verbose: global.verbose)
            throw ExitCode(3)
        }
    }
}
