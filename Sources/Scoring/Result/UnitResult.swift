import SheetModel

/// One submission's result, as everything after scoring reads it: the unit it says it is,
/// its period and date, each line's accepted score, the totals, the counts and rating, the
/// nominees and the findings (codes with typed arguments).
///
/// `Scorer` makes it once a file is scored; the located submission and the scoring
/// structures end there. It is what a reading worker sends back for a file, what watch's
/// cache keeps, and what the consolidation, the report, the JSON, the return lists, the
/// inspection form and serve's pages read.
public struct UnitResult: Sendable, Hashable {
    /// The file's name as users see it (the path relative to the inbox, `a.zip › b.xlsx`).
    public var file: String
    /// The file's modification time (seconds since 1970), to order resubmissions.
    public var fileModified: Double?
    public var unit: ScoredUnit
    /// The period as written (nil when empty) and how it compares with the plan's.
    public var period: String?
    public var periodCheck: PeriodCheck
    /// Ngày lập, when readable.
    public var date: DateTimeValue?
    /// Người lập and Điện thoại as written, trimmed; nil when empty (whom the office calls).
    public var preparer: String?
    public var phone: String?
    /// One per rubric line, in rubric order.
    public var lines: [ScoredLine]
    /// Sum of the valid claims (2 decimals); nil when no claim is a number.
    public var claimedTotal: Double?
    /// Sum of accepted scores (2 decimals), in [0, total].
    public var score: Double
    /// Counts read as whole numbers, by rubric key; absent keys are unknown.
    public var counts: CountValues
    /// The collective's rating code, when readable.
    public var rating: String?
    public var nominees: [ScoredNominee]
    /// The findings of locating, then scoring.
    public var findings: [Finding]

    public init(file: String, fileModified: Double?, unit: ScoredUnit, period: String?, periodCheck: PeriodCheck,
                date: DateTimeValue?, preparer: String? = nil, phone: String? = nil, lines: [ScoredLine], claimedTotal: Double?, score: Double,
                counts: CountValues, rating: String?, nominees: [ScoredNominee], findings: [Finding]) {
        self.file = file
        self.fileModified = fileModified
        self.unit = unit
        self.period = period
        self.periodCheck = periodCheck
        self.date = date
        self.preparer = preparer
        self.phone = phone
        self.lines = lines
        self.claimedTotal = claimedTotal
        self.score = score
        self.counts = counts
        self.rating = rating
        self.nominees = nominees
        self.findings = findings
    }

    /// The scored line with a code (compared by `ItemCode.normalize`).
    public func line(_ code: String) -> ScoredLine? {
        let key = ItemCode.normalize(code)
        return lines.first { ItemCode.normalize($0.code) == key }
    }

    /// True when some finding is an error: the submission cannot be ranked.
    public var hasErrors: Bool { findings.contains { $0.severity == .error } }
    /// True when some finding is a warning.
    public var hasWarnings: Bool { findings.contains { $0.severity == .warning } }
    /// Valid, valid with warnings, or invalid.
    public var status: SubmissionStatus {
        hasErrors ? .invalid : hasWarnings ? .validWithWarnings : .valid
    }

    /// File time for ordering (a missing time is the oldest).
    var fileModifiedKey: Double { fileModified ?? -Double.infinity }
}

/// The unit a submission says it is.
public struct ScoredUnit: Sendable, Hashable {
    /// Mã đơn vị, trimmed; nil when empty.
    public var code: String?
    /// Tên đơn vị, trimmed, in the unit's spelling; nil when empty.
    public var name: String?
    /// The rubric's unit type code (`party`), when readable.
    public var type: String?
    /// Loại đơn vị as written, trimmed; nil when empty.
    public var typeWritten: String?
    /// The cells of the name and of the type (for the roster's findings).
    public var nameCell: SourceLocation?
    public var typeCell: SourceLocation?

    public init(code: String? = nil, name: String? = nil, type: String? = nil, typeWritten: String? = nil,
                nameCell: SourceLocation? = nil, typeCell: SourceLocation? = nil) {
        self.code = code
        self.name = name
        self.type = type
        self.typeWritten = typeWritten
        self.nameCell = nameCell
        self.typeCell = typeCell
    }
}

/// An individual nominee, typed.
public struct ScoredNominee: Sendable, Hashable {
    public var name: String
    public var position: String
    /// nil when not given or unreadable.
    public var partyMember: Bool?
    public var achievements: String
    /// The name's cell.
    public var location: SourceLocation?

    public init(name: String, position: String, partyMember: Bool?, achievements: String, location: SourceLocation?) {
        self.name = name
        self.position = position
        self.partyMember = partyMember
        self.achievements = achievements
        self.location = location
    }
}

/// The validity of one scored submission.
public enum SubmissionStatus: String, Sendable, Hashable {
    /// Hợp lệ.
    case valid
    /// Hợp lệ, có cảnh báo.
    case validWithWarnings
    /// Cần sửa: has errors.
    case invalid
}
