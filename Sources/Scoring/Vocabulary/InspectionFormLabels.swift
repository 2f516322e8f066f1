/// Columns of the inspection form's table (SPEC §6.2).
public enum FormColumn: String, Sendable, Hashable, CaseIterable {
    case unitCode, unitName, line, criterion, max, claimed, evidence, computed, status, verified, note
}

/// The words of the inspection form, shared by its writer (which prints them) and its
/// locator (which looks for them, in Vietnamese or English, also retyped).
public enum InspectionFormLabels {
    /// Name of the form's sheet (sheet names stay Vietnamese, as in the report).
    public static let sheet = "Phiếu kiểm tra"
    /// Name of the hidden sheet holding the rubric id and each unit's file hash.
    public static let metaSheet = "_thidua_form"
    /// Version of the form's layout, written into the hidden sheet.
    public static let formVersion = "1"

    /// Each column's printed label in Vietnamese and English, then other spellings
    /// the locator accepts.
    public static let columns: [(column: FormColumn, vi: String, en: String, others: [String])] = [
        (.unitCode, "Mã đơn vị", "Unit code", []),
        (.unitName, "Tên đơn vị", "Unit name", ["Đơn vị", "Unit"]),
        (.line, "Mã", "Line", ["Mã tiêu chí", "Mã dòng", "Code", "Line code"]),
        (.criterion, "Nội dung", "Criterion", ["Tiêu chí", "Nội dung thi đua"]),
        (.max, "Điểm tối đa", "Max", ["Max points"]),
        (.claimed, "Điểm tự chấm", "Claimed", ["Tự chấm", "Claimed points"]),
        (.evidence, "Minh chứng", "Evidence", ["Hồ sơ minh chứng"]),
        (.computed, "Điểm tính từ số liệu", "Computed from counts", ["Computed"]),
        (.status, "Trạng thái", "Status", ["Tình trạng"]),
        (.verified, "Điểm kiểm tra", "Verified", ["Điểm Đoàn kiểm tra", "Verified points"]),
        (.note, "Ghi chú", "Note", ["Notes"]),
    ]

    /// Keys of the hidden sheet: column A key, column B value, then a unit table whose
    /// header row starts with `unitCode` in column A.
    public enum MetaKey: String, Sendable, CaseIterable {
        case formVersion = "form_version"
        case rubricID = "rubric_id"
        case rubricVersion = "rubric_version"
        case rubricHash = "rubric_sha256"
    }

    /// Header of the hidden sheet's unit table, column by column.
    public static let metaUnitHeader = ["unit_code", "unit_name", "file", "sha256"]
}
