import ArgumentParser
import Catalog
import Foundation
import Pipeline
import Scoring

/// `thidua watch INBOX`: consolidates once, then keeps the report, JSON and return lists
/// up to date as files arrive, change or are removed (SPEC §6.1).
struct WatchCommand: ParsableCommand {
    static var configuration: CommandConfiguration { .catalog(.watch, name: "watch") }

    /// Exactly `consolidate`'s options and checks (outputs inside the inbox are refused,
    /// since the watcher would otherwise see its own writes).
    @OptionGroup var consolidate: ConsolidateCommand

    func run() throws {
        let stop = StopSignal()   // first: nothing below may be cut short by Ctrl-C
        WriteProbe.prepare()
        let settings = WatchSettings(environment: ProcessInfo.processInfo.environment)
        let job = try ConsolidationRun(consolidate)
        let console = WatchConsole(language: job.language, quiet: consolidate.global.quiet,
                                   verbose: consolidate.global.verbose, returnDir: consolidate.returnDir)
        let inbox = URL(fileURLWithPath: consolidate.inbox).standardizedFileURL.path

        // Watch before the first read, so files arriving during it are seen.
        let source: ChangeSource
        if let every = settings.forcedPolling {
            source = PollingWatcher(root: inbox, interval: every)
            console.say(.polling(inbox: inbox, every: every, reason: .requested))
        } else {
            do {
                source = try InotifyWatcher(root: inbox)
                console.say(.watching(inbox: inbox))
            } catch {
                source = PollingWatcher(root: inbox, interval: settings.pollInterval)
                console.say(.polling(inbox: inbox, every: settings.pollInterval, reason: WatchConsole.cause(error)))
            }
        }
        let pool = try Readers.pool(rubric: job.loaded.rubric, inspection: nil,
                                    keepsEvidence: consolidate.inspection.inspectionForm != nil,
                                    options: consolidate.reading, language: consolidate.global.lang)
        let session = WatchSession(inbox: inbox, readers: pool, settling: Settling(settle: settings.debounce))
        let runner = WatchRunner(job: job, session: session, console: console, stop: stop,
                                 retryInterval: settings.retry, firstWait: settings.timing.longest)
        runner.traced = settings.trace
        let loop = WatchLoop(source: source, stop: stop, timing: settings.timing)
        let first = runner.refresh()
        loop.run(next: first,
                 fallback: { console.say(.nowPolling(every: settings.pollInterval, reason: WatchConsole.cause($0))) },
                 refresh: runner.refresh)
        runner.finish()
    }
}

/// The watcher's times. Developers (and the tests) may change them with environment
/// variables, in seconds: `THIDUA_WATCH_DEBOUNCE` (quiet time before a refresh, default 1),
/// `THIDUA_WATCH_POLL` (poll at this interval instead of using inotify),
/// `THIDUA_WATCH_RETRY` (retry of a failed write, default 30); `THIDUA_WATCH_TRACE=1` prints
/// the CPU time of each phase of a refresh on standard error.
struct WatchSettings {
    var debounce = 1.0
    var forcedPolling: Double?
    var pollInterval = 2.0
    var retry = 30.0
    var trace = false

    init(environment: [String: String]) {
        func seconds(_ key: String) -> Double? {
            environment[key].flatMap(Double.init).flatMap { $0 > 0 && $0 < 86_400 ? $0 : nil }
        }
        debounce = seconds("THIDUA_WATCH_DEBOUNCE") ?? debounce
        forcedPolling = seconds("THIDUA_WATCH_POLL")
        pollInterval = forcedPolling ?? pollInterval
        retry = seconds("THIDUA_WATCH_RETRY") ?? retry
        trace = environment["THIDUA_WATCH_TRACE"].map { !$0.isEmpty && $0 != "0" } ?? false
    }

    /// The loop's timing: a burst of changes that never pauses still refreshes every ten debounces.
    var timing: WatchLoop.Timing {
        WatchLoop.Timing(debounce: debounce, longest: 10 * debounce, retry: retry, pollInterval: pollInterval)
    }
}
