import Catalog
import Foundation
import Scoring
import SheetModel

/// Builds and encodes the JSON documents of SPEC §9 from scored results.
public enum JSONSummary {
    /// One checked file: `check --json`'s SUB; `format` from the reader, nil when unread.
    public static func submission(_ s: UnitResult, format: String?, rubric: Rubric,
                                  language: Language) -> JSONModel.SubmissionJSON {
        JSONModel.SubmissionJSON(
            file: s.file, format: format,
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

    /// `consolidate --json` as one document: what `writeConsolidation` writes, built whole
    /// (the streamed bytes are checked against its encoding).
    public static func consolidation(_ c: Consolidation, files: [FileRecord], formats: [String: String],
                                     language: Language, inspection: InspectionRecord? = nil) -> JSONModel.ConsolidateDocument {
        var subs: [JSONModel.SubmissionJSON] = []
        eachSubmission(c, files: files, formats: formats, language: language) { subs.append($0) }
        return JSONModel.ConsolidateDocument(
            rubric: rubricJSON(c), submissions: subs, missing: missingJSON(c),
            files: files.map { fileJSON($0, language: language) },
            inspection: inspection.map { JSONModel.InspectionJSON($0, language: language) })
    }

    /// Writes `consolidate --json` to `path` with the bytes of `encode(consolidation(…))`,
    /// each submission and file built only when it is written: memory holds one element's
    /// JSON, not a model of 50,000 submissions (≈ 2 KB each).
    public static func writeConsolidation(_ c: Consolidation, files: [FileRecord], formats: [String: String],
                                          language: Language, inspection: InspectionRecord? = nil,
                                          to path: String) throws {
        try stream(to: path,
                   files: { emit in for f in files { try emit(fileJSON(f, language: language)) } },
                   inspection: inspection.map { JSONModel.InspectionJSON($0, language: language) },
                   missing: missingJSON(c), rubric: rubricJSON(c),
                   submissions: { emit in
                       try eachSubmission(c, files: files, formats: formats, language: language, emit)
                   })
    }

    /// Every consolidated unit, then every file that never became a submission, in order.
    static func eachSubmission<E: Error>(_ c: Consolidation, files: [FileRecord], formats: [String: String],
                                         language: Language,
                                         _ body: (JSONModel.SubmissionJSON) throws(E) -> Void) throws(E) {
        for unit in c.units {
            var sub = submission(unit.result, format: formats[unit.result.file],
                                 rubric: c.rubric, language: language)
            sub.unit = JSONModel.UnitJSON(code: unit.code, name: unit.name, type: unit.type)
            sub.issues = unit.findings.map { issue($0, language: language) }
            sub.status = unit.findings.contains { $0.severity == .error } ? "invalid" : "valid"
            sub.ranking = JSONModel.RankingJSON(
                rank: unit.rank, eligible: unit.eligible,
                ineligibleReasons: unit.ineligibleReasons.map { $0.message.text(language) },
                award: unit.award?.code, tie: unit.tie, contends: unit.contends.map(\.code),
                superseded: unit.superseded)
            try body(sub)
        }
        // Files that never became a submission (unreadable, unsupported) appear too.
        for record in c.unreadFiles(files) {
            var sub = unreadable(record, language: language)
            sub.ranking = JSONModel.RankingJSON(rank: nil, eligible: false,
                                                ineligibleReasons: record.reason.map { [$0.text(language)] } ?? [],
                                                award: nil, tie: false, contends: [], superseded: false)
            try body(sub)
        }
    }

    private static func rubricJSON(_ c: Consolidation) -> JSONModel.RubricJSON {
        JSONModel.RubricJSON(id: c.rubric.id, total: c.rubric.total)
    }

    private static func missingJSON(_ c: Consolidation) -> [JSONModel.UnitJSON] {
        c.missing.map { JSONModel.UnitJSON(code: $0.code, name: $0.name, type: $0.type) }
    }

    private static func fileJSON(_ f: FileRecord, language: Language) -> JSONModel.FileJSON {
        JSONModel.FileJSON(path: f.path, sha256: f.sha256?.hex, format: f.format, status: f.status.rawValue,
                           reason: f.reason?.text(language))
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

    /// The document's bytes (those of `encode(consolidation(…))`), written through
    /// `JSONBytes`; its two long lists are handed over one element at a time by `files` and
    /// `submissions` (each calls its `emit` once per element, in order) and flushed to the
    /// file every MiB.
    private static func stream(to path: String,
                               files: ((JSONModel.FileJSON) throws -> Void) throws -> Void,
                               inspection: JSONModel.InspectionJSON?, missing: [JSONModel.UnitJSON],
                               rubric: JSONModel.RubricJSON,
                               submissions: ((JSONModel.SubmissionJSON) throws -> Void) throws -> Void) throws {
        guard FileManager.default.createFile(atPath: path, contents: nil),
              let handle = FileHandle(forWritingAtPath: path) else {
            throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: path])
        }
        defer { try? handle.close() }
        var w = JSONBytes()
        func flush(_ force: Bool = false) throws {
            guard force || w.bytes.count >= 1 << 20 else { return }
            try handle.write(contentsOf: w.bytes)
            w.removeAll()
        }
        /// `"key" : [` then each element as `each` hands it over, then `]`.
        func streamed<T: JSONBytesWritable>(_ key: StaticString, _ each: ((T) throws -> Void) throws -> Void) throws {
            w.key(key)
            w.openArray()
            try each { item in
                w.element()
                item.write(to: &w)
                try flush()
            }
            w.closeArray()
        }
        // Keys in sorted order, as `.sortedKeys` writes them.
        w.openObject()
        try streamed("files", files)
        w.key("inspection")
        if let inspection { inspection.write(to: &w) } else { w.null() }
        w.key("missing"); w.list(missing)
        w.key("rubric"); rubric.write(to: &w)
        try streamed("submissions", submissions)
        w.closeObject()
        w.newline()
        try flush(true)
    }
}
