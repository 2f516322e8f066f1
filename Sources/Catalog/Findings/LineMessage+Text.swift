import Scoring

/// The items table's messages in Vietnamese and English.
extension LineMessage: CatalogMessage {
    public var vi: String {
        func n(_ x: Double) -> String { Wording.number(x, .vi) }
        func q(_ s: String) -> String { Wording.quote(s) }
        switch self {
        case .unknownCode(let written):
            return "Mã \(q(written)) không có trong thang điểm nên dòng này không được tính. Kiểm tra lại cột Mã."
        case .noLines:
            return "Không tìm thấy dòng nào của bảng điểm. Dùng mẫu tự chấm điểm của kế hoạch và giữ nguyên cột Mã."
        case .missing(let line, let criterion):
            return "Không tìm thấy tiêu chí \(line) trong bảng điểm (\(criterion)). Thêm lại dòng này theo mẫu, "
                + "ghi đúng mã \(line) ở cột Mã và ghi điểm tự chấm."
        case .duplicated(let line):
            return "Tiêu chí \(line) được ghi nhiều lần; chỉ dòng đầu tiên được tính. Xóa dòng trùng."
        case .claimMissing(let line, let max, let formula):
            return "Tiêu chí \(line): chưa ghi điểm tự chấm. Ghi điểm từ 0 đến \(n(max))."
                + (formula ? " Ô có công thức chưa được tính: mở tệp bằng Excel hoặc LibreOffice rồi lưu lại." : "")
        case .claimNotANumber(let line, let written, let max):
            return "Tiêu chí \(line): điểm tự chấm \(q(written)) không phải là số. "
                + "Ghi một số từ 0 đến \(n(max)), số lẻ dùng dấu phẩy (ví dụ \(n(Self.example(max))))."
        case .claimAmbiguous(let line, let written):
            return "Tiêu chí \(line): không rõ \(q(written)) là số thập phân hay có dấu phân cách hàng nghìn. "
                + "Ghi lại, dùng dấu phẩy cho phần thập phân (ví dụ 7,5)."
        case .claimNegative(let line, let claimed, let max):
            return "Tiêu chí \(line): điểm tự chấm \(n(claimed)) là số âm. "
                + "Ghi điểm đạt được, từ 0 đến \(n(max)), không ghi điểm trừ."
        case .claimAboveMax(let line, let claimed, let max):
            return "Tiêu chí \(line): điểm tự chấm \(n(claimed)) vượt điểm tối đa \(n(max)). "
                + "Ghi lại điểm không quá \(n(max))."
        case .verifiedOutOfRange(let line, let written, let max):
            return "Tiêu chí \(line): điểm kiểm tra \(q(written)) phải là số từ 0 đến \(n(max)). "
                + "Đoàn kiểm tra ghi lại điểm kiểm tra."
        case .partialBinary(let line, let claimed, let max):
            return "Tiêu chí \(line) chỉ chấm đạt (\(n(max)) điểm) hoặc không đạt (0 điểm); đơn vị tự chấm "
                + "\(n(claimed)). Điểm \(n(claimed)) tạm được tính, chờ Đoàn kiểm tra xác nhận."
        case .computedDiffers(let line, let claimed, let computed, let how):
            return "Tiêu chí \(line): điểm tự chấm \(n(claimed)) khác điểm tính từ số liệu \(n(computed)) "
                + "(\(how.vi)). Điểm \(n(computed)) được tính; kiểm tra lại điểm tự chấm hoặc số liệu."
        case .verifiedDiffers(let line, let verified, let claimed):
            return "Tiêu chí \(line): Đoàn kiểm tra chấm \(n(verified)) điểm, đơn vị tự chấm \(n(claimed)). "
                + "Điểm kiểm tra được dùng."
        case .noEvidence(let line, let points):
            return "Tiêu chí \(line): có \(n(points)) điểm nhưng chưa ghi minh chứng nên được tính 0 điểm. "
                + "Ghi tên văn bản, hồ sơ minh chứng vào cột Minh chứng."
        case .evidenceSaysNone(let line, let points, let written):
            return "Tiêu chí \(line): minh chứng ghi \(q(written)) được hiểu là chưa có minh chứng, nên "
                + "\(n(points)) điểm được tính 0 điểm. Ghi tên văn bản, hồ sơ minh chứng vào cột Minh chứng."
        case .totalDiffers(let written, let sum):
            return "Tổng điểm ghi trong bảng (\(n(written))) khác tổng điểm tự chấm của các dòng (\(n(sum))). "
                + "Tổng được tính lại từ các dòng; sửa ô tổng cộng hoặc dùng công thức cộng."
        case .formulaCached(let text, let number):
            let shown = number.map(n) ?? (text.isEmpty ? "trống" : q(text))
            return "Ô có công thức; giá trị đã tính (\(shown)) được dùng."
        }
    }

    public var en: String {
        func n(_ x: Double) -> String { Wording.number(x, .en) }
        func q(_ s: String) -> String { Wording.quote(s) }
        switch self {
        case .unknownCode(let written):
            return "Code \(q(written)) is not in the rubric, so this line is not counted. Check the code column."
        case .noLines:
            return "No line of the scoring table was found. Use the plan's template and keep its code column."
        case .missing(let line, let criterion):
            return "Line \(line) is not in the table (\(criterion)). Add it back as in the template, "
                + "with code \(line) in the code column, and enter its points."
        case .duplicated(let line):
            return "Line \(line) appears more than once; only the first is counted. Delete the duplicate."
        case .claimMissing(let line, let max, let formula):
            return "Line \(line): no claimed points. Enter points from 0 to \(n(max))."
                + (formula ? " The cell's formula has no computed value: open and save the file in Excel or LibreOffice." : "")
        case .claimNotANumber(let line, let written, let max):
            return "Line \(line): claimed points \(q(written)) are not a number. "
                + "Enter a number from 0 to \(n(max)) (e.g. \(n(Self.example(max))))."
        case .claimAmbiguous(let line, let written):
            return "Line \(line): \(q(written)) could be a decimal or a thousands separator. "
                + "Rewrite it with a decimal comma or point and at most two decimals (e.g. 7.5)."
        case .claimNegative(let line, let claimed, let max):
            return "Line \(line): claimed points \(n(claimed)) are negative. "
                + "Enter the points earned, 0 to \(n(max)), not the deduction."
        case .claimAboveMax(let line, let claimed, let max):
            return "Line \(line): claimed points \(n(claimed)) exceed the line's max \(n(max)). Enter at most \(n(max))."
        case .verifiedOutOfRange(let line, let written, let max):
            return "Line \(line): verified points \(q(written)) must be a number from 0 to \(n(max)). "
                + "The inspection team should correct them."
        case .partialBinary(let line, let claimed, let max):
            return "Line \(line) is met (\(n(max))) or not met (0); the unit claimed \(n(claimed)). "
                + "\(n(claimed)) is accepted for now, pending the inspection team."
        case .computedDiffers(let line, let claimed, let computed, let how):
            return "Line \(line): claimed \(n(claimed)) differs from \(n(computed)) computed from the counts "
                + "(\(how.en)). \(n(computed)) is used; check the claim or the counts."
        case .verifiedDiffers(let line, let verified, let claimed):
            return "Line \(line): the inspection team verified \(n(verified)), the unit claimed \(n(claimed)). "
                + "The verified points are used."
        case .noEvidence(let line, let points):
            return "Line \(line): \(n(points)) points but no evidence named, so it scores 0. "
                + "Name the documents or records in the evidence column."
        case .evidenceSaysNone(let line, let points, let written):
            return "Line \(line): the evidence reads \(q(written)), taken as no evidence, so \(n(points)) points "
                + "score 0. Name the documents or records in the evidence column."
        case .totalDiffers(let written, let sum):
            return "The written total (\(n(written))) differs from the sum of the lines' claims (\(n(sum))). "
                + "The total is recomputed from the lines; correct the total cell or use a SUM formula."
        case .formulaCached(let text, let number):
            let shown = number.map(n) ?? (text.isEmpty ? "empty" : q(text))
            return "The cell holds a formula; its computed value (\(shown)) was used."
        }
    }

    /// An example value within [0, max] with a decimal: half the max, else 0.5.
    static func example(_ max: Double) -> Double {
        let half = CellNumber.round(max / 2, places: 1)
        return half == half.rounded() ? half - 0.5 : half
    }
}
