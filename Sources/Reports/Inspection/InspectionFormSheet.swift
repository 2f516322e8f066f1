import Catalog
import Scoring
import SheetModel

/// Builds the form's one visible sheet ("Phiếu kiểm tra"): the Party-document title
/// block, what to do, then one row per unit and line with what the unit claimed and on
/// what evidence, and the team's two input columns, pre-filled with points already
/// verified (in the unit's file or an earlier form).
enum InspectionFormSheet {
    /// Columns in print order; the locator finds them by their labels, not these places.
    static let columns: [FormColumn] = [.unitCode, .unitName, .line, .criterion, .max, .claimed,
                                        .evidence, .computed, .status, .verified, .note]
    static let widths: [Double] = [9, 18, 5, 32, 7, 7, 26, 8, 10, 9, 18]
    static func column(_ c: FormColumn) -> Int { columns.firstIndex(of: c)! }

    /// Criteria are cut to about this many characters (the full text is in the templates).
    static let criterionLength = 90

    /// The whole sheet as data (what `InspectionFormWriter` streams row by row).
    static func build(_ input: InspectionFormInput) -> InspectionFormModel {
        var s = head(input)
        unitRows(input) { s.rows.append($0) }
        s.rows += tail(input, empty: s.dataRows.isEmpty)
        return s
    }

    /// The rows above the units: title block, what to do, the table's header; with
    /// `headerRow` and `dataRows` (one row per unit and line) set.
    static func head(_ input: InspectionFormInput) -> InspectionFormModel {
        let t = input.text
        var s = InspectionFormModel(name: InspectionFormLabels.sheet, columnWidths: widths)
        titleBlock(&s, input)
        s.line(t("Đoàn kiểm tra ghi điểm kiểm tra (từ 0 đến điểm tối đa của dòng, ví dụ 7,5) vào cột \"Điểm kiểm tra\" ở những dòng đã kiểm tra minh chứng, ghi nhận xét vào cột \"Ghi chú\"; dòng chưa kiểm tra để trống. Các cột khác được khóa; có thể lọc, sắp xếp theo đơn vị. Gửi lại tệp này cho Văn phòng để tổng hợp.",
                 "The inspection team enters verified points (0 to the line's max, e.g. 7.5) in \"Verified\" for each line whose evidence it checked, and remarks in \"Note\"; lines not checked stay blank. Other columns are locked; rows may be filtered and sorted by unit. Send this file back to the office for consolidation."),
               .note, minimum: 30)
        s.gap()
        s.headerRow = s.add(columns.map { .init(content: .text(InspectionFormLabels.label($0, t.language)), style: .header) },
                            minimum: 30)
        let count = input.units.reduce(0) { $0 + $1.result.lines.count }
        s.dataRows = s.nextRow..<(s.nextRow + count)
        return s
    }

    /// One row per unit and line, in order, handed to `emit` as it is made (a form for
    /// thousands of units is never held whole in memory).
    static func unitRows<E: Error>(_ input: InspectionFormInput,
                                   _ emit: (InspectionFormModel.Row) throws(E) -> Void) throws(E) {
        let t = input.text, rubric = input.rubric
        let shape = InspectionFormModel(name: "", columnWidths: widths)
        var memo = InspectionFormModel.HeightMemo()
        var criteria: [String: String] = [:]
        for item in rubric.items { criteria[item.code] = short(item.text) }
        for (k, unit) in input.units.enumerated() {
            let band = k % 2 == 1
            let previous = input.previousUnit(of: unit)
            let status = unit.status.label(t.language), tone = RowStatus.unit(unit.status).tone
            for line in unit.result.lines {
                let (verified, note) = entry(line, previous: previous)
                try emit(shape.row([.init(content: .text(unit.code ?? ""), style: .centered.band(band)),
                                    .init(content: .text(unit.name), style: .text.band(band)),
                                    .init(content: .text(line.code), style: .lineCode.band(band)),
                                    .init(content: .text(criteria[line.code] ?? ""), style: .small.band(band)),
                                    .init(content: .number(line.max), style: .points.band(band)),
                                    .init(content: line.claimed.map { .number($0) } ?? .empty, style: .points.band(band)),
                                    .init(content: .text(line.evidence), style: .small.band(band)),
                                    .init(content: line.computed.map { .number($0) } ?? .empty, style: .points.band(band)),
                                    .init(content: .text(status), style: .status(tone)),
                                    .init(content: verified, style: .verifiedInput),
                                    .init(content: note.isEmpty ? .empty : .text(note), style: .noteInput)],
                                   minimum: 18, memo: &memo))
            }
        }
    }

    /// The rows below the units: a note when there is none, then the signature block.
    static func tail(_ input: InspectionFormInput, empty: Bool) -> [InspectionFormModel.Row] {
        let t = input.text
        var s = InspectionFormModel(name: "", columnWidths: widths)
        if empty { s.line(t("Không có đơn vị nào có bài nộp đang được dùng.", "No unit has a submission in use."), .note) }
        signature(&s, t)
        return s.rows
    }

    private static func titleBlock(_ s: inout InspectionFormModel, _ input: InspectionFormInput) {
        let h = OfficialHeader(issuer: input.rubric.issuer), t = input.text
        let left = 4, rightStart = 6, right = widths.count - rightStart
        typealias C = InspectionFormModel.Cell
        func pad(_ k: Int) -> [C?] { Array(repeating: nil, count: k) }
        s.add([C(content: .text(h.higherBody), style: .higherBody, span: left)] + pad(rightStart - 1)
              + [C(content: .text(h.nationalHeading), style: .nationalHeading, span: right)], height: 19)
        s.add([C(content: .text(h.issuingBody), style: .issuingBody, span: left)] + pad(rightStart - 1)
              + [C(content: .text(h.placeDate(input.reportDate)), style: .placeDate, span: right)], height: 19)
        s.add([C(content: .text(h.star), style: .star, span: left)], height: 19)
        s.gap(10)
        s.line(t("Phiếu kiểm tra kết quả thi đua", "Inspection form").uppercased(), .title, minimum: 24)
        s.line(TitleBlock.planLine(input.rubric, t), .planLine)
    }

    private static func signature(_ s: inout InspectionFormModel, _ t: ReportText) {
        let start = column(.evidence), span = widths.count - start
        typealias C = InspectionFormModel.Cell
        s.gap(14)
        s.add(Array(repeating: nil, count: start) + [C(content: .text(t("TRƯỞNG ĐOÀN KIỂM TRA", "HEAD OF THE INSPECTION TEAM")),
                                                        style: .signatureTitle, span: span)], height: 20)
        s.add(Array(repeating: nil, count: start) + [C(content: .text(t("(Ký, ghi rõ họ tên)", "(Signature and full name)")),
                                                        style: .signatureHint, span: span)], height: 18)
    }

    /// What the form writes in a line's two input cells: the points the previous form
    /// gave (as a number, also when typed "7,5"), else what the team wrote there that
    /// could not be read (kept for it to correct), else the verified points accepted.
    static func entry(_ line: ScoredLine, previous: FormUnit?) -> (verified: InspectionFormModel.Content, note: String) {
        let key = ItemCode.normalize(line.code)
        let entry = previous?.entries[key]
        var verified: InspectionFormModel.Content = line.verified.map { .number($0) } ?? .empty
        if let point = previous?.points[key] {
            verified = .number(point.value)
        } else if let raw = entry?.verified, !raw.isBlank {
            if case .number(let n) = raw { verified = .number(n) } else { verified = .text(raw.displayText) }
        }
        return (verified, entry?.note ?? "")
    }

    /// A criterion cut at a word boundary to about `criterionLength` characters, with "…".
    static func short(_ text: String) -> String {
        guard text.count > criterionLength else { return text }
        var cut = String(text.prefix(criterionLength))
        if let space = cut.lastIndex(of: " ") { cut = String(cut[..<space]) }
        while let last = cut.last, ",;:.".contains(last) { cut.removeLast() }
        return cut + "…"
    }
}
