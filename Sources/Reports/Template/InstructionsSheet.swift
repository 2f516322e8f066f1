import Scoring

/// The instructions sheet ("Hướng dẫn"): how a clerk fills the template, in plain Vietnamese.
enum InstructionsSheet {
    static func grid(rubric: Rubric, unit: RosterEntry?) -> TemplateGrid {
        var g = TemplateGrid(name: SheetLabels.instructionsSheet, columnWidths: [4, 80])
        g.orientation = .portrait
        var row = 0
        func title(_ s: String, _ style: TemplateStyle, height: Double) {
            g.merge(row, 0, row, 1, .text(s), style)
            g.fitRow(row, text: s, width: 84, fontSize: style == .instructionTitle ? 14 : 12, minimum: height)
            row += 1
        }
        func step(_ n: String, _ s: String) {
            g.set(row, 0, .text(n), .instructionHeading)
            g.set(row, 1, .text(s), .instructionText)
            g.fitRow(row, text: s, width: 80, minimum: 20)
            row += 1
        }
        title(SheetLabels.instructionsTitle, .instructionTitle, height: 24)
        title(rubric.plan.shortTitle, .planLine, height: 20)
        var basis = "Kế hoạch số \(rubric.plan.number)"
        if let d = VietnameseDate.long(rubric.plan.date) { basis += " \(d)" }
        title(basis + ". Thời gian thi đua: " + rubric.period.label.lowercasedFirst + ".", .planLine, height: 20)
        g.rowHeights[row] = 10; row += 1

        let sheet = "\u{201C}\(SheetLabels.scoringSheet)\u{201D}"
        let maxTotal = ScoringSheetBuilder.number(rubric.items.reduce(0) { $0 + $1.max })
        let countLabels = rubric.counts.map { "\u{201C}\($0.label)\u{201D}" }.joined(separator: ", ")
        let computed = rubric.items.filter { $0.kind == .ratio || $0.kind == .threshold }.map(\.code)
        var steps: [String] = []
        steps.append("Các ô nền vàng là ô đơn vị nhập; các ô khác đã khóa để giữ đúng mẫu. Khi chọn một ô, một ghi chú nhỏ cho biết cần nhập gì; nhập sai (ví dụ điểm lớn hơn điểm tối đa) sẽ có thông báo.")
        if unit != nil {
            steps.append("Phần đầu trang tính \(sheet): tên, mã và loại đơn vị đã được ghi sẵn; ghi ngày lập (dạng ngày/tháng/năm, ví dụ 05/01/2024), người lập và số điện thoại.")
        } else {
            steps.append("Phần đầu trang tính \(sheet): ghi tên đơn vị, mã đơn vị (nếu được cấp), chọn loại đơn vị trong danh sách, ghi ngày lập (dạng ngày/tháng/năm, ví dụ 05/01/2024), người lập và số điện thoại.")
        }
        steps.append("Cột \u{201C}Điểm tự chấm\u{201D}: ghi điểm của từng dòng, từ 0 đến điểm tối đa của dòng đó. Tiêu chí đạt thì ghi đủ điểm tối đa, không đạt thì ghi 0. Số lẻ ghi bằng dấu phẩy (7,5) hoặc dấu chấm (7.5). Không bỏ trống dòng nào. Dòng \u{201C}Tổng cộng\u{201D} tự cộng (tối đa \(maxTotal) điểm).")
        steps.append("Cột \u{201C}Minh chứng\u{201D}: ghi số, ký hiệu, ngày của văn bản hoặc hồ sơ chứng minh cho điểm đã chấm. Dòng có điểm mà không ghi minh chứng sẽ được tính 0 điểm.")
        if !countLabels.isEmpty {
            var s = "Phần \u{201C}\(SheetLabels.countsBlock)\u{201D}: ghi số nguyên cho các mục \(countLabels); chọn mức \u{201C}\(ScoringSheetBuilder.first(SheetLabels.rating))\u{201D} trong danh sách."
            if !computed.isEmpty {
                s += " Điểm các dòng \(computed.joined(separator: ", ")) được tính lại từ các số liệu này."
            }
            steps.append(s)
        }
        steps.append("Phần \u{201C}\(SheetLabels.nomineesBlock)\u{201D}: mỗi người một dòng, ghi họ và tên, chức vụ, thành tích và chọn có phải đảng viên hay không. Không có người đề nghị thì để trống.")
        steps.append("Cột \u{201C}Điểm kiểm tra\u{201D} (nền xanh) dành cho Đoàn kiểm tra; đơn vị không ghi vào cột này.")
        steps.append("Không thêm, xóa hoặc đổi tên cột, không sửa mã tiêu chí ở cột \u{201C}Mã\u{201D}, không đổi tên hay xóa các trang tính. Có thể tăng chiều cao dòng khi nội dung dài.")
        steps.append("Lưu tệp dạng Excel (.xlsx) và gửi lại đúng tệp này. Nếu dùng tệp CSV, lưu dạng \u{201C}CSV UTF-8\u{201D} để giữ dấu tiếng Việt.")
        for (i, s) in steps.enumerated() { step("\(i + 1).", s) }
        g.rowHeights[row] = 10; row += 1
        step("", "Điểm do đơn vị tự chấm là căn cứ ban đầu; điểm được công nhận là điểm sau khi Đoàn kiểm tra xem xét hồ sơ minh chứng.")
        return g
    }
}
