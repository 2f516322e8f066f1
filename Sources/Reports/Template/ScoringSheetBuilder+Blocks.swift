import Scoring
import SheetWriter

extension ScoringSheetBuilder {
    // MARK: Items table

    mutating func itemsTable() {
        // Group row: who fills what.
        grid.merge(row, Self.code, row, Self.max, .text("Thang điểm (theo Kế hoạch)"), .groupHeader)
        grid.merge(row, Self.claimed, row, Self.evidence, .text("Phần đơn vị tự chấm"), .groupHeader)
        grid.set(row, Self.verified, .text("Đoàn kiểm tra"), .groupHeader)
        grid.set(row, Self.note, .empty, .groupHeader)
        grid.rowHeights[row] = 33
        let groupRow = row
        row += 1

        layout.tableHeaderRow = row
        let columns: [ItemColumn: Int] = [.code: Self.code, .text: Self.text, .max: Self.max, .claimed: Self.claimed,
                                          .evidence: Self.evidence, .verified: Self.verified, .note: Self.note]
        layout.columns = columns
        for (key, labels) in SheetLabels.columns {
            guard let c = columns[key] else { continue }
            grid.set(row, c, .text(Self.first(labels)), .tableHeader)
        }
        grid.rowHeights[row] = 33
        grid.repeatRows = groupRow...row
        row += 1

        let firstItem = row
        var claimedSum = 0.0
        for item in rubric.items {
            layout.itemRows[item.code] = row
            let given = fill?.items[item.code] ?? [:]
            grid.set(row, Self.code, .text(item.code), .code)
            let text = Self.criterionText(item)
            grid.set(row, Self.text, .text(text), .criterion)
            grid.set(row, Self.max, .number(item.max), .maxPoints)
            grid.set(row, Self.claimed, given[.claimed].map(Self.content) ?? .empty, .input(.number))
            grid.set(row, Self.evidence, given[.evidence].map(Self.content) ?? .empty, .input(.wrappedText))
            grid.set(row, Self.verified, given[.verified].map(Self.content) ?? .empty, .inspection)
            grid.set(row, Self.note, given[.note].map(Self.content) ?? .empty, .input(.wrappedText))
            if case .number(let n)? = given[.claimed] { claimedSum += n }
            grid.validate(row, Self.claimed, claimedRule(item))
            grid.validate(row, Self.verified, verifiedRule(item))
            grid.fitRow(row, text: text, width: grid.width(Self.text, Self.text), minimum: 36)
            row += 1
        }
        let lastItem = row - 1
        grid.validate(firstItem, Self.evidence, lastItem, Self.evidence, DataValidation(
            .textLength(max: 2000), inputTitle: "Minh chứng",
            inputMessage: "Ghi số, ký hiệu, ngày văn bản hoặc hồ sơ chứng minh. Dòng có điểm mà không có minh chứng sẽ được tính 0 điểm."))
        grid.validate(firstItem, Self.note, lastItem, Self.note, DataValidation(
            .textLength(max: 2000), inputTitle: "Ghi chú", inputMessage: "Giải trình thêm (nếu có)."))
        totalRow(firstItem: firstItem, lastItem: lastItem, claimedSum: claimedSum)
    }

    /// The criterion and, below it, what "met" and "not met" mean.
    static func criterionText(_ item: RubricItem) -> String {
        var s = item.text
        if !item.met.isEmpty { s += "\n– Đạt: " + item.met.trimmedPeriod }
        if !item.notMet.isEmpty { s += "\n– Không đạt: " + item.notMet.trimmedPeriod }
        return s
    }

    private func claimedRule(_ item: RubricItem) -> DataValidation {
        let max = Self.number(item.max)
        let hint: String = switch item.kind {
        case .binary: "Đạt: ghi \(max); không đạt: ghi 0."
        case .graded: "Ghi điểm từ 0 đến \(max)."
        case .ratio: "Ghi điểm từ 0 đến \(max); điểm được tính lại theo phần Số liệu."
        case .threshold: "Đạt: ghi \(max); không đạt: ghi 0. Được đối chiếu với phần Số liệu."
        }
        return DataValidation(.decimal(min: 0, max: item.max), inputTitle: "Điểm tự chấm (tối đa \(max))",
                              inputMessage: hint + " Dùng dấu phẩy hoặc dấu chấm cho số lẻ.",
                              errorTitle: "Điểm không hợp lệ",
                              errorMessage: "Điểm dòng \(item.code) phải là số từ 0 đến \(max).")
    }

    private func verifiedRule(_ item: RubricItem) -> DataValidation {
        let max = Self.number(item.max)
        return DataValidation(.decimal(min: 0, max: item.max), inputTitle: "Dành cho Đoàn kiểm tra",
                              inputMessage: "Đơn vị không ghi vào cột này. Đoàn kiểm tra ghi điểm từ 0 đến \(max).",
                              errorTitle: "Điểm không hợp lệ",
                              errorMessage: "Điểm kiểm tra dòng \(item.code) phải là số từ 0 đến \(max).")
    }

    private mutating func totalRow(firstItem: Int, lastItem: Int, claimedSum: Double) {
        layout.totalRow = row
        func col(_ c: Int) -> String {
            ExcelLimits.a1(firstRow: firstItem, firstColumn: c, lastRow: lastItem, lastColumn: c)
        }
        grid.merge(row, Self.code, row, Self.text, .text(Self.first(SheetLabels.total)), .totalLabel)
        let maxTotal = rubric.items.reduce(0) { $0 + $1.max }
        grid.set(row, Self.max, .formula("SUM(\(col(Self.max)))", cached: .number(maxTotal), csv: .number(maxTotal)), .totalNumber)
        if let written = fill?.writtenTotal {
            grid.set(row, Self.claimed, Self.content(written), .totalNumber)
        } else {
            grid.set(row, Self.claimed, .formula("SUM(\(col(Self.claimed)))", cached: .number(claimedSum), csv: .empty), .totalNumber)
        }
        let blank = "COUNTBLANK(\(col(Self.claimed)))"
        let missing = rubric.items.filter { fill?.items[$0.code]?[.claimed] == nil }.count
        let cached = missing > 0 ? "Còn \(missing) dòng chưa tự chấm" : "Đã tự chấm đủ \(rubric.items.count) dòng"
        grid.set(row, Self.evidence, .formula(
            "IF(\(blank)>0,\"Còn \"&\(blank)&\" dòng chưa tự chấm\",\"Đã tự chấm đủ \"&ROWS(\(col(Self.claimed)))&\" dòng\")",
            cached: .text(cached), csv: .empty), .totalCheck)
        grid.set(row, Self.verified, .formula("IF(COUNT(\(col(Self.verified)))=0,\"\",SUM(\(col(Self.verified))))",
                                              cached: .text(""), csv: .empty), .totalNumber)
        grid.set(row, Self.note, .empty, .totalNumber)
        grid.rowHeights[row] = 24
        row += 2
    }

    // MARK: Counts

    mutating func countsBlock() {
        layout.countsTitleRow = row
        grid.set(row, 1, .text(SheetLabels.countsBlock), .blockTitle)
        grid.rowHeights[row] = 20
        row += 1
        for count in rubric.counts {
            layout.countRows[count.key] = row
            grid.set(row, 1, .text(count.label), .label)
            grid.set(row, 2, fill?.counts[count.key].map(Self.content) ?? .empty, .input(.number))
            grid.validate(row, 2, DataValidation(.wholeAtLeast(0), inputTitle: "Số liệu",
                                                 inputMessage: "Ghi số nguyên (0, 1, 2, …), không ghi chữ hay dấu chấm phân cách.",
                                                 errorTitle: "Số liệu không hợp lệ",
                                                 errorMessage: "Chỉ ghi số nguyên từ 0 trở lên."))
            grid.fitRow(row, text: count.label, width: grid.width(1, 1), minimum: 20)
            row += 1
        }
        layout.ratingRow = row
        grid.set(row, 1, .text(Self.first(SheetLabels.rating)), .label)
        grid.merge(row, 2, row, 4, fill?.rating.map(Self.content) ?? .empty, .input(.choice))
        grid.validate(row, 2, DataValidation(.listFrom("=" + TemplateLists.ratingsName), inputTitle: "Tự xếp loại",
                                             inputMessage: "Chọn mức xếp loại cuối năm của tập thể trong danh sách.",
                                             errorTitle: "Xếp loại không hợp lệ",
                                             errorMessage: "Chỉ chọn một mức trong danh sách thả xuống."))
        grid.rowHeights[row] = 20
        row += 2
    }

    // MARK: Nominations

    mutating func nominationsBlock(rows count: Int = 8) {
        layout.nomineesTitleRow = row
        grid.set(row, 1, .text(SheetLabels.nomineesBlock), .blockTitle)
        grid.rowHeights[row] = 20
        row += 1
        layout.nomineeHeaderRow = row
        // name B, position C:D, achievements E, party member F:G
        let spans: [NomineeColumn: (Int, Int)] = [.name: (1, 1), .position: (2, 3), .achievements: (4, 4), .partyMember: (5, 6)]
        layout.nomineeColumns = spans.mapValues { $0.0 }
        for (key, labels) in SheetLabels.nomineeColumns {
            guard let s = spans[key] else { continue }
            grid.merge(row, s.0, row, s.1, .text(Self.first(labels)), .tableHeader)
        }
        grid.rowHeights[row] = 20
        row += 1
        let first = row
        for i in 0..<count {
            let given = i < (fill?.nominees.count ?? 0) ? fill!.nominees[i] : [:]
            // Left to right: a dictionary's order differs between two instances (its seed is
            // per instance), and the merge and format order must not, or the bytes would.
            for (key, s) in spans.sorted(by: { $0.value.0 < $1.value.0 }) {
                let style: TemplateStyle = key == .partyMember ? .input(.choice) : .input(.wrappedText)
                grid.merge(row, s.0, row, s.1, given[key].map(Self.content) ?? .empty, style)
            }
            grid.rowHeights[row] = 30
            row += 1
        }
        layout.nomineeRows = first...(row - 1)
        let last = row - 1
        grid.validate(first, 1, last, 1, DataValidation(.textLength(max: 255), inputTitle: "Họ và tên",
                                                        inputMessage: "Mỗi người một dòng; ghi đầy đủ họ và tên."))
        grid.validate(first, 2, last, 2, DataValidation(.textLength(max: 255), inputTitle: "Chức vụ",
                                                        inputMessage: "Chức vụ, đơn vị công tác."))
        grid.validate(first, 4, last, 4, DataValidation(.textLength(max: 2000), inputTitle: "Thành tích",
                                                        inputMessage: "Tóm tắt thành tích tiêu biểu."))
        grid.validate(first, 5, last, 5, DataValidation(.listFrom("=" + TemplateLists.yesNoName), inputTitle: "Đảng viên",
                                                        inputMessage: "Chọn \(SheetLabels.yes) hoặc \(SheetLabels.no).",
                                                        errorTitle: "Không hợp lệ",
                                                        errorMessage: "Chỉ chọn \(SheetLabels.yes) hoặc \(SheetLabels.no)."))
        row += 1
    }

    mutating func signature() {
        grid.merge(row, 4, row, Self.last, .text(SheetLabels.signature[0].uppercased()), .signatureTitle)
        grid.merge(row + 1, 4, row + 1, Self.last, .text(SheetLabels.signature[1]), .signatureHint)
        row += 2
    }

    /// `5` → "5", `7.5` → "7,5" (as Vietnamese write it in text).
    static func number(_ x: Double) -> String {
        x == x.rounded() ? String(Int(x)) : String(x).replacingOccurrences(of: ".", with: ",")
    }
}

extension String {
    /// Without a final period (so "… minh chứng." reads well before other text).
    var trimmedPeriod: String { hasSuffix(".") ? String(dropLast()) : self }
}
