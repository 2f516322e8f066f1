import Catalog
import Scoring
import SheetModel
import Testing

private func grid(_ rows: [[String?]], name: String = "DS") -> Grid {
    var s = Sheet(name: name)
    for (r, row) in rows.enumerated() {
        for (c, v) in row.enumerated() { if let v { s[CellRef(row: r, column: c)] = Cell(.text(v)) } }
    }
    return Grid(sheets: [s])
}

private func locate(_ g: Grid) -> (entries: [RosterEntry], findings: [Finding]) {
    RosterLocator.locate(g, file: "don-vi.csv", unitTypes: seedRubric.unitTypes)
}

@Suite struct RosterLocatorTests {
    @Test func vietnameseHeadersBelowATitleWithColumnsMoved() {
        let r = locate(grid([
            ["DANH SÁCH ĐƠN VỊ THI ĐUA"],
            [],
            ["STT", "Tên đơn vị", "Loại đơn vị", "Mã đơn vị"],
            ["1", "Chi bộ Trường THCS Nguyễn Du", "Chi bộ", "CB01"],
            [],
            ["2", "Xã Ia Hrú", "xã", "X01"],
            ["3", "Văn phòng Huyện ủy", "Cơ quan, đơn vị", "CQ01"],
            ["4", "Thị trấn Nhơn Hòa", "Thị trấn", "TT01"],
            ["5", "Đảng bộ Công an huyện", "Đảng bộ cơ sở", "DB01"],
            ["6", "Phòng Nội vụ", "agency", "CQ02"],
            ["7", "Chi bộ Ia Le", "Tổ chức đảng", "CB02"],
        ]))
        #expect(r.findings.isEmpty, "\(r.findings)")
        #expect(r.entries.map(\.code) == ["CB01", "X01", "CQ01", "TT01", "DB01", "CQ02", "CB02"])
        #expect(r.entries.map(\.type) == ["party", "locality", "agency", "locality", "party", "agency", "party"])
        #expect(r.entries[1].name == "Xã Ia Hrú")
        #expect(r.entries[1].location?.cell == "D6")
        #expect(r.entries[1].location?.sheet == "DS")
    }

    @Test func englishHeaders() {
        let r = locate(grid([["code", "name", "type"], ["A1", "Ia Rong commune", "LOCALITY"]]))
        #expect(r.entries == [RosterEntry(code: "A1", name: "Ia Rong commune", type: "locality",
                                          location: SourceLocation(file: "don-vi.csv", sheet: "DS",
                                                                   cell: CellRef(a1: "A2")))])
    }

    @Test func unknownTypeDuplicateCodeAndIncompleteRows() {
        let r = locate(grid([
            ["Mã", "Đơn vị", "Loại"],
            ["CB01", "Chi bộ A", "Hội"],
            ["cb01", "Chi bộ B", "Chi bộ"],
            ["", "Chi bộ C", "Chi bộ"],
            ["CB04", "", ""],
        ]))
        #expect(r.entries.map(\.code) == ["CB01", "", "CB04"])
        #expect(r.entries[0].type == nil)
        #expect(r.entries[2].type == nil)
        let got = r.findings.map { "\($0.code)/\($0.severity)/\($0.location?.cell ?? "")" }
        #expect(got == ["rosterUnknownType/warning/C2", "rosterDuplicateCode/warning/A3",
                        "rosterIncompleteRow/warning/A4", "rosterIncompleteRow/warning/B5"])
        #expect(r.findings[0].text(.vi).contains("Tổ chức đảng"))
    }

    @Test func noHeader() {
        let r = locate(grid([["CB01", "Chi bộ A", "party"]]))
        #expect(r.entries.isEmpty)
        #expect(r.findings.map(\.code) == [.rosterNoHeader])
        #expect(r.findings[0].severity == .error)
    }

    @Test func typeMatcher() {
        let m = UnitTypeMatcher(unitTypes: seedRubric.unitTypes)
        #expect(m.code(for: "Chi bộ Trường Tiểu học") == "party")
        #expect(m.code(for: "ĐẢNG BỘ CƠ SỞ") == "party")
        #expect(m.code(for: "Địa phương") == "locality")
        #expect(m.code(for: "Phường") == "locality")
        #expect(m.code(for: "Hội nông dân") == nil)
        #expect(m.code(for: "") == nil)
    }
}
