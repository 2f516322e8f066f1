import ArgumentParser
import Catalog
import Pipeline
import Scoring

/// How files are read (SPEC §12): how many reading workers, and each one's memory and time
/// limits. `consolidate` (and with it `watch` and `serve`) and `check` take them.
struct ReadingOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(.threads, valueName: "N"), transform: ThreadCount.parse)
    var threads: Int?

    @Option(name: .long, help: ArgumentHelp(.workerMemory, valueName: "MB"),
            transform: { try WholeNumberOption.parse($0, option: "--worker-memory", atLeast: 64) })
    var workerMemory = 1024

    @Option(name: .long, help: ArgumentHelp(.workerTime, valueName: "SECONDS"),
            transform: { try WholeNumberOption.parse($0, option: "--worker-time", atLeast: 1) })
    var workerTime = 30

    var limits: ReadingPool.Limits {
        ReadingPool.Limits(memoryBytes: workerMemory << 20, secondsPerFile: Double(workerTime))
    }
}

/// `--threads N`: a whole number of at least 1, or the catalog's usage error.
enum ThreadCount {
    static func parse(_ written: String) throws -> Int {
        try WholeNumberOption.parse(written, option: "--threads", atLeast: 1)
    }
}

/// A whole-number option of at least `atLeast`, or the catalog's usage error.
enum WholeNumberOption {
    static func parse(_ written: String, option: String, atLeast: Int) throws -> Int {
        guard let n = Int(written), n >= atLeast else {
            throw ValidationError(UsageMessage.wholeNumber(option: option, written: written, atLeast: atLeast)
                .text(LanguageChoice.current.language))
        }
        return n
    }
}
