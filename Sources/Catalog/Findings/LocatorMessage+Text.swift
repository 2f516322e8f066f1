import Scoring

/// The locator's messages in Vietnamese and English.
extension LocatorMessage: CatalogMessage {
    public var vi: String {
        func q(_ s: String) -> String { Wording.quote(s) }
        switch self {
        case .noScoringTable(let file, let template):
            return "Không tìm thấy bảng chấm điểm trong tệp \(file): cần một dòng tiêu đề có các cột “Mã” và "
                + "“Điểm tự chấm”, bên dưới là các dòng ghi mã tiêu chí của kế hoạch. Hãy dùng mẫu \(template) "
                + "của kế hoạch này, điền lại và gửi lại."
        case .wrongSheetSaved(let saved, let sheetName, let scoring):
            let what = saved == .instructions ? "trang hướng dẫn \(q(sheetName))" : "trang thông tin ẩn của mẫu"
            return "Tệp CSV này chứa \(what), không phải bảng chấm điểm: khi lưu dạng CSV, Excel và LibreOffice chỉ "
                + "lưu trang đang mở. Mở tệp Excel đã điền, chọn trang \(q(scoring)) rồi lưu lại dạng CSV "
                + "(hoặc gửi luôn tệp Excel .xlsx)."
        case .otherPlan(let found, let plan, let template):
            return "Tệp được lập theo mẫu của kế hoạch khác (\(found)), không phải mẫu của Kế hoạch số \(plan). "
                + "Hãy tải mẫu \(template) của kế hoạch này, điền lại và gửi lại."
        case .unknownItem(let written, true):
            return "Mã tiêu chí \(q(written)) không có trong thang điểm của kế hoạch; điểm ghi ở dòng này không "
                + "được tính. Kiểm tra lại mã tiêu chí."
        case .unknownItem(let written, false):
            return "Dòng có mã \(q(written)) không thuộc thang điểm của kế hoạch nên được bỏ qua."
        case .duplicateItem(let code):
            return "Tiêu chí \(code) được ghi hai lần; chỉ dòng ghi trước được tính. Xóa dòng thừa."
        }
    }

    public var en: String {
        func q(_ s: String) -> String { Wording.quote(s) }
        switch self {
        case .noScoringTable(let file, let template):
            return "No scoring table found in \(file): it needs a header row with the columns “Mã” (code) and "
                + "“Điểm tự chấm” (claimed points) above rows holding the plan's item codes. Use this plan's "
                + "template \(template), fill it in and send it again."
        case .wrongSheetSaved(let saved, let sheetName, let scoring):
            let what = saved == .instructions ? "the instructions sheet \(q(sheetName))" : "the template's hidden sheet"
            return "This CSV holds \(what), not the scoring table: Excel and LibreOffice save only the open sheet "
                + "as CSV. Open the filled-in workbook, select the sheet \(q(scoring)) and save it as CSV again "
                + "(or send the .xlsx workbook itself)."
        case .otherPlan(let found, let plan, let template):
            return "The file was made from the template of another plan (\(found)), not of plan \(plan). "
                + "Download this plan's template \(template), fill it in and send it again."
        case .unknownItem(let written, true):
            return "Item code \(q(written)) is not in the plan's scoring table; the points on this row are not "
                + "counted. Check the item code."
        case .unknownItem(let written, false):
            return "The row with code \(q(written)) is not in the plan's scoring table and is ignored."
        case .duplicateItem(let code):
            return "Item \(code) is written twice; only the first row counts. Delete the extra row."
        }
    }
}
