import SheetModel

/// A raw value as found in a file, with the cell it came from.
///
/// The locator fills entries; the engine types and checks them (numbers with a
/// decimal comma, counts, ratings), so every check can name its cell.
public struct Entry: Sendable, Hashable {
    public var value: CellValue
    /// Where it was read; nil when the field was not found at all.
    public var location: SourceLocation?
    /// True when the cell held a formula (its cached value is `value`).
    public var isFormula: Bool

    public init(_ value: CellValue = .empty, at location: SourceLocation? = nil, isFormula: Bool = false) {
        self.value = value
        self.location = location
        self.isFormula = isFormula
    }

    /// No value (a missing field or an empty cell).
    public static let missing = Entry()

    /// Trimmed text of the value ("" when empty).
    public var text: String {
        value.displayText.trimmingWhitespace()
    }
}

/// One line of the items table as submitted.
public struct SubmittedItem: Sendable, Hashable {
    /// The code as written in the file (normalise with `ItemCode.normalize`).
    public var code: String
    /// Where the line's code was found.
    public var location: SourceLocation?
    /// Điểm tự chấm.
    public var claimed: Entry
    /// Điểm kiểm tra (inspection team).
    public var verified: Entry
    /// Minh chứng.
    public var evidence: Entry
    /// Ghi chú.
    public var note: Entry
    /// Where `verified` was read: the unit's file, or the inspection form applied to it.
    public var verifiedSource: VerifiedSource = .file

    public init(code: String, location: SourceLocation? = nil, claimed: Entry = .missing,
                verified: Entry = .missing, evidence: Entry = .missing, note: Entry = .missing) {
        self.code = code
        self.location = location
        self.claimed = claimed
        self.verified = verified
        self.evidence = evidence
        self.note = note
    }
}

/// A person a unit nominates for an individual award.
public struct Nominee: Sendable, Hashable {
    public var name: Entry
    public var position: Entry
    /// "có" / "không" (or x, yes, true…).
    public var partyMember: Entry
    public var achievements: Entry

    public init(name: Entry, position: Entry = .missing, partyMember: Entry = .missing,
                achievements: Entry = .missing) {
        self.name = name
        self.position = position
        self.partyMember = partyMember
        self.achievements = achievements
    }
}

/// What one file says, as located but not yet checked.
public struct Submission: Sendable, Hashable {
    /// The file's name as shown to users.
    public var file: String
    /// File modification time (seconds since 1970), used to order resubmissions.
    public var fileModified: Double?

    public var unitName: Entry = .missing
    public var unitCode: Entry = .missing
    public var unitType: Entry = .missing
    public var period: Entry = .missing
    /// Ngày lập.
    public var date: Entry = .missing
    public var preparer: Entry = .missing
    public var phone: Entry = .missing

    /// Lines in file order.
    public var items: [SubmittedItem] = []
    /// The total written in the sheet (a formula or a number), if any.
    public var writtenTotal: Entry = .missing
    /// Counts by rubric count key (`staff`, `pledges`, `excellent`, `good`).
    public var counts: [String: Entry] = [:]
    /// The collective's own year-end rating.
    public var rating: Entry = .missing
    public var nominees: [Nominee] = []

    /// Rubric id found in the template's meta sheet, if any.
    public var templateRubricID: String?
    /// Findings made while locating (no scoring table, another rubric, formulas…).
    public var findings: [Finding] = []

    public init(file: String, fileModified: Double? = nil) {
        self.file = file
        self.fileModified = fileModified
    }
}

extension String {
    /// The string, or nil when it is empty.
    public var nilIfEmpty: String? { isEmpty ? nil : self }

    /// The string without leading and trailing whitespace and newlines.
    public func trimmingWhitespace() -> String {
        if let quick = Substring(self).trimmedQuickly {
            return quick.utf8.count == utf8.count ? self : String(quick)
        }
        var s = Substring(self)
        while let f = s.first, f.isWhitespace { s.removeFirst() }
        while let l = s.last, l.isWhitespace { s.removeLast() }
        return String(s)
    }
}

extension Substring {
    /// The text without leading and trailing whitespace, worked out on the UTF-8 bytes when
    /// that gives what trimming character by character gives: ASCII whitespace is skipped,
    /// and the scalars left at both edges must be printable ASCII or Latin letters
    /// (U+00C0–U+024F, U+1E00–U+1EFF), which start a character of their own and are no
    /// whitespace (a character is whitespace by its first scalar). Nil means "trim the
    /// slow way".
    var trimmedQuickly: Substring? {
        var start = utf8.startIndex, end = utf8.endIndex
        while start < end, Self.isASCIISpace(utf8[start]) { start = utf8.index(after: start) }
        while end > start, Self.isASCIISpace(utf8[utf8.index(before: end)]) { end = utf8.index(before: end) }
        let inner = self[start..<end]
        guard let first = inner.unicodeScalars.first, let last = inner.unicodeScalars.last else {
            return start == end && utf8.allSatisfy(Self.isASCIISpace) ? inner : nil
        }
        guard Self.startsCharacter(first), Self.startsCharacter(last) else { return nil }
        return inner
    }

    private static func isASCIISpace(_ c: UInt8) -> Bool { c == 0x20 || (c >= 0x09 && c <= 0x0D) }

    /// Printable ASCII or a Latin letter: a scalar that begins a character and is no whitespace.
    private static func startsCharacter(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        return (v > 0x20 && v < 0x7F) || (v >= 0xC0 && v <= 0x24F) || (v >= 0x1E00 && v <= 0x1EFF)
    }
}
