import ArgumentParser
import Scoring

/// Options every subcommand takes.
struct GlobalOptions: ParsableArguments {
    @Option(name: .long, help: "Ngôn ngữ thông báo: vi (mặc định) hoặc en.")
    var lang: Language = .vi

    @Flag(name: .shortAndLong, help: "Chỉ in lỗi.")
    var quiet = false

    @Flag(name: .shortAndLong, help: "In thêm chi tiết.")
    var verbose = false
}

extension Language: ExpressibleByArgument {}
