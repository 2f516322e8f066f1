import Foundation
import Scoring
import SheetModel
import Testing
@testable import Reports

@Suite struct ReportWriterTests {
    static let input = ReportDemo.input()
    static let sheets = ReportWriter.build(input)

    static func sheet(_ name: String) -> ReportSheet { sheets.first { $0.name == name }! }

    /// Rows whose column `col` holds text, with that text.
    static func texts(_ s: ReportSheet, col: Int) -> [(row: Int, text: String)] {
        s.rows.indices.compactMap { r in
            guard let cell = s.rows[r].cells[col], case .text(let t) = cell.content else { return nil }
            return (r, t)
        }
    }

    @Test func sevenSheetsInOrder() {
        #expect(Self.sheets.map(\.name) == ["Tổng hợp", "Chi tiết tiêu chí", "Đề nghị khen thưởng", "Cần sửa",
                                            "Chưa nộp", "Biểu đồ", "Nguồn"])
        #expect(ReportWriter.sheetNames == Self.sheets.map(\.name))
    }

    @Test func writesAValidZipWithTheExpectedParts() throws {
        let dir = try scratch()
        let path = dir + "/BaoCaoTongHop.xlsx"
        try ReportWriter.write(Self.input, to: path)
        let names = try ZipDirectory.names(path)
        for part in ["[Content_Types].xml", "xl/workbook.xml", "docProps/core.xml", "xl/styles.xml",
                     "xl/charts/chart1.xml", "xl/charts/chart2.xml", "xl/drawings/drawing1.xml"] {
            #expect(names.contains(part), "\(part)")
        }
        #expect((1...7).allSatisfy { names.contains("xl/worksheets/sheet\($0).xml") })
        #expect(!names.contains("xl/worksheets/sheet8.xml"))
    }

    @Test func sameInputSameBytes() throws {
        let dir = try scratch()
        try ReportWriter.write(Self.input, to: dir + "/a.xlsx")
        // Same data with the lists built again (files listed in another order).
        var shuffled = ReportDemo.input()
        shuffled.files.reverse()
        try ReportWriter.write(shuffled, to: dir + "/b.xlsx")
        let a = try Data(contentsOf: URL(fileURLWithPath: dir + "/a.xlsx"))
        let b = try Data(contentsOf: URL(fileURLWithPath: dir + "/b.xlsx"))
        #expect(a == b)
        #expect(a.count > 10_000)
    }

    @Test func constantMemoryWritesTheSameParts() throws {
        let dir = try scratch()
        try ReportWriter.write(ReportDemo.input(constantMemory: true), to: dir + "/cm.xlsx")
        try ReportWriter.write(Self.input, to: dir + "/mem.xlsx")
        #expect(try ZipDirectory.names(dir + "/cm.xlsx").filter { $0.hasPrefix("xl/worksheets/") }
                == ZipDirectory.names(dir + "/mem.xlsx").filter { $0.hasPrefix("xl/worksheets/") })
    }

    @Test func unwritablePathIsATypedError() {
        #expect(throws: ReportError.self) { try ReportWriter.write(Self.input, to: "/nonexistent-dir/x/report.xlsx") }
    }

    // MARK: Tổng hợp

    @Test func titleBlockFollowsThePartyFormat() {
        let s = Self.sheet("Tổng hợp")
        #expect(s.text(0, 0) == "ĐẢNG BỘ TỈNH GIA LAI")
        #expect(s.text(1, 0) == "HUYỆN ỦY CHU PUH")
        #expect(s.text(2, 0) == "*")
        #expect(s.text(0, 4) == "ĐẢNG CỘNG SẢN VIỆT NAM")
        #expect(s.text(2, 4) == "Chu Puh, ngày 15 tháng 01 năm 2024")
        #expect(s.rows[0].cells[4]?.style == .nationalHeading)
        #expect(s.text(4, 0) == "BÁO CÁO TỔNG HỢP KẾT QUẢ TỰ CHẤM ĐIỂM THI ĐUA")
        #expect(s.text(5, 0)?.contains("142-KH/HU") == true)
    }

    @Test func noDateLeavesTheDateBlank() {
        let s = SummarySheet.build(ReportDemo.input(date: nil)).0
        #expect(s.text(2, 4) == "Chu Puh, ngày …… tháng …… năm ………")
    }

    @Test func countsOfTheBatch() {
        let s = Self.sheet("Tổng hợp")
        let counts = Dictionary(Self.texts(s, col: 2).compactMap { r, t in s.number(r, 4).map { (t, $0) } },
                                uniquingKeysWith: { a, _ in a })
        #expect(counts["Số đơn vị phải nộp (theo danh sách)"] == 14)
        #expect(counts["Số tệp đã nhận"] == 13)          // 12 submissions + the PDF; the lock file is skipped
        #expect(counts["Đơn vị hợp lệ"] == 2)          // an info finding keeps a unit valid
        #expect(counts["Đơn vị hợp lệ, có cảnh báo"] == 7)
        #expect(counts["Đơn vị cần sửa"] == 2)
        #expect(counts["Đơn vị chưa nộp"] == 4)
        #expect(counts["Tệp bị thay thế (đã có bản mới hơn)"] == 1)
        #expect(counts["Tệp không đọc được hoặc không hỗ trợ"] == 1)
        #expect(counts["Tệp bỏ qua (tệp khóa, tệp ẩn, tệp hệ thống)"] == 1)
    }

    @Test func rankedTableListsEveryUnitOnceWithOneStatus() {
        let s = Self.sheet("Tổng hợp")
        let header = s.headerRows!.upperBound
        let rows = (header + 1)..<s.nextRow
        let names = rows.map { s.text($0, SummarySheet.unit)! }
        let statuses = rows.map { s.text($0, SummarySheet.status)! }
        let ranks = rows.map { s.number($0, SummarySheet.rank) }
        // Ranked first, in rank order, then the unranked, the superseded file, the missing units.
        let ranked = ranks.prefix { $0 != nil }.map { $0! }
        #expect(ranked == ranked.sorted())
        #expect(ranked.first == 1)
        #expect(names.prefix(ranked.count).first == "Chi bộ Văn phòng Huyện ủy")
        #expect(Array(statuses.suffix(4)) == ["Chưa nộp", "Chưa nộp", "Chưa nộp", "Chưa nộp"])
        #expect(Array(names.suffix(4)) == ["Chi bộ Ban Tuyên giáo Huyện ủy", "Phòng Văn hóa và Thông tin huyện",
                                           "UBND xã Ia Phang", "UBND xã Ia Le"])
        #expect(statuses.filter { $0 == "Bị thay thế" }.count == 1)
        #expect(Set(statuses).isSubset(of: ["Hợp lệ", "Hợp lệ, có cảnh báo", "Cần sửa", "Chưa nộp", "Bị thay thế"]))
        #expect(rows.count == ReportDemo.submissions.count + 4)
        #expect(s.autofilter == .init(firstRow: header, firstCol: 0, lastRow: s.nextRow - 1, lastCol: 11))
        // Numbers are numbers.
        #expect(s.number(header + 1, SummarySheet.accepted) == 100)
        #expect(s.rows[header + 1].cells[SummarySheet.accepted]?.style == .pointsBold)
    }

    @Test func tieAcrossTheGoodBoundaryIsMarked() {
        let s = Self.sheet("Tổng hợp")
        let tied = Self.texts(s, col: SummarySheet.award).filter { $0.text.contains("Đồng hạng — Hội đồng xem xét") }
        #expect(tied.count == 2)
        #expect(tied.allSatisfy { $0.text == "Đồng hạng — Hội đồng xem xét (Tốt hoặc Khá)" }, "never shown as the award")
        #expect(tied.allSatisfy { s.number($0.row, SummarySheet.rank) == 3 })
    }

    @Test func ineligibleUnitsSayWhy() {
        let s = Self.sheet("Tổng hợp")
        let chuDon = Self.texts(s, col: SummarySheet.unit).first { $0.text == "UBND xã Chư Don" }!
        #expect(s.text(chuDon.row, SummarySheet.eligibility)?.hasPrefix("Không: ") == true)
        #expect(s.text(chuDon.row, SummarySheet.eligibility)?.contains("tiêu chí 6") == true)
        #expect(s.number(chuDon.row, SummarySheet.rank) == nil)
    }

    // MARK: Chi tiết tiêu chí

    @Test func matrixHasEveryActiveUnitAndEveryLine() {
        let s = Self.sheet("Chi tiết tiêu chí")
        let rubric = ReportFixture.rubric
        let header = s.headerRows!.lowerBound
        #expect((0..<rubric.items.count).map { s.text(header, MatrixSheet.firstLine + $0)! } == rubric.items.map(\.code))
        let maxRow = header + 1
        #expect(s.number(maxRow, MatrixSheet.firstLine + rubric.items.count) == 100)
        let active = Array(Self.input.consolidation.active)
        let unitRows = (maxRow + 1)..<(maxRow + 1 + active.count)
        #expect(unitRows.map { s.text($0, 1)! } == active.map(\.name))
        #expect(s.colorScales.count == rubric.items.count + 1)
        // Share row: line 6 is at max for every unit but Ia Rong (8) and Chư Don (no evidence).
        let share = s.nextRow - 1
        let line6 = MatrixSheet.firstLine + rubric.items.firstIndex { $0.code == "6" }!
        #expect(abs(s.number(share, line6)! - Double(active.count - 2) / Double(active.count)) < 1e-9)
        #expect(s.text(share, line6)?.hasPrefix("=COUNTIF(") == true)
    }

    // MARK: Đề nghị khen thưởng

    @Test func proposalsShowQuotasTiesRoutesAndNominees() {
        let s = Self.sheet("Đề nghị khen thưởng")
        let all = s.rows.indices.flatMap { r in (0..<s.columnCount).compactMap { s.text(r, $0) } }
        #expect(all.contains { $0.hasPrefix("Mức \"Xuất sắc\" — chỉ tiêu 1; đề nghị 1 đơn vị") })
        #expect(all.contains { $0.hasPrefix("Mức \"Tốt\" — chỉ tiêu 2; đề nghị 1 đơn vị; Hội đồng xem xét chọn thêm 1 trong 2") })
        #expect(all.filter { $0.hasPrefix("Đồng hạng — Hội đồng xem xét: chọn 1 trong 2 đơn vị đồng hạng 3") }.count == 4)
        #expect(all.contains("Ban Tổ chức Huyện ủy → Ban Chấp hành Đảng bộ huyện"))
        #expect(all.contains("Phòng Nội vụ huyện → Chủ tịch Ủy ban nhân dân huyện"))
        let nominees = Self.input.consolidation.nominees
        #expect(nominees.count == 8)
        #expect(all.contains { $0.contains("nhiều hơn chỉ tiêu") })
        for n in nominees { #expect(all.contains(n.nominee.name)) }
        #expect(all.contains("=1+1 gương mẫu"))      // written as text, never a formula
        #expect(all.contains { $0.hasPrefix("– Còn ") })  // an ineligible unit's reason
    }

    // MARK: Cần sửa

    @Test func fixesAreGroupedSoEachUnitIsPhonedOnce() {
        let s = Self.sheet("Cần sửa")
        let header = s.headerRows!.upperBound
        var seen: [String] = []
        var severities: [String: [String]] = [:]
        for r in (header + 1)..<s.nextRow {
            guard s.rows[r].cells[0]?.span == 1, let unit = s.text(r, 0) else { continue }
            if seen.last != unit { seen.append(unit) }
            severities[unit, default: []].append(s.text(r, FixesSheet.severity)!)
        }
        #expect(seen.count == Set(seen).count, "each unit in one group: \(seen)")
        let rank = ["Lỗi": 0, "Cảnh báo": 1, "Thông tin": 2]
        for (unit, list) in severities { #expect(list.map { rank[$0]! } == list.map { rank[$0]! }.sorted(), "\(unit)") }
        #expect(severities["XA01 - UBND xã Ia Dreng"]?.first == "Lỗi")
        #expect(severities["Bao cao thi dua.pdf"] == ["Lỗi"])
        #expect(seen.last == "Toàn đợt (dành cho Hội đồng)")
        let groupTitles = Self.texts(s, col: 0).filter { s.rows[$0.row].cells[0]?.span ?? 1 > 1 }.map(\.text)
        #expect(groupTitles.contains { $0.contains("người lập: +84 905 111 222, điện thoại: @kế toán") })
        let cells = (header + 1..<s.nextRow).compactMap { s.text($0, FixesSheet.cell) }
        #expect(cells.contains("D22"), "the cell, in words a clerk reads")
    }

    // MARK: Chưa nộp, Nguồn, Biểu đồ

    @Test func missingUnitsOrASentenceWithoutRoster() {
        let s = Self.sheet("Chưa nộp")
        #expect(Self.texts(s, col: 2).map(\.text).suffix(4) == ["Chi bộ Ban Tuyên giáo Huyện ủy", "Phòng Văn hóa và Thông tin huyện",
                                                                 "UBND xã Ia Phang", "UBND xã Ia Le"])
        var input = ReportDemo.input()
        input.rosterSize = nil
        let none = MissingSheet.build(input)
        #expect(none.rows.contains { $0.cells[0].map { if case .text(let t) = $0.content { t.contains("Không có danh sách đơn vị") } else { false } } ?? false })
        #expect(none.autofilter == nil)
    }

    @Test func auditListsEveryFileSortedWithStatusAndTheRubric() {
        let s = Self.sheet("Nguồn")
        let header = s.headerRows!.upperBound
        let files = Self.input.files
        let paths = (header + 1..<(header + 1 + files.count)).map { s.text($0, 1)! }
        #expect(paths == files.map(\.path).sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) })
        let statuses = Set((header + 1..<(header + 1 + files.count)).map { s.text($0, 6)! })
        #expect(statuses == ["Đã dùng", "Bị thay thế", "Không hợp lệ", "Không hỗ trợ", "Bỏ qua"])
        let all = s.rows.indices.compactMap { s.text($0, 3) }
        #expect(all.contains(LoadedRubric.seed.sha256))
        #expect(all.contains("0.1.0-test"))
        #expect(all.contains("seed.yaml"))
    }

    @Test func chartsReadTheOtherSheets() {
        let s = Self.sheet("Biểu đồ")
        #expect(s.charts.map(\.kind) == [.bar, .column])
        #expect(s.charts[0].series[0].values.hasPrefix("'Tổng hợp'!$F$"))
        #expect(s.charts[1].series[0].values.hasPrefix("'Chi tiết tiêu chí'!$D$"))
    }

    @Test func englishSwitchesLabels() {
        let s = SummarySheet.build(ReportDemo.input(language: .en)).0.materialized()
        let header = s.headerRows!.upperBound
        #expect(s.text(header, SummarySheet.unit) == "Unit")
        #expect(s.text(header + 1, SummarySheet.status) == "Valid")
        #expect(s.name == "Tổng hợp")
    }

    @Test func unitTextIsNeverAFormula() {
        for s in Self.sheets {
            for row in s.rows {
                for case let cell? in row.cells {
                    if case .formula(let f, _, _) = cell.content {
                        #expect(f.hasPrefix("AVERAGE(") || f.hasPrefix("COUNTIF("), "\(s.name): \(f)")
                    }
                }
            }
        }
    }
}
