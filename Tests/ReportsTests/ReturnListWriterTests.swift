import Foundation
import Scoring
import Testing
@testable import Reports

@Suite struct ReturnListWriterTests {
    static let c = ReportDemo.consolidation()
    static func unit(_ name: String) -> ConsolidatedUnit { c.units.first { $0.name == name && !$0.superseded }! }

    @Test func onlyActiveUnitsWithErrorsOrWarningsGetAList() {
        let listed = Set(Self.c.units.filter(ReturnListWriter.needsList).map(\.name))
        #expect(listed.contains("UBND xã Ia Dreng"))
        #expect(listed.contains("Đảng bộ xã Ia Hrú"))
        #expect(!listed.contains("Chi bộ Văn phòng Huyện ủy"))   // valid
        #expect(!listed.contains("Phòng Nội vụ huyện"))          // info only
        #expect(!Self.c.units.filter(\.superseded).contains(where: ReturnListWriter.needsList))
    }

    @Test func namedByCodeAndName() {
        #expect(ReturnListWriter.fileName(for: Self.unit("UBND xã Ia Dreng")) == "XA01 - UBND xã Ia Dreng - can sua.xlsx")
        #expect(ReturnListWriter.fileName(for: Self.unit("Chi bộ Trường THPT Nguyễn Thái Học"))
                == "Chi bộ Trường THPT Nguyễn Thái Học - can sua.xlsx")
    }

    /// All the sheet's text cells.
    static func texts(_ s: ReportSheet) -> [String] {
        s.rows.flatMap { $0.cells.compactMap { cell -> String? in
            guard let cell, case .text(let t) = cell.content else { return nil }
            return t
        } }
    }

    @Test func saysWhetherTheUnitIsRanked() {
        // No error but a line scored 0 for want of evidence: not ranked, and told why.
        let chuDon = Self.unit("UBND xã Chư Don")
        #expect(!chuDon.eligible && !chuDon.findings.contains { $0.severity == .error })
        let s = ReturnListWriter.build(chuDon, rubric: Self.c.rubric, text: Words(language: .vi), date: nil)
        let said = Self.texts(s).first { $0.hasPrefix("Kết quả kiểm tra") } ?? ""
        #expect(said.contains("chưa đủ điều kiện xếp hạng, xét khen thưởng: Chưa thực hiện đầy đủ các nội dung thi đua: tiêu chí 6 được 0 điểm"), "\(said)")
        #expect(!said.contains("đã được xếp hạng"))
        let ranked = Self.c.units.first { $0.eligible && ReturnListWriter.needsList($0) }!
        let r = ReturnListWriter.build(ranked, rubric: Self.c.rubric, text: Words(language: .vi), date: nil)
        #expect(Self.texts(r).contains { $0.contains("Đơn vị đã được xếp hạng") })
    }

    @Test func listsExactlyWhatToFixErrorsFirst() {
        let u = Self.unit("UBND xã Ia Dreng")
        let s = ReturnListWriter.build(u, rubric: Self.c.rubric, text: Words(language: .vi), date: nil)
        #expect(s.orientation == .portrait)
        #expect(s.text(2, 3) == "Chu Puh, ngày …… tháng …… năm ………")
        let header = s.headerRows!.upperBound
        let rows = (header + 1)..<s.nextRow
        let wanted = u.findings.filter { $0.severity != .info }
        #expect(rows.count == wanted.count)
        #expect(rows.map { s.text($0, 2)! }.prefix(2) == ["Lỗi", "Lỗi"])
        #expect(Set(rows.map { s.text($0, 1)! }) == Set(wanted.map { $0.location?.cell ?? "" }))
        #expect(s.rows.contains { $0.cells[0].map { if case .text(let t) = $0.content { t == "Kính gửi: UBND xã Ia Dreng (mã XA01)" } else { false } } ?? false })
    }

    @Test func writesAtomicallyIntoTheDirectory() throws {
        let dir = try scratch()
        let u = Self.unit("UBND xã Ia Hla")
        let path = try ReturnListWriter.write(for: u, rubric: Self.c.rubric, into: dir)
        #expect(path == dir + "/XA02 - UBND xã Ia Hla - can sua.xlsx")
        #expect(try ZipDirectory.names(path).contains("xl/worksheets/sheet1.xml"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir) == ["XA02 - UBND xã Ia Hla - can sua.xlsx"])
        #expect(throws: ReportError.self) { try ReturnListWriter.write(for: u, rubric: Self.c.rubric, into: dir + "/missing") }
    }

    /// `REPORT_DEMO_DIR=/tmp/r swift test --filter writesTheDemo` leaves the demo report
    /// and return lists there, to look at (PDF via LibreOffice).
    @Test func writesTheDemo() throws {
        let dir = try ProcessInfo.processInfo.environment["REPORT_DEMO_DIR"] ?? scratch()
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        try ReportWriter.write(ReportDemo.input(), to: dir + "/BaoCaoTongHop.xlsx")
        let lists = try Self.c.units.filter(ReturnListWriter.needsList).map {
            try ReturnListWriter.write(for: $0, rubric: Self.c.rubric, into: dir)
        }
        #expect(lists.count == Self.c.units.filter(ReturnListWriter.needsList).count)
        #expect(FileManager.default.fileExists(atPath: dir + "/BaoCaoTongHop.xlsx"))
    }
}
