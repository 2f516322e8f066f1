import Catalog
import Foundation
import Scoring
import SheetWriter
import Testing
@testable import Reports

func scratch(_ name: String = #function) throws -> String {
    let dir = FileManager.default.temporaryDirectory
        .appendingPathComponent("ReportsTests-\(name.filter { $0.isLetter })-\(UUID().uuidString)").path
    try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
    return dir
}

let seedWriter = TemplateWriter.seed()

@Test func blankCSVHasTheLabelsWhereTheLayoutSays() throws {
    let layout = seedWriter.layout()
    let (bom, rows) = CSVTestParser.parse(seedWriter.csv())
    #expect(bom)
    #expect(rows.allSatisfy { $0.count == layout.columnCount })
    for (key, labels) in SheetLabels.columns {
        #expect(rows[layout.tableHeaderRow][layout.columns[key]!] == labels[0], "column \(key)")
    }
    for (field, labels) in SheetLabels.header {
        #expect(rows[layout.headerRows[field]!][layout.headerLabelColumn] == labels[0])
    }
    for item in seedWriter.rubric.items {
        let r = rows[layout.itemRows[item.code]!]
        #expect(r[layout.columns[.code]!] == item.code)
        #expect(r[layout.columns[.text]!].hasPrefix(item.text))
        #expect(Double(r[layout.columns[.max]!]) == item.max)
        #expect(r[layout.columns[.claimed]!].isEmpty && r[layout.columns[.evidence]!].isEmpty)
    }
    #expect(rows[layout.totalRow][0] == SheetLabels.total[0])
    #expect(rows[layout.totalRow][layout.columns[.max]!] == "100")
    #expect(rows[layout.totalRow][layout.columns[.claimed]!] == "")   // no written total in a blank CSV
    for count in seedWriter.rubric.counts { #expect(rows[layout.countRows[count.key]!][1] == count.label) }
    #expect(rows[layout.ratingRow][1] == SheetLabels.rating[0])
    #expect(rows[layout.nomineeHeaderRow][layout.nomineeColumns[.name]!] == SheetLabels.nomineeColumns[0].labels[0])
    #expect(rows[layout.headerRows[.period]!][layout.headerValueColumn] == seedWriter.rubric.period.label)
    #expect(rows[0][0] == seedWriter.rubric.issuer.higherBody.uppercased())
}

@Test func csvIsTheScoringSheetCellForCell() throws {
    let fill = sampleFill()
    let grid = seedWriter.sheets(unit: nil, fill: fill).sheets[1]
    let (_, rows) = CSVTestParser.parse(seedWriter.csv(fill: fill))
    let rowCount = grid.rows.lastIndex { $0.cells.contains { $0 != nil } }! + 1
    #expect(rows.count == rowCount)
    for r in 0..<rowCount {
        for c in 0..<grid.columnCount {
            let content = grid[r, c]?.content ?? .empty
            if case .formula = content { continue }
            if case .text(let s) = content { #expect(rows[r][c] == CSVWriter.defuse(s), "\(ExcelLimits.a1(row: r, column: c))"); continue }
            #expect(rows[r][c] == CSVWriter.field(content), "\(ExcelLimits.a1(row: r, column: c))")
        }
    }
}

func sampleFill() -> TemplateFill {
    var f = TemplateFill()
    f.header[.unitName] = .text("Chi bộ \"Ia Hrú\", xã Ia Hrú")
    f.header[.date] = .date(CalendarDate(year: 2024, month: 1, day: 5))
    f.items["1"] = [.claimed: .number(5), .evidence: .text("Kế hoạch số 12-KH/CB\nngày 01/7/2023")]
    f.items["4a"] = [.claimed: .number(2.5), .verified: .number(3), .note: .text("-5 điểm?")]
    f.counts["staff"] = .number(25)
    f.rating = .text("Hoàn thành tốt nhiệm vụ")
    f.nominees = [[.name: .text("Nguyễn Thị Hòa"), .partyMember: .text("Có")]]
    return f
}

@Test func filledCSVHoldsTheValuesInTheirCells() throws {
    let layout = seedWriter.layout()
    let (_, rows) = CSVTestParser.parse(seedWriter.csv(fill: sampleFill()))
    #expect(rows[layout.headerRows[.unitName]!][2] == "Chi bộ \"Ia Hrú\", xã Ia Hrú")
    #expect(rows[layout.headerRows[.date]!][2] == "2024-01-05")
    let r4a = rows[layout.itemRows["4a"]!]
    #expect(r4a[layout.columns[.claimed]!] == "2.5" && r4a[layout.columns[.verified]!] == "3")
    #expect(r4a[layout.columns[.note]!] == "'-5 điểm?")             // defused: never a formula
    #expect(rows[layout.itemRows["1"]!][layout.columns[.evidence]!] == "Kế hoạch số 12-KH/CB\nngày 01/7/2023")
    #expect(rows[layout.countRows["staff"]!][layout.countValueColumn] == "25")
    #expect(rows[layout.ratingRow][layout.countValueColumn] == "Hoàn thành tốt nhiệm vụ")
    let first = rows[layout.nomineeRows.lowerBound]
    #expect(first[layout.nomineeColumns[.name]!] == "Nguyễn Thị Hòa" && first[layout.nomineeColumns[.partyMember]!] == "Có")
}

@Test func formulaLikeTextIsDefusedInCSV() {
    #expect(CSVWriter.defuse("=HYPERLINK(\"http://x\")") == "'=HYPERLINK(\"http://x\")")
    #expect(CSVWriter.defuse("+84 912") == "'+84 912")
    #expect(CSVWriter.defuse("@cmd") == "'@cmd")
    #expect(CSVWriter.defuse("Chi bộ 1") == "Chi bộ 1")
    #expect(CSVWriter.quote("a,b") == "\"a,b\"" && CSVWriter.quote("x\"y") == "\"x\"\"y\"")
    #expect(CSVWriter.number(7.5) == "7.5" && CSVWriter.number(100) == "100" && CSVWriter.number(0.25) == "0.25")
}

@Test func personalisedTemplateFillsAndLocksTheUnit() throws {
    let unit = RosterEntry(code: "=CB01", name: "Chi bộ Ia Hrú", type: "party")
    let layout = seedWriter.layout(unit: unit)
    let grid = seedWriter.sheets(unit: unit, fill: nil).sheets[1]
    let nameCell = grid[layout.headerRows[.unitName]!, layout.headerValueColumn]!
    #expect(nameCell.content == .text("Chi bộ Ia Hrú") && nameCell.style.format.locked)
    #expect(grid[layout.headerRows[.unitType]!, layout.headerValueColumn]?.content == .text("Tổ chức đảng"))
    #expect(grid[layout.headerRows[.date]!, layout.headerValueColumn]?.style.format.locked == false)
    let (_, rows) = CSVTestParser.parse(seedWriter.csv(unit: unit))
    #expect(rows[layout.headerRows[.unitCode]!][layout.headerValueColumn] == "'=CB01")
    let meta = seedWriter.sheets(unit: unit, fill: nil).sheets[2]
    let unitRow = SheetLabels.MetaKey.allCases.firstIndex(of: .unitCode)!
    #expect(meta[unitRow, 1]?.content == .text("=CB01"))
    let hashRow = SheetLabels.MetaKey.allCases.firstIndex(of: .rubricHash)!
    #expect(meta[hashRow, 1]?.content == .text(LoadedRubric.seed.sha256))
    #expect(seedWriter.rubricSHA256.count == 64)
}

@Test func anotherRubricGivesAnotherTemplate() throws {
    var yaml = SeedRubric.yaml
    yaml = yaml.replacingOccurrences(of: "code: \"4a\"", with: "code: \"4.1\"")
    yaml = yaml.replacingOccurrences(of: "HUYỆN ỦY CHU PUH", with: "ĐẢNG ỦY KHỐI CƠ QUAN")
    let other = TemplateWriter(try RubricLoader.load(yaml: yaml, fileName: "other.yaml"))
    var rubric = other.rubric
    rubric.items.removeLast(3)
    rubric.counts.removeFirst()
    let w = TemplateWriter(rubric: rubric, rubricSHA256: other.rubricSHA256)
    let layout = w.layout()
    #expect(layout.itemRows.count == rubric.items.count && layout.itemRows["4.1"] != nil && layout.itemRows["12"] == nil)
    #expect(layout.countRows.count == rubric.counts.count)
    let (_, rows) = CSVTestParser.parse(w.csv())
    #expect(rows[1][0] == "ĐẢNG ỦY KHỐI CƠ QUAN")
    #expect(rows[layout.totalRow][layout.columns[.max]!] == CSVWriter.number(rubric.items.reduce(0) { $0 + $1.max }))
    #expect(other.rubricSHA256 != seedWriter.rubricSHA256)
}

@Test func xlsxIsWrittenAndDeterministic() throws {
    let dir = try scratch()
    let a = dir + "/a.xlsx", b = dir + "/b.xlsx"
    try seedWriter.writeXLSX(to: a, fill: sampleFill())
    try seedWriter.writeXLSX(to: b, fill: sampleFill())
    let da = try Data(contentsOf: URL(fileURLWithPath: a))
    #expect(da.count > 10_000 && Array(da.prefix(4)) == [0x50, 0x4B, 0x03, 0x04])
    #expect(da == (try Data(contentsOf: URL(fileURLWithPath: b))))
}

@Test func writeIntoMakesOneFilePerUnitAtomically() throws {
    let dir = try scratch()
    let units = [RosterEntry(code: "CB01", name: "Chi bộ Ia Hrú", type: "party"),
                 RosterEntry(code: "XA/02", name: "Xã Ia Le.", type: "locality"),
                 RosterEntry(code: "CB01", name: "Chi bộ Ia Hrú", type: "party")]
    let paths = try seedWriter.write(into: dir, formats: [.xlsx, .csv], units: units)
    let names = paths.map { ($0 as NSString).lastPathComponent }
    #expect(names == ["CB01 - Chi bộ Ia Hrú.xlsx", "CB01 - Chi bộ Ia Hrú.csv", "XA_02 - Xã Ia Le.xlsx",
                      "XA_02 - Xã Ia Le.csv", "CB01 - Chi bộ Ia Hrú (2).xlsx", "CB01 - Chi bộ Ia Hrú (2).csv"])
    let listing = try FileManager.default.contentsOfDirectory(atPath: dir)
    #expect(listing.count == 6 && !listing.contains { $0.hasSuffix(".tmp") })
    let blank = try seedWriter.write(into: dir, formats: [.xlsx], units: [])
    #expect(blank.map { ($0 as NSString).lastPathComponent } == ["Mau-tu-cham-diem.xlsx"])
}

@Test func unwritableDirectoryIsATypedError() throws {
    let e = #expect(throws: TemplateError.self) {
        try seedWriter.write(into: "/nonexistent-\(UUID().uuidString)", formats: [.csv])
    }
    #expect(e?.code == .cannotWrite)
    let x = #expect(throws: TemplateError.self) { try seedWriter.writeXLSX(to: "/nonexistent-\(UUID().uuidString)/a.xlsx") }
    #expect(x?.code == .cannotWrite)
}

@Test(arguments: [
    ("CB01 - Chi bộ Ia Hrú", "CB01 - Chi bộ Ia Hrú"),
    ("a\\b/c:d*e?f\"g<h>i|j", "a_b_c_d_e_f_g_h_i_j"),
    ("  Xã Ia Le. . ", "Xã Ia Le"),
    ("CON", "_CON"), ("com1.txt", "_com1.txt"), ("Tab\there", "Tab here"),
    ("Hoa\u{300}", "Hoà"), ("", "don-vi"), ("...", "don-vi"),
])
func safeFileNames(_ raw: String, _ expected: String) {
    #expect(SafeFileName.make(raw) == expected)
}

@Test func longNamesAreCapped() {
    let s = SafeFileName.make(String(repeating: "Đảng bộ ", count: 40))
    #expect(s.count <= SafeFileName.maxLength && !s.hasSuffix(" "))
}

@Test func namesAreNormalizedOnlyWhenNFCWouldChangeThem() {
    // The fast path's claim, checked against Foundation: every scalar it lets through, alone
    // and followed by others of the set, is already NFC.
    let kept = (0..<0x300).compactMap(Unicode.Scalar.init) + (0x1E00...0x1EFF).compactMap(Unicode.Scalar.init)
    for (k, a) in kept.enumerated() {
        let one = String(Character(a))
        #expect(SafeFileName.isNFC(one) && one.precomposedStringWithCanonicalMapping.unicodeScalars.elementsEqual(one.unicodeScalars))
        let pair = String(String.UnicodeScalarView([a, kept[(k * 37 + 11) % kept.count]]))
        #expect(pair.precomposedStringWithCanonicalMapping.unicodeScalars.elementsEqual(pair.unicodeScalars))
    }
    // Decomposed letters, a singleton (Ångström sign) and Hangul are normalized.
    #expect(!SafeFileName.isNFC("Chi bo\u{323}\u{302}") && !SafeFileName.isNFC("\u{212B}") && !SafeFileName.isNFC("\u{1100}\u{1161}"))
    #expect(SafeFileName.make("CB01 - Chi bo\u{323}\u{302} Ia Hru\u{301}").unicodeScalars.elementsEqual("CB01 - Chi bộ Ia Hrú".unicodeScalars))
    #expect(SafeFileName.make("\u{212B}ngstr\u{F6}m") == "\u{C5}ngstr\u{F6}m")
    #expect(SafeFileName.make("CON .txt") == "_CON .txt" && SafeFileName.make("LPT9") == "_LPT9" && SafeFileName.make("CONSOLE") == "CONSOLE")
}

@Test func vietnameseDates() {
    #expect(DocumentText.date(.init(iso: "2023-06-15")!).vi == "ngày 15 tháng 6 năm 2023")
    #expect(DocumentText.date(.init(iso: "2024-01-05")!).vi == "ngày 05 tháng 01 năm 2024")
}
