import ArgumentParser
import Foundation
import Scoring

/// `thidua rubric show | check`: look at and check scoring tables.
struct RubricCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rubric",
        abstract: "Xem hoặc kiểm tra thang điểm (rubric).",
        discussion: """
        Ví dụ:
          thidua rubric show
          thidua rubric show --rubric Templates/rubrics/seed.yaml --lang en
          thidua rubric check thang-diem-moi.yaml
        """,
        subcommands: [Show.self, Check.self]
    )

    /// `thidua rubric show [--rubric FILE]`.
    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "In thang điểm thành bảng: mã, nội dung, điểm tối đa, cách chấm, minh chứng.")

        @OptionGroup var global: GlobalOptions
        @OptionGroup var rubricOption: RubricOption

        func run() throws {
            let loaded = try rubricOption.load(language: global.lang, verbose: global.verbose)
            let width = Int(ProcessInfo.processInfo.environment["COLUMNS"] ?? "") ?? 100
            print(RubricTable.render(loaded, language: global.lang, width: width), terminator: "")
        }
    }

    /// `thidua rubric check FILE`: exit 0 when valid, 2 with the fault when not.
    struct Check: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Kiểm tra một tệp thang điểm; mã thoát 0 nếu hợp lệ, 2 nếu không.")

        @OptionGroup var global: GlobalOptions
        @Argument(help: ArgumentHelp("Tệp thang điểm (YAML).", valueName: "FILE"))
        var file: String

        func run() throws {
            let loaded = try RubricFile.load(path: file, language: global.lang, verbose: global.verbose)
            guard !global.quiet else { return }
            let r = loaded.rubric
            let total = CellNumber.text(r.total)
            print(global.lang == .en
                  ? "\(file): valid — \(r.id), \(r.items.count) lines, \(total) points; SHA-256 \(loaded.sha256)"
                  : "\(file): hợp lệ — \(r.id), \(r.items.count) dòng, \(total) điểm; SHA-256 \(loaded.sha256)")
        }
    }
}
