import Foundation

/// The workbook's document properties (File › Properties).
///
/// `created` is written as given: pass a fixed date for byte-identical output
/// (libxlsxwriter would otherwise use the current time).
public struct DocumentProperties: Sendable, Hashable {
    public var title: String?
    public var subject: String?
    public var author: String?
    public var manager: String?
    public var company: String?
    public var category: String?
    public var keywords: String?
    public var comments: String?
    public var status: String?
    /// Creation date written into docProps/core.xml; required so output is deterministic.
    public var created: Date

    /// Properties with a fixed creation date.
    public init(title: String? = nil, subject: String? = nil, author: String? = nil,
                manager: String? = nil, company: String? = nil, category: String? = nil,
                keywords: String? = nil, comments: String? = nil, status: String? = nil,
                created: Date) {
        self.title = title
        self.subject = subject
        self.author = author
        self.manager = manager
        self.company = company
        self.category = category
        self.keywords = keywords
        self.comments = comments
        self.status = status
        self.created = created
    }

    /// 1 January 2000, 00:00 UTC: the default fixed date when no meaningful one exists.
    public static let fixedEpoch = Date(timeIntervalSince1970: 946_684_800)
}
