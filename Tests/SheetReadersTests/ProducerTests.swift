import Foundation
import SheetModel
import Testing
@testable import SheetReaders

/// The canonical Vietnamese table, written by real producers, reads the same everywhere.
@Suite struct ProducerTests {
    static let workbooks = ["openpyxl.xlsx", "xlsxwriter.xlsx", "pandas.xlsx", "libreoffice.xlsx", "gnumeric.xlsx"]

    @Test(arguments: workbooks)
    func workbookGridIsCanonical(_ name: String) throws {
        let result = try #require(Fixtures.read("producers/" + name))
        #expect(result.format == .xlsx)
        let sheet = try #require(result.grid.sheets.first)
        #expect(sheet.name == "Bảng tự chấm")
        // openpyxl writes formulas without a cached value: the cell is a formula and empty.
        let overrides: [String: CellValue] = name == "openpyxl.xlsx" ? ["D21": .empty] : [:]
        let difference = Fixtures.firstDifference(sheet, Fixtures.expectedRows("typed"), overrides: overrides)
        #expect(difference == nil, "\(name): \(difference ?? "")")
        #expect(sheet[CellRef(a1: "D21")!].isFormula || name == "pandas.xlsx")
        #expect(!sheet[CellRef(a1: "D20")!].isFormula)
    }

    static let texts: [(String, FileFormat, String, String)] = [
        ("utf8.csv", .csv, "UTF-8", "text"),
        ("utf8-bom.csv", .csv, "UTF-8-BOM", "text"),
        ("utf8-lf.csv", .csv, "UTF-8", "text"),
        ("utf16le-tab.txt", .tsv, "UTF-16LE", "text"),
        ("utf16be-tab.txt", .tsv, "UTF-16BE", "text"),
        ("cp1258.csv", .csv, "windows-1258", "text"),
        ("libreoffice.csv", .csv, "UTF-8", "text"),
        ("libreoffice-cp1258.csv", .csv, "windows-1258", "text"),
        ("libreoffice-utf16.txt", .tsv, "UTF-16LE", "text"),
        ("gnumeric.csv", .csv, "UTF-8", "text"),
        ("semicolon-decimal-comma.csv", .csv, "UTF-8", "textDecimalComma"),
        ("semicolon-sniffed.csv", .csv, "UTF-8", "textDecimalComma"),
    ]

    @Test(arguments: texts)
    func textGridIsCanonical(_ name: String, _ format: FileFormat, _ encoding: String, _ expected: String) throws {
        let result = try #require(Fixtures.read("producers/" + name))
        #expect(result.format == format)
        #expect(result.grid.properties["encoding"] == encoding)
        let sheet = try #require(result.grid.sheets.first)
        // gnumeric writes its own date format in CSV. LibreOffice's Windows-1258 export writes
        // "ý" as y + 0xCC (U+0300, grave) instead of y + 0xEC (U+0301): the bytes say "Kỳ".
        let overrides: [String: CellValue] = switch name {
        case "gnumeric.csv": ["B4": .text("2024/01/05")]
        case "libreoffice-cp1258.csv": ["B12": .text("Kỳ cam kết rèn luyện")]
        default: [:]
        }
        let difference = Fixtures.firstDifference(sheet, Fixtures.expectedRows(expected), overrides: overrides)
        #expect(difference == nil, "\(name): \(difference ?? "")")
        #expect(sheet.cells.values.allSatisfy { if case .text = $0.value { true } else { false } })
        #expect(result.notes.contains { $0.code == .legacyEncoding } == (encoding == "windows-1258"))
    }

    @Test func extensionMismatchIsANote() throws {
        let bytes = try #require(FileManagerBytes.load(Fixtures.path("producers/utf8.csv")))
        let result = try SheetReader.read(data: bytes, name: "bang.xlsx")
        #expect(result.format == .csv)
        #expect(result.notes.first?.code == .extensionMismatch)
    }

    @Test func readOptionsLimitSheets() throws {
        let all = try #require(Fixtures.read("quirks/formulas-merged-hidden.xlsx"))
        #expect(all.grid.sheets.count == 3)
        let visible = try #require(Fixtures.read("quirks/formulas-merged-hidden.xlsx",
                                                 options: ReadOptions(visibleOnly: true)))
        #expect(visible.grid.sheets.map(\.name) == ["Công thức"])
        #expect(visible.notes.contains { $0.code == .sheetsSkipped })
        let first = try #require(Fixtures.read("quirks/formulas-merged-hidden.xlsx", options: ReadOptions(maxSheets: 2)))
        #expect(first.grid.sheets.map(\.name) == ["Công thức", "Ẩn"])
    }
}

enum FileManagerBytes {
    static func load(_ path: String) -> [UInt8]? {
        guard let f = fopen(path, "rb") else { return nil }
        defer { fclose(f) }
        var out: [UInt8] = []
        var buf = [UInt8](repeating: 0, count: 65536)
        while true {
            let n = fread(&buf, 1, buf.count, f)
            if n <= 0 { break }
            out += buf[0..<n]
        }
        return out
    }
}
