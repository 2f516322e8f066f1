import Catalog
import Foundation
import Scoring

/// `consolidate --json FILE`: the rubric, every submission with its standing, the roster's
/// units that sent nothing, every file of the inbox and the inspection form.
///
/// Written one element at a time: each submission and file is made only when it is
/// written, and the file receives the bytes every MiB, so memory holds about a MiB of the
/// document, not a model of 50,000 submissions.
public enum ConsolidationJSON {
    /// What the document is written from.
    struct Source: Sendable {
        let consolidation: Consolidation
        let files: [FileRecord]
        /// Each read file's format, by path.
        let formats: [String: String]
        let inspection: InspectionRecord?
    }

    static func members(_ rubric: Rubric) -> JSONMembers<Source> {
        JSONMembers(sortedByKey: [
            .object("rubric", RubricJSON.members) { $0.consolidation.rubric },
            // Every consolidated unit, then every file that never became a submission.
            .list("submissions", SubmissionJSON.members(rubric, ranked: true), each: { s, emit in
                for unit in s.consolidation.units {
                    emit(.consolidated(unit, format: s.formats[unit.result.file]))
                }
                for record in s.consolidation.unreadFiles(s.files) { emit(.unread(record, ranked: true)) }
            }),
            .list("missing", UnitJSON.members) { s in
                s.consolidation.missing.lazy.map { ($0.code, $0.name, $0.type) as UnitJSON.Source }
            },
            .list("files", FileJSON.members) { $0.files },
            // The form read with `--inspected`; null without one.
            .optionalObject("inspection", InspectionJSON.members) { $0.inspection },
        ])
    }

    /// Writes the document to `path`, messages in `language`; `formats` gives each read
    /// file's format by path. `threshold` is how many bytes gather before the file gets them.
    public static func write(_ c: Consolidation, files: [FileRecord], formats: [String: String],
                             language: Language, inspection: InspectionRecord? = nil,
                             to path: String) throws {
        try write(Source(consolidation: c, files: files, formats: formats, inspection: inspection),
                  language: language, to: path)
    }

    static func write(_ source: Source, language: Language, to path: String, threshold: Int = 1 << 20) throws {
        let sink = try JSONSink(path: path, threshold: threshold)
        var w = JSONBytes(layout: .pretty, language: language, sink: sink)
        w.object(source, members(source.consolidation.rubric))
        w.newline()
        try sink.finish(w.bytes)
    }

    /// The whole document's bytes, held in memory.
    static func document(_ source: Source, language: Language) -> [UInt8] {
        var w = JSONBytes(layout: .pretty, language: language)
        w.object(source, members(source.consolidation.rubric))
        w.newline()
        return w.bytes
    }
}

/// `consolidate --json`'s `rubric`: the plan's id and total.
enum RubricJSON {
    static let members = JSONMembers<Rubric>(sortedByKey: [
        .string("id") { $0.id },
        .number("total") { $0.total },
    ])
}

/// An element of `consolidate --json`'s `files`: one file of the inbox, as the audit sheet
/// lists it.
enum FileJSON {
    static let members = JSONMembers<FileRecord>(sortedByKey: [
        .string("path") { $0.path },
        .string("sha256") { $0.sha256?.hex },
        .string("format") { $0.format },
        // `used`, `superseded`, `invalid`, `unsupported`, `skipped`.
        .string("status") { $0.status.rawValue },
        .localized("reason") { f, language in f.reason?.text(language) },
    ])
}
