import Foundation
import Scoring
import SheetModel

/// The seed rubric, decoded once.
let seedRubric: Rubric = Rubric.seed

/// A cell value and the A1 address it was written to.
struct Placed: Equatable, CustomStringConvertible {
    var value: CellValue
    var a1: String
    var description: String { "\(value)@\(a1)" }
}

/// Builds a scoring sheet laid out like the template, with knobs for the ways units
/// change it, and records where each value went.
struct TemplateGridBuilder {
    var sheetName = "Tự chấm điểm"
    var titleRows = true
    var instructionRows = 2
    /// Rows inserted above the header block.
    var extraRowsAbove = 0
    /// Items table column order.
    var columns: [ItemColumn] = [.code, .text, .max, .claimed, .evidence, .verified, .note]
    /// Labels and values of the header block occupy two columns (label merged A:B).
    var mergeLabels = false
    /// "Tên đơn vị: Chi bộ X" in one cell.
    var inlineValues = false
    /// Appended to header and count labels (":", " (*)").
    var labelSuffix = ""
    /// How a code is written.
    var writeCode: (String) -> CellValue = { .text($0) }
    /// Sub-lines as a criterion row "4" followed by rows "a", "b".
    var splitSubLines = false
    /// Decompose every text (macOS input).
    var nfd = false
    /// Write every value as text (a CSV read back).
    var allText = false

    var unitName = "Chi bộ Trường THCS Nguyễn Du"
    var claimed: [String: CellValue] = [:]
    var nominees: [[String]] = [
        ["Nguyễn Thị Hòa", "Bí thư chi bộ", "Có", "Hoàn thành xuất sắc nhiệm vụ 2 năm liền"],
        ["Rơ Châm Hyin", "Giáo viên", "Không", "Giáo viên dạy giỏi cấp huyện"],
    ]

    /// Where each value went: "unitName", "claimed:4a", "evidence:4a", "verified:4a",
    /// "note:4a", "code:4a", "total", "count:staff", "rating", "nominee:0:name"…
    private(set) var placed: [String: Placed] = [:]
    private var sheet = Sheet(name: "")
    private var row = 0

    init() {
        for item in seedRubric.items { claimed[item.code] = .number(item.max) }
        claimed["5"] = .text("7,5")
        claimed["9b"] = .number(4.5)
    }

    /// The sheet and where each value went.
    mutating func build() -> Sheet {
        sheet = Sheet(name: sheetName)
        placed = [:]
        row = 0
        if titleRows {
            put(0, "ĐẢNG BỘ TỈNH GIA LAI"); put(4, "ĐẢNG CỘNG SẢN VIỆT NAM"); row += 1
            put(0, "HUYỆN ỦY CHU PUH"); put(4, "Chu Puh, ngày 05 tháng 01 năm 2024"); row += 1
            put(0, "BẢNG TỰ CHẤM ĐIỂM THI ĐUA"); merge(0, 6); row += 2
        }
        for i in 0..<instructionRows {
            put(0, "Hướng dẫn \(i + 1): đơn vị điền vào các ô tô màu vàng; không sửa mã tiêu chí.")
            row += 1
        }
        row += extraRowsAbove
        header(.unitName, "Tên đơn vị", .text(unitName))
        header(.unitCode, "Mã đơn vị", .text("CB01"))
        header(.unitType, "Loại đơn vị", .text("Tổ chức đảng"))
        header(.period, "Kỳ thi đua", .text(seedRubric.period.label))
        header(.date, "Ngày lập", .date(DateTimeValue(year: 2024, month: 1, day: 5)))
        header(.preparer, "Người lập", .text("Nguyễn Văn An"))
        header(.phone, "Điện thoại", .text("0912 345 678"))
        row += 1
        itemsTable()
        row += 1
        put(0, "Số liệu"); row += 1
        let counts: [String: Double] = ["staff": 25, "pledges": 24, "excellent": 6, "good": 17]
        for field in seedRubric.counts {
            labelled("count:\(field.key)", field.label + labelSuffix, .number(counts[field.key]!))
        }
        labelled("rating", "Tập thể tự xếp loại" + labelSuffix, .text("Hoàn thành tốt nhiệm vụ"))
        row += 1
        put(0, "Đề nghị khen thưởng cá nhân"); row += 1
        for (c, label) in ["STT", "Họ và tên", "Chức vụ", "Đảng viên", "Thành tích"].enumerated() {
            put(c, label)
        }
        row += 1
        for i in 0..<5 {
            put(0, .number(Double(i + 1)))
            if i < nominees.count {
                for (j, key) in ["name", "position", "partyMember", "achievements"].enumerated() {
                    put(j + 1, .text(nominees[i][j]), key: "nominee:\(i):\(key)")
                }
            }
            row += 1
        }
        return sheet
    }

    private mutating func itemsTable() {
        let headers: [ItemColumn: String] = [
            .code: "Mã", .text: "Nội dung", .max: "Điểm tối đa", .claimed: "Điểm tự chấm",
            .evidence: "Minh chứng", .verified: "Điểm kiểm tra", .note: "Ghi chú",
        ]
        for (c, column) in columns.enumerated() { put(c, headers[column]!) }
        row += 1
        let order = columns
        let col = { (field: ItemColumn) in order.firstIndex(of: field)! }
        var lastCriterion = 0
        for item in seedRubric.items {
            var code = writeCode(item.code)
            if splitSubLines, item.code.last!.isLetter {
                if item.criterion != lastCriterion {
                    put(col(.code), writeCode(String(item.criterion)))
                    put(col(.text), .text("Tiêu chí \(item.criterion)"))
                    row += 1
                }
                code = .text(String(item.code.last!))
            }
            lastCriterion = item.criterion
            put(col(.code), code, key: "code:\(item.code)")
            put(col(.text), .text(item.text))
            put(col(.max), .number(item.max))
            put(col(.claimed), claimed[item.code] ?? .empty, key: "claimed:\(item.code)")
            put(col(.evidence), .text("Văn bản số \(item.criterion)-CV/CB"), key: "evidence:\(item.code)")
            if item.code == "2" { put(col(.verified), .number(8), key: "verified:2") }
            if item.code == "3" { put(col(.note), .text("Đã kiểm tra"), key: "note:3") }
            row += 1
        }
        put(col(.text), "Tổng cộng")
        let ref = CellRef(row: row, column: col(.claimed))
        let total: CellValue = allText ? .text("95.5") : .number(95.5)
        sheet[ref] = Cell(total, isFormula: !allText)
        placed["total"] = Placed(value: total, a1: ref.a1)
        row += 1
    }

    private mutating func header(_ field: HeaderField, _ label: String, _ value: CellValue) {
        labelled(field.rawValue, label + labelSuffix, value)
    }

    /// A label and its value on one row (or in one cell when `inlineValues`).
    private mutating func labelled(_ key: String, _ label: String, _ value: CellValue) {
        if inlineValues {
            put(0, .text(label + (label.hasSuffix(":") ? " " : ": ") + value.displayText))
            placed[key] = Placed(value: .text(value.displayText), a1: CellRef(row: row, column: 0).a1)
        } else {
            put(0, .text(label))
            if mergeLabels { merge(0, 2) }
            put(mergeLabels ? 3 : 1, value, key: key)
        }
        row += 1
    }

    private mutating func put(_ column: Int, _ text: String) { put(column, .text(text)) }

    private mutating func put(_ column: Int, _ value: CellValue, key: String? = nil) {
        var value = value
        if nfd, case .text(let s) = value { value = .text(s.decomposedStringWithCanonicalMapping) }
        if allText, value != .empty { value = .text(value.displayText) }
        let ref = CellRef(row: row, column: column)
        sheet[ref] = Cell(value)
        if let key {
            placed[key] = Placed(value: value, a1: ref.a1)
        }
    }

    private mutating func merge(_ from: Int, _ to: Int) {
        sheet.merged.append(CellRange(first: CellRef(row: row, column: from),
                                      last: CellRef(row: row, column: to)))
    }
}
