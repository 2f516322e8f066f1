import Catalog
import Foundation
import Pipeline
import Scoring
import SheetModel

/// The closing summary of `consolidate`: counts, proposals, where the report is.
enum Summary {
    static func print(_ result: Batch.Result, report: String, returned: Int, returnDir: String?,
                      rosterGiven: Bool, language: Language) {
        let c = result.consolidation
        let active = c.active
        let unreadable = result.unreadFiles.count
        let skipped = result.files.filter { $0.status == .skipped }.count
        var lines: [SummaryLine] = [
            .filesRead(read: result.files.count - skipped, skipped: skipped),
            .statuses(valid: active.filter { $0.status == .valid }.count,
                      warned: active.filter { $0.status == .validWithWarnings }.count,
                      fixing: active.filter { $0.status == .invalid }.count + unreadable, unreadable: unreadable,
                      superseded: result.files.filter { $0.status == .superseded }.count),
        ]
        if rosterGiven { lines.append(.notSubmitted(count: c.missing.count, names: NameList(c.missing.map(\.name)))) }
        lines.append(.proposalsHeading)
        lines += c.proposals.map { .proposal(proposal($0, c)) }
        lines.append(.nominees(count: c.nominees.count, quota: c.rubric.awards.individuals, aboveQuota: c.nomineesAboveQuota))
        lines.append(.report(path: absolute(report)))
        if let returnDir { lines.append(.returnLists(count: returned, folder: absolute(returnDir))) }
        for line in lines {
            let indent: String
            if case .proposal = line { indent = "  " } else { indent = "" }   // under their heading
            Console.out(indent + line.text(language))
        }
    }

    /// One level's proposals: the units certain of it and the ties where their rank falls,
    /// in rank order; a long list names the first entries and counts the units of the rest
    /// (a level's quota grows with the batch).
    static func proposal(_ p: AwardProposal, _ c: Consolidation) -> ProposalLine {
        var entries: [(rank: Int, entry: ProposalLine.Entry, units: Int)] = p.units.map {
            (c.units[$0].rank ?? 0, .unit(c.units[$0].name), 1)
        }
        for tie in p.ties {
            entries.append((tie.rank, .tie(rank: tie.rank, units: NameList(tie.units.map { c.units[$0].name }),
                                           places: tie.places), tie.units.count))
        }
        entries.sort { $0.rank < $1.rank }
        return ProposalLine(level: p.level.label, quota: p.level.count, entries: entries.prefix(NameList.limit).map(\.entry),
                            more: entries.dropFirst(NameList.limit).reduce(0) { $0 + $1.units })
    }

    /// `--verbose`: every file with its status and why, in path order.
    static func printFiles(_ files: [FileRecord], language: Language) {
        for f in files { Console.out("  " + SummaryLine.file(path: f.path, status: f.status, reason: f.reason).text(language)) }
    }

    private static func absolute(_ path: String) -> String {
        URL(fileURLWithPath: path).standardizedFileURL.path
    }
}

/// `--date YYYY-MM-DD` for the report's place-and-date line.
enum ReportDate {
    static func parse(_ text: String) -> DateTimeValue? {
        let parts = text.split(separator: "-")
        guard parts.count == 3, let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]),
              (1900...9999).contains(y), (1...12).contains(m), (1...31).contains(d) else { return nil }
        return DateTimeValue(year: y, month: m, day: d)
    }
}
