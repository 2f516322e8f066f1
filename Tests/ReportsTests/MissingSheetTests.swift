import Testing
@testable import Reports

@Test(arguments: [
    ("CQ06 - Trung tâm Văn hóa.xls", "CQ06", true), ("inbox/cq06_bao cao.xlsx", "CQ06", true),
    ("CQ061 - Khác.xls", "CQ06", false), ("Bao cao CQ06.xls", "CQ06", false), ("CQ06", "CQ06", false),
    ("XA09.pdf", "XA09", true), ("anything.xls", "", false),
])
func fileNamesNameTheirUnitByCode(path: String, code: String, expected: Bool) {
    #expect(MissingSheet.namesUnit(path, code: code) == expected)
}
