import Foundation
import SheetModel
import Testing
@testable import SheetReaders

/// BIFF8 text: the shared-string table over CONTINUE records (the 8/16-bit flag restated at
/// each boundary, rich-text runs and phonetic blocks skipped), LABELSST indexes, and damage
/// that must end in `.corruptXLS`. Fixtures from Tests/Fixtures/formats/make_xls_strings.py;
/// quirks/sst-strings.json holds the strings each was built from.
@Suite struct XLSStringTests {
    static let expected: [String: [String]] = {
        guard let bytes = FileManagerBytes.load(FormatFixtures.path("quirks/sst-strings.json")),
              let table = try? JSONDecoder().decode([String: [String]].self, from: Data(bytes)) else { return [:] }
        return table
    }()

    /// Column A of the first sheet, row by row, as bytes (NFC compared byte for byte).
    private func columnA(_ relative: String) throws -> [[UInt8]?] {
        let sheet = try #require(FormatFixtures.read(relative)?.grid.sheets.first)
        return (0..<sheet.rowCount).map { FormatFixtures.text(sheet, "A\($0 + 1)") }
    }

    @Test(arguments: ["quirks/sst-continue.xls", "quirks/sst-rich-text.xls", "quirks/sst-phonetic.xls",
                      "producers/libreoffice-long-strings.xls"])
    func everySharedStringAsWritten(_ relative: String) throws {
        let want = try #require(Self.expected[String(relative.split(separator: "/").last!)])
        let got = try columnA(relative)
        #expect(got.count == want.count, "\(relative): \(got.count) rows")
        for (row, text) in want.enumerated() where row < got.count {
            #expect(got[row] == Array(text.utf8), "\(relative) A\(row + 1): \(got[row].map { $0.count } ?? 0) bytes")
        }
    }

    /// The flags byte of a CONTINUE record says the width of the rest: 16-bit then 8-bit
    /// (string 1), 8-bit then 16-bit (string 3), over three records (string 4), and a string
    /// that starts a CONTINUE record has no flags byte before it (string 6).
    @Test func widthChangesAtTheBoundary() throws {
        let want = try #require(Self.expected["sst-continue.xls"])
        let got = try columnA("quirks/sst-continue.xls").map { $0.map { String(decoding: $0, as: UTF8.self) } }
        try #require(got.count == 7 && want.count == 7)
        let second = try #require(got[1]), fourth = try #require(got[3])
        let bar = try #require(second.firstIndex(of: "|"))
        let latin1 = { (s: Substring) in s.unicodeScalars.allSatisfy { $0.value < 0x100 } }
        let ascii = second[bar...].unicodeScalars.allSatisfy { $0.isASCII }
        #expect(ascii, "8-bit after the boundary")
        #expect(!latin1(second[..<bar]), "16-bit before it")
        let split = try #require(fourth.firstIndex(of: "|"))
        #expect(latin1(fourth[..<split]), "8-bit before the boundary")
        #expect(!latin1(fourth[split...]), "16-bit after it")
        #expect(want[3].hasSuffix(fourth[split...]) && want[3].count == fourth.count)
        #expect(got[4]?.count == 9000, "a string over three records")
        #expect(got[6] == "Điểm tự chấm")
    }

    /// The phonetic block of string 0 starts with bytes that read as a 3-character string
    /// "BAD": a skip that is missing or off by any amount shows up in the next string.
    @Test func phoneticBlockIsSkippedBySize() throws {
        let got = try columnA("quirks/sst-phonetic.xls")
        try #require(got.count == 4)
        #expect(got[0] == Array("Tiếng Nhật".utf8))
        #expect(got[1] == Array("sau khối phiên âm".utf8))
        #expect(got[3] == Array("sau ranh giới".utf8), "after a block that straddles a CONTINUE boundary")
        #expect(!got.contains(Array("BAD".utf8)))
    }

    @Test func richTextRunsAreSkipped() throws {
        let got = try columnA("quirks/sst-rich-text.xls")
        try #require(got.count == 4)
        #expect(got[0] == Array("Nguyễn Văn An".utf8))
        #expect(got[2] == Array("sau các lượt định dạng".utf8), "after runs that straddle a CONTINUE boundary")
        #expect(got[3] == Array("bold".utf8))
    }

    @Test func labelSSTIndexOutOfRangeIsCorrupt() throws {
        do {
            let result = try SheetReader.read(contentsOf: FormatFixtures.path("hostile/sst-index-out-of-range.xls"))
            Issue.record("read \(result.grid.sheets.count) sheets")
        } catch {
            #expect(error.code == .corruptXLS)
            #expect(error.sheet == "Chuỗi")
            #expect(error.cell == CellRef(a1: "A3"))
            #expect(error.detail == "shared string 2 of 2")
        }
    }

    /// The crash case of libfreexl 1.0.6: a real SST whose first CONTINUE record is cut to 40
    /// bytes while the string it continues needs more.
    @Test func cutContinueIsCorrupt() throws {
        let path = FormatFixtures.path("hostile/sst-continue-cut.xls")
        do {
            let result = try SheetReader.read(contentsOf: path)
            Issue.record("read \(result.grid.sheets.count) sheets")
        } catch {
            #expect(error.code == .corruptXLS)
            #expect(error.file == path)
            let detail = try #require(error.detail)
            #expect(detail.hasPrefix("shared string ") && detail.hasSuffix(" runs past its CONTINUE record"), "\(detail)")
        }
    }
}
