import ArgumentParser
import Catalog
import Pipeline
import Scoring

/// The pool of reading workers a command reads with (SPEC §12): one per core, or `threads`.
enum Readers {
    /// A pool for `rubric`; prints why and throws `ExitCode(2)` when no worker can be made.
    static func pool(rubric: Rubric, inspection: InspectionPoints?, keepsEvidence: Bool, options: ReadingOptions,
                     workers: Int? = nil, language: Language) throws -> ReadingPool {
        do {
            return try ReadingPool(setup: WorkerSetup(rubric: rubric, inspection: inspection?.form,
                                                      keepsEvidence: keepsEvidence, memoryLimit: 0),
                                   workers: workers ?? options.threads, limits: options.limits)
        } catch {
            Console.err(OutputMessage.cannotStartReaders.text(language))
            throw ExitCode(2)
        }
    }
}
