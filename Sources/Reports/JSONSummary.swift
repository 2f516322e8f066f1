import Foundation
import Scoring
import SheetModel

/// Builds and encodes the JSON documents of SPEC §9 from scored results.
public enum JSONSummary {
    /// One checked file: `check --json`'s SUB; `format` from the reader, nil when unread.
    public static func submission(_ s: ScoredSubmission, format: String?, rubric: Rubric,
                                  language: Language) -> JSONModel.SubmissionJSON {
        JSONModel.SubmissionJSON(
            file: s.submission.file, format: format,
            status: s.hasErrors ? "invalid" : "valid",
            unit: JSONModel.UnitJSON(code: s.unit.code, name: s.unit.name, type: s.unit.type),
            period: s.period, claimedTotal: s.claimedTotal, score: s.hasErrors ? nil : s.score,
            items: s.lines.map {
                JSONModel.ItemJSON(code: $0.code, max: $0.max, claimed: $0.claimed,
                                   verified: $0.verified, verifiedSource: $0.verifiedSource?.rawValue, score: $0.score)
            },
            counts: JSONModel.CountsJSON(
                staff: s.counts["staff"].map(Double.init), pledges: s.counts["pledges"].map(Double.init),
                excellent: s.counts["excellent"].map(Double.init), good: s.counts["good"].map(Double.init),
                rating: s.rating),
            nominees: s.nominees.map {
                JSONModel.NomineeJSON(name: $0.name.nilIfEmpty, position: $0.position.nilIfEmpty,
                                      partyMember: $0.partyMember, achievements: $0.achievements.nilIfEmpty)
            },
            issues: s.findings.map { issue($0, language: language) },
            ranking: nil)
    }

    /// A file that could not be read as a submission: SUB with only file, format and issues.
    public static func unreadable(_ record: FileRecord, language: Language) -> JSONModel.SubmissionJSON {
        JSONModel.SubmissionJSON(
            file: record.path, format: record.format, status: "invalid",
            unit: JSONModel.UnitJSON(code: nil, name: nil, type: nil), period: nil,
            claimedTotal: nil, score: nil, items: [],
            counts: JSONModel.CountsJSON(staff: nil, pledges: nil, excellent: nil, good: nil, rating: nil),
            nominees: [], issues: record.findings.map { issue($0, language: language) }, ranking: nil)
    }

    /// A finding as JSON: location is `file Sheet!A1` (or just the file).
    public static func issue(_ f: Finding, language: Language) -> JSONModel.IssueJSON {
        JSONModel.IssueJSON(severity: f.severity.rawValue, code: f.code.rawValue,
                            location: f.location?.description, value: f.value,
                            message: f.text(language), detail: f.detail)
    }

    /// `consolidate --json`.
    public static func consolidation(_ c: Consolidation, files: [FileRecord], formats: [String: String],
                                     language: Language, inspection: InspectionRecord? = nil) -> JSONModel.ConsolidateDocument {
        var subs = c.units.map { unit -> JSONModel.SubmissionJSON in
            var sub = submission(unit.scored, format: formats[unit.scored.submission.file],
                                 rubric: c.rubric, language: language)
            sub.unit = JSONModel.UnitJSON(code: unit.code, name: unit.name, type: unit.type)
            sub.issues = unit.findings.map { issue($0, language: language) }
            sub.status = unit.findings.contains { $0.severity == .error } ? "invalid" : "valid"
            sub.ranking = JSONModel.RankingJSON(
                rank: unit.rank, eligible: unit.eligible,
                ineligibleReasons: unit.ineligibleReasons.map { $0.message.text(language) },
                award: unit.award?.code, tie: unit.tie, contends: unit.contends.map(\.code),
                superseded: unit.superseded)
            return sub
        }
        // Files that never became a submission (unreadable, unsupported) appear too.
        for record in c.unreadFiles(files) {
            var sub = unreadable(record, language: language)
            sub.ranking = JSONModel.RankingJSON(rank: nil, eligible: false,
                                                ineligibleReasons: record.reason.map { [$0.text(language)] } ?? [],
                                                award: nil, tie: false, contends: [], superseded: false)
            subs.append(sub)
        }
        return JSONModel.ConsolidateDocument(
            rubric: JSONModel.RubricJSON(id: c.rubric.id, total: c.rubric.total),
            submissions: subs,
            missing: c.missing.map { JSONModel.UnitJSON(code: $0.code, name: $0.name, type: $0.type) },
            files: files.map {
                JSONModel.FileJSON(path: $0.path, sha256: $0.sha256, format: $0.format,
                                   status: $0.status.rawValue, reason: $0.reason?.text(language))
            },
            inspection: inspection.map { JSONModel.InspectionJSON($0, language: language) })
    }

    /// Encodes a document as pretty, stable UTF-8 JSON: keys sorted (Foundation on Linux
    /// otherwise orders them by a per-process hash), no escaped slashes.
    public static func encode<T: Encodable>(_ value: T) throws -> Data {
        var data = try encoder.encode(value)
        data.append(0x0A)
        return data
    }

    private static var encoder: JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return encoder
    }

    /// Writes the same bytes as `encode(document)` to `path`, one submission and one file
    /// at a time, so memory holds one element's JSON rather than the whole document's.
    public static func write(_ document: JSONModel.ConsolidateDocument, to path: String) throws {
        guard FileManager.default.createFile(atPath: path, contents: nil),
              let handle = FileHandle(forWritingAtPath: path) else {
            throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: path])
        }
        defer { try? handle.close() }
        let encoder = Self.encoder
        var out = Data()
        func flush(_ force: Bool = false) throws {
            guard force || out.count >= 1 << 20 else { return }
            try handle.write(contentsOf: out)
            out.removeAll(keepingCapacity: true)
        }
        /// `value`'s JSON with every line but the first indented by `indent` spaces.
        func put<T: Encodable>(_ value: T, indent: Int, first: Bool) throws {
            let text = try encoder.encode(value)
            let pad = Data(repeating: 0x20, count: indent)
            if first { out += pad }
            var start = text.startIndex
            while let newline = text[start...].firstIndex(of: 0x0A) {
                out += text[start...newline]
                start = newline + 1
                if start < text.endIndex, text[start] != 0x0A { out += pad }
            }
            out += text[start...]
        }
        func array<T: Encodable>(_ key: String, _ items: [T], last: Bool = false) throws {
            out += Data("  \"\(key)\" : [\n".utf8)
            if items.isEmpty { out += Data("\n".utf8) }
            for (i, item) in items.enumerated() {
                try put(item, indent: 4, first: true)
                out += Data((i + 1 < items.count ? ",\n" : "\n").utf8)
                try flush()
            }
            out += Data(("  ]" + (last ? "\n" : ",\n")).utf8)
        }
        func object<T: Encodable>(_ key: String, _ value: T) throws {
            out += Data("  \"\(key)\" : ".utf8)
            try put(value, indent: 2, first: false)
            out += Data(",\n".utf8)
        }
        // Keys in sorted order, as `.sortedKeys` writes them.
        out += Data("{\n".utf8)
        try array("files", document.files)
        if let inspection = document.inspection { try object("inspection", inspection) } else {
            out += Data("  \"inspection\" : null,\n".utf8)
        }
        try array("missing", document.missing)
        try object("rubric", document.rubric)
        try array("submissions", document.submissions, last: true)
        out += Data("}\n".utf8)
        try flush(true)
    }
}

extension String {
    var nilIfEmpty: String? { isEmpty ? nil : self }
}
