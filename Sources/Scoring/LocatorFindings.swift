import SheetModel

extension FindingCode {
    /// No items table with the plan's codes was found in the file (error).
    public static let noScoringTable = FindingCode("noScoringTable")
    /// A line whose code is not in the rubric (warning when it claims points, else info).
    public static let unknownItem = FindingCode("unknownItem")
    /// A line code written twice; the first is used (warning).
    public static let duplicateItem = FindingCode("duplicateItem")
}

/// The findings the locator makes, with their messages.
enum LocatorFindings {
    static let templateName = "Mau-tu-cham-diem.xlsx"

    static func noScoringTable(file: String) -> Finding {
        Finding(.error, .noScoringTable, at: SourceLocation(file: file),
                vi: "Không tìm thấy bảng chấm điểm trong tệp \(file): cần một dòng tiêu đề có các cột "
                    + "“Mã” và “Điểm tự chấm”, bên dưới là các dòng ghi mã tiêu chí của kế hoạch. "
                    + "Hãy dùng mẫu \(templateName) của kế hoạch này, điền lại và gửi lại.",
                en: "No scoring table found in \(file): it needs a header row with the columns "
                    + "“Mã” (code) and “Điểm tự chấm” (claimed points) above rows holding the plan's "
                    + "item codes. Use this plan's template \(templateName), fill it in and send it again.")
    }

    static func otherRubric(found: String, rubric: Rubric, at location: SourceLocation) -> Finding {
        Finding(.error, .otherRubric, at: location, value: found,
                vi: "Tệp được lập theo mẫu của kế hoạch khác (\(found)), không phải mẫu của Kế hoạch "
                    + "số \(rubric.plan.number). Hãy tải mẫu \(templateName) của kế hoạch này, "
                    + "điền lại và gửi lại.",
                en: "The file was made from the template of another plan (\(found)), not of plan "
                    + "\(rubric.plan.number). Download this plan's template \(templateName), "
                    + "fill it in and send it again.")
    }

    static func unknownItem(_ written: String, normalized: String, claimed: Bool,
                            at location: SourceLocation) -> Finding {
        if claimed {
            return Finding(.warning, .unknownItem, at: location, value: written,
                           vi: "Mã tiêu chí “\(written)” không có trong thang điểm của kế hoạch; "
                               + "điểm ghi ở dòng này không được tính. Kiểm tra lại mã tiêu chí.",
                           en: "Item code “\(written)” is not in the plan's scoring table; the points "
                               + "on this row are not counted. Check the item code.")
        }
        return Finding(.info, .unknownItem, at: location, value: written,
                       vi: "Dòng có mã “\(written)” không thuộc thang điểm của kế hoạch nên được bỏ qua.",
                       en: "The row with code “\(written)” is not in the plan's scoring table and is ignored.")
    }

    static func duplicateItem(_ code: String, at location: SourceLocation) -> Finding {
        Finding(.warning, .duplicateItem, at: location, value: code,
                vi: "Tiêu chí \(code) được ghi hai lần; chỉ dòng ghi trước được tính. "
                    + "Xóa dòng thừa.",
                en: "Item \(code) is written twice; only the first row counts. Delete the extra row.")
    }
}
