import SheetModel

/// Verified points accepted from one cell of the inspection form.
public struct FormPoint: Sendable, Hashable, Codable {
    /// The rubric's code of the line (`4a`).
    public var line: String
    /// The verified points, in [0, max] of the line.
    public var value: Double
    /// The form's cell.
    public var location: SourceLocation
}

/// What the team wrote in one row, valid or not, so a re-written form keeps it.
public struct FormEntry: Sendable, Hashable, Codable {
    /// The "Điểm kiểm tra" cell as written (`.empty` when blank).
    public var verified: CellValue
    /// The "Ghi chú" cell, trimmed ("" when blank).
    public var note: String
}

/// One unit of the form: its rows' points and entries, and what the hidden sheet
/// recorded of its file when the form was made.
public struct FormUnit: Sendable, Hashable, Codable {
    /// Mã đơn vị as written; nil when blank.
    public var code: String?
    /// Tên đơn vị as written; nil when blank.
    public var name: String?
    /// Accepted points by normalised line code (`ItemCode.normalize`).
    public var points: [String: FormPoint] = [:]
    /// Every row's entry by normalised line code (first row of a line wins).
    public var entries: [String: FormEntry] = [:]
    /// The unit's first row in the form (for findings about the whole unit).
    public var location: SourceLocation
    /// The unit's file when the form was made (hidden sheet), if known.
    public var file: String?
    /// That file's SHA-256 (lowercase hex), if known.
    public var sha256: String?

    /// "DB01 - Đảng bộ Công an huyện", or whichever of the two is known.
    public var title: String {
        [code, name].compactMap { $0 }.joined(separator: " - ")
    }
}

/// An inspection form as read back (SPEC §6.2): its units with the points the team
/// filled in, and the findings about its cells. Made by `InspectionFormLocator`.
public struct InspectionForm: Sendable, Hashable, Codable {
    /// The form's file name as shown to users.
    public var file: String
    /// The rubric id in the hidden sheet; nil when the form has none (a CSV export).
    public var rubricID: String?
    /// False when the form was made for another rubric: nothing of it is applied.
    public var applies: Bool
    /// Units in the order of their first row.
    public var units: [FormUnit]
    /// Problems found in the form's own cells.
    public var findings: [Finding]

    /// Number of accepted points over every unit.
    public var pointCount: Int { units.reduce(0) { $0 + $1.points.count } }
}
