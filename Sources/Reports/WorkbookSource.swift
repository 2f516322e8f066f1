import Foundation
import Scoring
import SheetModel
import SheetWriter

/// What every workbook written from one consolidation draws on (the report, the
/// inspection form): the batch's result and files, the rubric's hash, thidua's version,
/// the language, the date printed, and how the workbook is buffered.
public struct WorkbookSource: Sendable {
    /// The batch's result.
    public var consolidation: Consolidation
    /// Every file seen in the inbox, skipped ones included (in any order).
    public var files: [FileRecord]
    /// Lowercase hex SHA-256 of the rubric's source bytes.
    public var rubricSHA256: String
    /// thidua's version.
    public var version: String
    /// Language of labels and messages (sheet names stay Vietnamese).
    public var language: Language
    /// The date printed in the title block; nil leaves "ngày … tháng … năm …" blank
    /// (never the current date: the same inputs give the same bytes).
    public var reportDate: DateTimeValue?
    /// libxlsxwriter's constant-memory mode, for huge batches (rows are written in order).
    public var constantMemory: Bool

    var rubric: Rubric { consolidation.rubric }
    var text: Words { Words(language: language) }

    /// The document properties of a workbook of this batch: `title`, the plan's short
    /// title, the issuing body, and the date printed (else the plan's) as creation date.
    func properties(title: String, keywords: String) -> DocumentProperties {
        .plan(rubric, title: title, date: reportDate, keywords: keywords, comments: "thidua \(version)")
    }
}

extension DocumentProperties {
    /// The properties of a workbook made for the rubric's plan: `title`, the plan's short
    /// title as subject, the issuing body as author and company, and `date` (else the plan's
    /// date) at 00:00 UTC as the fixed creation date (deterministic bytes).
    static func plan(_ rubric: Rubric, title: String, date: DateTimeValue?, keywords: String? = nil,
                     comments: String? = nil) -> DocumentProperties {
        DocumentProperties(title: title, subject: rubric.plan.shortTitle, author: rubric.issuer.issuingBody,
                           company: rubric.issuer.issuingBody, keywords: keywords, comments: comments,
                           created: day(date?.isoDate ?? rubric.plan.date))
    }

    /// `2023-06-15` (or `2023-06`) at 00:00 UTC; the fixed epoch when it is not a date.
    static func day(_ iso: String) -> Date {
        let p = iso.split(separator: "-").compactMap { Int($0) }
        guard p.count >= 2 else { return fixedEpoch }
        var c = DateComponents()
        c.year = p[0]; c.month = p[1]; c.day = p.count > 2 ? p[2] : 1
        var cal = Calendar(identifier: .gregorian)
        cal.timeZone = TimeZone(identifier: "UTC")!
        return cal.date(from: c) ?? fixedEpoch
    }
}
