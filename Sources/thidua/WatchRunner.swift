import Catalog
import Foundation
import Pipeline
import Reports
import Scoring

/// What `thidua watch` does at each refresh: bring the session's cache up to date,
/// consolidate the cached results, write the report, JSON and return lists (each
/// atomically; a failed one is said once and retried), print a line per changed file.
final class WatchRunner {
    let job: ConsolidationRun
    let session: WatchSession
    let console: WatchConsole
    let stop: StopSignal
    let retryInterval: Double

    /// The unit of each file at the last consolidation (nil before the first one), to name
    /// the unit of a file that is removed.
    private var previous: [String: WatchConsole.UnitIdentity]?
    /// A consolidation some of whose outputs are not written yet, with its file count.
    private var unwritten: (result: Batch.Result, files: Int)?
    /// Problems already said (each is said once until the outputs are written, or the inbox read).
    private var writeProblems: Set<String> = []
    private var inboxProblems: Set<String> = []
    /// Return lists this session wrote, by file name, with the unit each shows.
    private var lists: [String: ConsolidatedUnit] = [:]
    /// Files already said to be still copying.
    private var copying: Set<String> = []
    /// When the watcher started, and how long the first report may wait for files still being copied.
    private let started = WatchClock.now()
    private let firstWait: Double
    /// `THIDUA_WATCH_TRACE`: the CPU time of each phase on standard error.
    var traced = false

    init(job: ConsolidationRun, session: WatchSession, console: WatchConsole, stop: StopSignal,
         retryInterval: Double, firstWait: Double) {
        self.job = job
        self.session = session
        self.console = console
        self.stop = stop
        self.retryInterval = retryInterval
        self.firstWait = firstWait
    }

    /// A refresh: the first one reads the whole inbox, writes the outputs and prints
    /// `consolidate`'s summary (waiting a moment for files still being copied); the next
    /// ones follow changes, look again at files being copied, or retry a failed write.
    func refresh() -> WatchLoop.Next {
        let initial = previous == nil
        var trace = WatchTrace(enabled: traced)
        var bar: ProgressBar?
        let label = ConsoleMessage.reading.text(job.language)
        let refreshed: WatchSession.Refresh
        do {
            refreshed = try session.refresh(
                now: WatchClock.now(), wallNow: WatchClock.wallNow(),
                reading: { [quiet = console.quiet] count in
                    let made = ProgressBar(total: count, label: label, quiet: quiet)
                    bar = made
                    return { made.advance() }
                },
                shouldStop: { [stop] in stop.requested })
        } catch {
            sayOnce(job.inboxUnreadable(error), &inboxProblems)
            return WatchLoop.Next(recheck: false, retry: true)
        }
        bar?.finish()
        inboxProblems = []
        if refreshed.interrupted { return WatchLoop.Next(recheck: false, retry: false) }

        if initial && !refreshed.waiting.isEmpty && WatchClock.now() - started < firstWait {
            return WatchLoop.Next(recheck: true, retry: false)   // files copied just before the start
        }
        for name in refreshed.waiting where !copying.contains(name) { console.say(.copying(file: name)) }
        copying = Set(refreshed.waiting)

        trace.mark("session")
        var changed: Batch.Result?
        if refreshed.differs || initial {
            changed = job.consolidate(refreshed.outcomes, skipped: refreshed.skipped)
            unwritten = (changed!, refreshed.outcomes.count)
            trace.mark("consolidate")
        }
        let returned = unwritten.map { pending in write(pending.result, files: pending.files, trace: &trace) } ?? 0
        if let result = changed {
            if initial {
                job.summarize(result, returned: returned)
                console.status(result, rosterSize: job.roster?.count)
            } else if console.report(refreshed.changes, now: result, before: previous ?? [:]) {
                console.status(result, rosterSize: job.roster?.count)
            }
            previous = WatchConsole.identities(result)
            trace.mark("console")
            trace.print(listed: refreshed.outcomes.count, read: refreshed.readCount)
        }
        return WatchLoop.Next(recheck: !refreshed.waiting.isEmpty, retry: unwritten != nil)
    }

    /// Writes every output and returns the number of return lists; each failure is said
    /// once, and everything is tried again at the next refresh.
    private func write(_ result: Batch.Result, files: Int, trace: inout WatchTrace) -> Int {
        var failures: [String] = []
        var returned = 0
        let inspected = job.inspection(result)
        do { try job.writeReport(result, fileCount: files, inspection: inspected) } catch { failures.append(error.message) }
        trace.mark("report")
        do { try job.writeJSON(result, inspection: inspected) } catch { failures.append(error.message) }
        trace.mark("json")
        do { returned = try writeLists(result) } catch { failures.append(error.message) }
        trace.mark("lists")
        do { try job.writeInspectionForm(result) } catch { failures.append(error.message) }
        trace.mark("form")
        if failures.isEmpty {
            if !writeProblems.isEmpty { console.say(.recovered(report: job.options.output)) }
            writeProblems = []
            unwritten = nil
        }
        for failure in failures { sayOnce(failure, &writeProblems) }
        return returned
    }

    /// Writes the return lists whose unit changed (or that are not on disk), and removes
    /// the lists this session wrote for units that no longer need one.
    private func writeLists(_ result: Batch.Result) throws(ConsolidationRun.OutputFailure) -> Int {
        guard let dir = job.options.returnDir else { return 0 }
        let previousLists = lists
        lists = [:]   // unknown until the write succeeds
        let paths = try job.writeReturnLists(result, unchanged: { name, unit in
            previousLists[name] == unit && FileManager.default.fileExists(atPath: (dir as NSString).appendingPathComponent(name))
        })
        var now: [String: ConsolidatedUnit] = [:]
        for unit in result.consolidation.units where ReturnListWriter.needsList(unit) {
            let name = ReturnListWriter.fileName(for: unit)
            if now[name] == nil { now[name] = unit }
        }
        for name in previousLists.keys where now[name] == nil {
            System.removeFile((dir as NSString).appendingPathComponent(name))
        }
        lists = now
        return paths.count
    }

    private func sayOnce(_ problem: String, _ said: inout Set<String>) {
        guard !said.contains(problem) else { return }
        said.insert(problem)
        console.warn(.willRetry(problem: problem, every: retryInterval))
    }

    /// The closing line.
    func finish() {
        console.say(.stopped(report: URL(fileURLWithPath: job.options.output).standardizedFileURL.path))
    }
}
