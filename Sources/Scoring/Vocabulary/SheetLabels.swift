/// The labels a scoring sheet uses, shared by the template writer (which prints
/// them) and the locator (which looks for them, also in looser spellings).
///
/// The locator matches by `NameKey` (case, tone-mark placement and spacing do
/// not matter) and accepts the listed alternatives, so a unit that retypes a
/// label or an older template still reads.
public enum SheetLabels {
    /// Name of the scoring sheet in XLSX templates.
    public static let scoringSheet = "Tự chấm điểm"
    /// Name of the instructions sheet.
    public static let instructionsSheet = "Hướng dẫn"
    /// Name of the hidden meta sheet.
    public static let metaSheet = "_thidua"
    /// Title of the instructions sheet, by which a CSV saved from it is recognised.
    public static let instructionsTitle = "HƯỚNG DẪN ĐIỀN BẢNG TỰ CHẤM ĐIỂM THI ĐUA"

    /// Header block fields: key → labels (the first is printed).
    public static let header: [(key: HeaderField, labels: [String])] = [
        (.unitName, ["Tên đơn vị", "Đơn vị", "Unit name"]),
        (.unitCode, ["Mã đơn vị", "Unit code"]),
        (.unitType, ["Loại đơn vị", "Unit type"]),
        (.period, ["Kỳ thi đua", "Thời gian thi đua", "Period"]),
        (.date, ["Ngày lập", "Ngày", "Date"]),
        (.preparer, ["Người lập", "Người lập biểu", "Prepared by"]),
        (.phone, ["Điện thoại", "Số điện thoại", "Phone"]),
    ]

    /// Items table columns: key → header labels (the first is printed).
    public static let columns: [(key: ItemColumn, labels: [String])] = [
        (.code, ["Mã", "STT", "TT", "Mã tiêu chí", "Code"]),
        (.text, ["Nội dung", "Nội dung thi đua", "Tiêu chí", "Criterion"]),
        (.max, ["Điểm tối đa", "Tổng điểm", "Điểm chuẩn", "Max"]),
        (.claimed, ["Điểm tự chấm", "Tự chấm", "Điểm đơn vị tự chấm", "Claimed"]),
        (.evidence, ["Minh chứng", "Hồ sơ minh chứng", "Tài liệu minh chứng", "Evidence"]),
        (.verified, ["Điểm kiểm tra", "Điểm Đoàn kiểm tra", "Verified"]),
        (.note, ["Ghi chú", "Note"]),
    ]

    /// Row label of the written total under the items table.
    public static let total = ["Tổng cộng", "Tổng điểm", "Cộng", "Total"]

    /// Title of the counts block.
    public static let countsBlock = "Số liệu"
    /// Label of the collective's own rating (the counts' labels come from the rubric).
    public static let rating = ["Tập thể tự xếp loại", "Xếp loại tập thể", "Tự xếp loại", "Rating"]

    /// Title of the nominations block.
    public static let nomineesBlock = "Đề nghị khen thưởng cá nhân"
    /// Nominee table columns: key → header labels (the first is printed).
    public static let nomineeColumns: [(key: NomineeColumn, labels: [String])] = [
        (.name, ["Họ và tên", "Họ tên", "Name"]),
        (.position, ["Chức vụ", "Chức vụ, đơn vị", "Position"]),
        (.partyMember, ["Đảng viên", "Là đảng viên", "Party member"]),
        (.achievements, ["Thành tích", "Thành tích tiêu biểu", "Achievements"]),
    ]

    /// The signature block under the nominations table (the first two are printed):
    /// known so that no reader takes it for a nominee row or a value.
    public static let signature = ["Thủ trưởng đơn vị", "(Ký, ghi rõ họ tên, đóng dấu)",
                                   "Ký, ghi rõ họ tên, đóng dấu", "(Ký, ghi rõ họ tên)", "(Ký tên, đóng dấu)"]

    /// Yes / no as printed in list validations.
    public static let yes = "Có"
    public static let no = "Không"

    /// Keys of the hidden meta sheet (column A key, column B value).
    public enum MetaKey: String, CaseIterable, Sendable {
        case rubricID = "rubric_id"
        case rubricVersion = "rubric_version"
        case rubricHash = "rubric_sha256"
        case templateVersion = "template_version"
        case unitCode = "unit_code"
    }
}

/// Fields of the header block.
public enum HeaderField: String, Sendable, CaseIterable {
    case unitName, unitCode, unitType, period, date, preparer, phone
}

/// Columns of the items table.
public enum ItemColumn: String, Sendable, CaseIterable {
    case code, text, max, claimed, evidence, verified, note
}

/// Columns of the nominations table.
public enum NomineeColumn: String, Sendable, CaseIterable {
    case name, position, partyMember, achievements
}
