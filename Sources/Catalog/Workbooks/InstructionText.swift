import Scoring

/// The template's instructions sheet ("Hướng dẫn"): how a clerk fills it, step by step.
/// Sheet and block names come from `SheetLabels`, counts and lines from the rubric.
/// Templates are printed in Vietnamese (`vi`); `en` says the same in English.
public enum InstructionText: CatalogMessage {
    /// The plan's number and date, and the emulation period.
    case basis(plan: String, date: DocumentText.Day?, period: String)
    case inputCells
    /// The header block: filled in already on a unit's own template (`personal`).
    case header(sheet: String, personal: Bool)
    case claimedColumn(maxTotal: Double)
    case evidenceColumn
    /// The counts block, the rating, and the lines computed from the counts.
    case counts(block: String, labels: [String], rating: String, computed: [String])
    case nominees(block: String)
    case verifiedColumn, keepTheLayout, saveAs, closing

    public var vi: String {
        switch self {
        case .basis(let plan, let date, let period):
            "Kế hoạch số \(plan)" + (date.map { " " + DocumentText.date($0).vi } ?? "")
                + ". Thời gian thi đua: " + period.lowercasedFirst + "."
        case .inputCells:
            "Các ô nền vàng là ô đơn vị nhập; các ô khác đã khóa để giữ đúng mẫu. Khi chọn một ô, một ghi chú nhỏ cho biết cần nhập gì; nhập sai (ví dụ điểm lớn hơn điểm tối đa) sẽ có thông báo."
        case .header(let sheet, true):
            "Phần đầu trang tính \(q(sheet)): tên, mã và loại đơn vị đã được ghi sẵn; ghi ngày lập (dạng ngày/tháng/năm, ví dụ 05/01/2024), người lập và số điện thoại."
        case .header(let sheet, false):
            "Phần đầu trang tính \(q(sheet)): ghi tên đơn vị, mã đơn vị (nếu được cấp), chọn loại đơn vị trong danh sách, ghi ngày lập (dạng ngày/tháng/năm, ví dụ 05/01/2024), người lập và số điện thoại."
        case .claimedColumn(let maxTotal):
            "Cột \(q("Điểm tự chấm")): ghi điểm của từng dòng, từ 0 đến điểm tối đa của dòng đó. Tiêu chí đạt thì ghi đủ điểm tối đa, không đạt thì ghi 0. Số lẻ ghi bằng dấu phẩy (7,5) hoặc dấu chấm (7.5). Không bỏ trống dòng nào. Dòng \(q("Tổng cộng")) tự cộng (tối đa \(Wording.number(maxTotal, .vi)) điểm)."
        case .evidenceColumn:
            "Cột \(q("Minh chứng")): ghi số, ký hiệu, ngày của văn bản hoặc hồ sơ chứng minh cho điểm đã chấm. Dòng có điểm mà không ghi minh chứng sẽ được tính 0 điểm."
        case .counts(let block, let labels, let rating, let computed):
            "Phần \(q(block)): ghi số nguyên cho các mục \(labels.map(q).joined(separator: ", ")); chọn mức \(q(rating)) trong danh sách."
                + (computed.isEmpty ? "" : " Điểm các dòng \(computed.joined(separator: ", ")) được tính lại từ các số liệu này.")
        case .nominees(let block):
            "Phần \(q(block)): mỗi người một dòng, ghi họ và tên, chức vụ, thành tích và chọn có phải đảng viên hay không. Không có người đề nghị thì để trống."
        case .verifiedColumn: "Cột \(q("Điểm kiểm tra")) (nền xanh) dành cho Đoàn kiểm tra; đơn vị không ghi vào cột này."
        case .keepTheLayout:
            "Không thêm, xóa hoặc đổi tên cột, không sửa mã tiêu chí ở cột \(q("Mã")), không đổi tên hay xóa các trang tính. Có thể tăng chiều cao dòng khi nội dung dài."
        case .saveAs:
            "Lưu tệp dạng Excel (.xlsx) và gửi lại đúng tệp này. Nếu dùng tệp CSV, lưu dạng \(q("CSV UTF-8")) để giữ dấu tiếng Việt."
        case .closing:
            "Điểm do đơn vị tự chấm là căn cứ ban đầu; điểm được công nhận là điểm sau khi Đoàn kiểm tra xem xét hồ sơ minh chứng."
        }
    }

    public var en: String {
        switch self {
        case .basis(let plan, let date, let period):
            "Plan No. \(plan)" + (date.map { " of " + DocumentText.date($0).en } ?? "") + ". Emulation period: "
                + period.lowercasedFirst + "."
        case .inputCells:
            "Yellow cells are the unit's inputs; the others are locked to keep the form. Selecting a cell shows a short note on what to enter; a wrong entry (points above the maximum, say) is refused with a message."
        case .header(let sheet, true):
            "The top of sheet \(q(sheet)): the unit's name, code and type are filled in; enter the date (day/month/year, e.g. 05/01/2024), who prepared it and a phone number."
        case .header(let sheet, false):
            "The top of sheet \(q(sheet)): enter the unit's name, its code (if it has one), choose its type from the list, and enter the date (day/month/year, e.g. 05/01/2024), who prepared it and a phone number."
        case .claimedColumn(let maxTotal):
            "Column \(q("Điểm tự chấm")) (claimed points): the points of each line, from 0 to that line's maximum. A criterion met gets its full points, one not met 0. Decimals take a comma (7,5) or a point (7.5). Leave no line blank. The \(q("Tổng cộng")) row adds them up (at most \(Wording.number(maxTotal, .en)) points)."
        case .evidenceColumn:
            "Column \(q("Minh chứng")) (evidence): the number, reference and date of the document or record proving the points. A line with points and no evidence scores 0."
        case .counts(let block, let labels, let rating, let computed):
            "Block \(q(block)): whole numbers for \(labels.map(q).joined(separator: ", ")); choose a level of \(q(rating)) from the list."
                + (computed.isEmpty ? "" : " Lines \(computed.joined(separator: ", ")) are scored again from these counts.")
        case .nominees(let block):
            "Block \(q(block)): one person a row, with their full name, position, achievements and whether they are a Party member. Leave it blank when nobody is nominated."
        case .verifiedColumn: "Column \(q("Điểm kiểm tra")) (blue) is for the inspection team; the unit leaves it blank."
        case .keepTheLayout:
            "Do not add, delete or rename columns, change the line codes in column \(q("Mã")), or rename or delete sheets. Rows may be made taller for long text."
        case .saveAs:
            "Save the file as Excel (.xlsx) and send this very file back. For a CSV file, save as \(q("CSV UTF-8")) to keep the Vietnamese letters."
        case .closing: "The unit's own points are the starting point; the accepted points are those after the inspection team has checked the evidence."
        }
    }

    /// Between curly quotes.
    private func q(_ s: String) -> String { "\u{201C}\(s)\u{201D}" }
}
