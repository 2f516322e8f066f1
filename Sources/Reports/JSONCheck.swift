import Foundation
import Scoring

/// `check --json`: `{"files":[SUB…]}`, one SUB per file in the order given.
public enum CheckJSON {
    static func members(_ rubric: Rubric) -> JSONMembers<[SubmissionJSON.Source]> {
        JSONMembers(sortedByKey: [
            .list("files", SubmissionJSON.members(rubric, ranked: false)) { $0 },
        ])
    }

    /// The document's bytes, ending with a line end; messages in `language`.
    public static func document(_ files: [SubmissionJSON.Source], rubric: Rubric, language: Language) -> Data {
        var w = JSONBytes(layout: .pretty, language: language)
        w.object(files, members(rubric))
        w.newline()
        return Data(w.bytes)
    }
}
