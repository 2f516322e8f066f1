/// Roster columns and the words that name unit types (SPEC §2.3, §3.2).
extension SheetLabels {
    /// Roster columns: key → header labels, Vietnamese and English (the first is printed).
    public static let rosterColumns: [(key: RosterColumn, labels: [String])] = [
        (.code, ["Mã đơn vị", "Mã", "Mã số", "Code", "Unit code"]),
        (.name, ["Tên đơn vị", "Đơn vị", "Tên", "Name", "Unit name", "Unit"]),
        (.type, ["Loại đơn vị", "Loại", "Loại hình", "Type", "Unit type"]),
    ]

    /// Words that start a unit's type as people write it, by unit type code; used
    /// besides the rubric's own type codes and labels ("Chi bộ" → `party`).
    public static let unitTypeWords: [String: [String]] = [
        "party": ["Chi bộ", "Đảng bộ", "Đảng bộ cơ sở", "Tổ chức đảng", "Tổ chức cơ sở đảng", "Party"],
        "agency": ["Cơ quan", "Đơn vị", "Cơ quan, đơn vị", "Agency"],
        "locality": ["Xã", "Thị trấn", "Phường", "Địa phương", "Locality"],
    ]
}

/// Columns of a roster file.
public enum RosterColumn: String, Sendable, CaseIterable {
    case code, name, type
}
