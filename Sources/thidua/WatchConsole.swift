import Catalog
import Foundation
import Pipeline
import Reports
import Scoring

/// `thidua watch`'s console: one line per changed file, prefixed with the time of day
/// ("10:42 XA03 - Xã Ia Rong: hợp lệ, 97,71 điểm"), and the status line. With `--quiet`
/// only problems are printed.
struct WatchConsole {
    let language: Language
    let quiet: Bool
    let verbose: Bool
    /// `--return-dir` as given, for "xem tra-lai/… - can sua.xlsx".
    let returnDir: String?

    /// Prints a message on standard output (results) unless `--quiet` hides it.
    func say(_ message: WatchMessage, problem: Bool = false) {
        if quiet && !problem { return }
        Console.out(Self.clock() + " " + render(message))
    }

    /// Prints a message on standard error (always).
    func warn(_ message: WatchMessage) {
        Console.err(Self.clock() + " " + render(message))
    }

    func render(_ message: WatchMessage) -> String { message.text(language) }

    /// Why the watcher polls, as the catalog words it.
    static func cause(_ reason: PollingReason) -> WatchMessage.PollingCause {
        switch reason {
        case .requested: return .requested
        case .unavailable(let code): return .unavailable(SystemFailure(errno: code))
        case .watchLimit: return .watchLimit
        case .networkFolder: return .networkFolder
        case .inboxLost: return .inboxLost
        }
    }

    /// Who a file was for, kept between refreshes so a removed file can be named.
    struct UnitIdentity {
        var label: String
        var rosterEntry: RosterEntry?
        var code: String?
    }

    /// The unit of each file of a consolidation.
    static func identities(_ result: Batch.Result) -> [String: UnitIdentity] {
        unitsByFile(result).mapValues { UnitIdentity(label: label($0), rosterEntry: $0.rosterEntry, code: $0.code) }
    }

    /// One line per change (and, with `--verbose`, each finding under it); true when any was printed.
    @discardableResult
    func report(_ changes: [FileChange], now result: Batch.Result, before previous: [String: UnitIdentity]) -> Bool {
        let units = Self.unitsByFile(result)
        let records = Dictionary(result.files.map { ($0.path, $0) }, uniquingKeysWith: { a, _ in a })
        var printed = false
        for change in Self.expandingArchives(changes, units: units, previous: previous) {
            let (message, problem, findings) = line(change, units: units, previous: previous, records: records,
                                                    result: result)
            guard !quiet || problem else { continue }
            say(message, problem: problem)
            if verbose { findings.forEach { Console.out("      " + Console.line($0, language, verbose: true).dropFirst(2)) } }
            printed = true
        }
        return printed
    }

    /// A change to an archive (`bai-nop.zip`) stands for a change to each submission inside
    /// it (`bai-nop.zip › DB01.xlsx`), now or before: one line per unit, as for plain files.
    static func expandingArchives(_ changes: [FileChange], units: [String: ConsolidatedUnit],
                                  previous: [String: UnitIdentity]) -> [FileChange] {
        func members(_ file: String, _ names: some Sequence<String>) -> [String] {
            let prefix = file + SubmissionReader.archiveSeparator
            return names.filter { $0.hasPrefix(prefix) }.sorted()
        }
        return changes.flatMap { change -> [FileChange] in
            switch change {
            case .added(let file) where units[file] == nil:
                let inside = members(file, units.keys)
                return inside.isEmpty ? [change] : inside.map { .added($0) }
            case .modified(let file) where units[file] == nil:
                let inside = members(file, units.keys)
                let gone = members(file, previous.keys).filter { units[$0] == nil }
                return inside.isEmpty && gone.isEmpty ? [change] : inside.map { .modified($0) } + gone.map { .removed($0) }
            case .renamed(let old, let file) where units[file] == nil:
                let inside = members(file, units.keys)
                return inside.isEmpty ? [change] : inside.map { .renamed(from: old, to: $0) }
            case .removed(let file) where previous[file] == nil:
                let gone = members(file, previous.keys)
                return gone.isEmpty ? [change] : gone.map { .removed($0) }
            default:
                return [change]
            }
        }
    }

    private func line(_ change: FileChange, units: [String: ConsolidatedUnit], previous: [String: UnitIdentity],
                      records: [String: FileRecord], result: Batch.Result) -> (WatchMessage, Bool, [Finding]) {
        switch change {
        case .renamed(_, let file):
            let (message, problem, findings) = line(.modified(file), units: units, previous: previous,
                                                    records: records, result: result)
            return (.renamed(state: message, to: file), problem, findings)
        case .added(let file), .modified(let file):
            if let unit = units[file] { return state(of: unit) }
            let record = records[file]
            return (.unreadable(file: file, reason: record?.reason), true, record?.findings ?? [])
        case .removed(let file):
            guard let gone = previous[file] else { return (.removedFile(file: file), false, []) }
            let label = gone.label
            let c = result.consolidation
            if let entry = gone.rosterEntry, c.missing.contains(entry) { return (.removedNowMissing(unit: label), false, []) }
            let same = c.active.first { other in
                gone.rosterEntry.map { other.rosterEntry == $0 } ?? (gone.code != nil && other.code == gone.code)
            }
            if let same { return (.removedReplaced(unit: label, file: file, now: same.result.file), false, []) }
            return (.removedGone(unit: label), false, [])
        }
    }

    /// The line for a unit's file as it now stands.
    private func state(of unit: ConsolidatedUnit) -> (WatchMessage, Bool, [Finding]) {
        let label = Self.label(unit)
        if unit.superseded {
            return (.superseded(unit: label, file: unit.result.file, by: unit.supersededBy ?? ""), false, [])
        }
        let list = returnDir.map { ($0 as NSString).appendingPathComponent(ReturnListWriter.fileName(for: unit)) }
        switch unit.status {
        case .invalid:
            let errors = unit.findings.filter { $0.severity == .error }.count
            return (.invalid(unit: label, errors: errors, list: list), true, unit.findings)
        case .validWithWarnings:
            let warnings = unit.findings.filter { $0.severity == .warning }.count
            return (.warned(unit: label, score: unit.score, warnings: warnings, list: list), false, unit.findings)
        case .valid, .superseded:
            return (.valid(unit: label, score: unit.score), false, unit.findings)
        }
    }

    /// "Đã nộp 17/20 · hợp lệ 12 · cần sửa 5 · chưa nộp 3".
    func status(_ result: Batch.Result, rosterSize: Int?) {
        let c = result.consolidation
        let active = c.active
        let unreadable = result.unreadFiles.count
        let fixing = active.filter { $0.status == .invalid }.count
        say(.status(submitted: active.count, roster: rosterSize, valid: active.count - fixing, fixing: fixing,
                    missing: rosterSize == nil ? nil : c.missing.count, unreadable: unreadable))
    }

    /// "XA03 - Xã Ia Rong" (the name alone when the unit has no code).
    static func label(_ unit: ConsolidatedUnit) -> String {
        guard let code = unit.code?.trimmingCharacters(in: .whitespaces), !code.isEmpty else { return unit.name }
        return "\(code) - \(unit.name)"
    }

    /// The consolidated unit of each file that holds one.
    static func unitsByFile(_ result: Batch.Result) -> [String: ConsolidatedUnit] {
        Dictionary(result.consolidation.units.map { ($0.result.file, $0) }, uniquingKeysWith: { a, _ in a })
    }

    /// The local time of day, "10:42".
    static func clock() -> String {
        let now = System.timeOfDay()
        return String(format: "%02d:%02d", now.hour, now.minute)
    }
}
