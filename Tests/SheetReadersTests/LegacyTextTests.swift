import Foundation
import SheetModel
import Testing
@testable import SheetReaders

/// Legacy Vietnamese font encodings: the VNI table letter by letter (134 letters), TCVN3
/// through glibc iconv letter by letter, and cells whose font says so converted in every format.
@Suite struct LegacyTextTests {
    /// The 12 vowels (base letter, combining marks) and the 5 tones, to build each letter's
    /// Unicode form and its VNI spelling independently of `VNI.upperTable`.
    static let vowels: [(letter: String, marks: String, vni: String)] = [
        ("A", "", "A"), ("Ă", "\u{306}", "A"), ("Â", "\u{302}", "A"), ("E", "", "E"), ("Ê", "\u{302}", "E"),
        ("I", "", "I"), ("O", "", "O"), ("Ô", "\u{302}", "O"), ("Ơ", "\u{31B}", "Ô"), ("U", "", "U"),
        ("Ư", "\u{31B}", "Ö"), ("Y", "", "Y"),
    ]
    static let tones = ["", "\u{301}", "\u{300}", "\u{309}", "\u{303}", "\u{323}"]  // none, sắc, huyền, hỏi, ngã, nặng

    /// The VNI rules: a tone byte after the base (Ù Ø Û Õ Ï); â ê ô take Â and their own tone
    /// bytes (Á À Å Ã Ä); ă takes Ê (É È Ú Ü Ë); ơ ư are one byte (Ô Ö); the toned i and ỵ are
    /// one byte (Í Ì Æ Ó Ò, Î); đ is Ñ.
    static func vniSpelling(vowel: Int, tone: Int) -> String {
        let (letter, _, base) = vowels[vowel]
        if letter == "I" { return ["I", "Í", "Ì", "Æ", "Ó", "Ò"][tone] }
        if letter == "Y", tone == 5 { return "Î" }
        switch letter {
        case "Â", "Ê", "Ô": return base + ["Â", "Á", "À", "Å", "Ã", "Ä"][tone]
        case "Ă": return base + ["Ê", "É", "È", "Ú", "Ü", "Ë"][tone]
        default: return base + ["", "Ù", "Ø", "Û", "Õ", "Ï"][tone]
        }
    }

    static let letters: [(unicode: String, vni: String)] = {
        var out: [(String, String)] = []
        for v in vowels.indices {
            for t in tones.indices {
                if vowels[v].marks.isEmpty && tones[t].isEmpty { continue }  // A E I O U Y are ASCII
                let base = String(vowels[v].letter.decomposedStringWithCanonicalMapping.unicodeScalars.first!)
                let upper = (base + vowels[v].marks + tones[t]).precomposedStringWithCanonicalMapping
                out.append((upper, vniSpelling(vowel: v, tone: t)))
            }
        }
        out.append(("Đ", "Ñ"))
        return out + out.map { ($0.0.lowercased(), $0.1.lowercased()) }
    }()

    @Test func everyVietnameseLetterInVNI() {
        #expect(Self.letters.count == 134, "67 letters with diacritics, upper and lower case")
        var wrong: [String] = []
        for (unicode, vni) in Self.letters {
            let got = VNI.decode(vni)
            if Array(got.unicodeScalars) != Array(unicode.unicodeScalars) { wrong.append("\(vni) → \(got), expected \(unicode)") }
        }
        #expect(wrong.isEmpty, "\(wrong.count) letters: \(wrong.prefix(5))")
        #expect(Set(Self.letters.map(\.unicode)).count == 134)
        #expect(Set(VNI.upperTable.map(\.0)) == Set(Self.letters.prefix(67).map { Character($0.unicode) }))
    }

    @Test func vniWords() {
        #expect(VNI.decode("Nguyeãn Thò Hoøa") == "Nguyễn Thị Hòa")
        #expect(VNI.decode("TRÖÔØNG ÑAÏI HOÏC") == "TRƯỜNG ĐẠI HỌC")
        #expect(VNI.decode("Ñaûng boä xaõ Ia Hruù") == "Đảng bộ xã Ia Hrú")
        #expect(VNI.decode("plain ASCII 123") == "plain ASCII 123")
    }

    /// TCVN3 (ABC) codes of the letters it has, from the published table: every lower-case
    /// letter with diacritics and the seven upper-case ones without a tone.
    static let tcvn3: [(UInt8, String)] = [
        (0xA1, "Ă"), (0xA2, "Â"), (0xA3, "Ê"), (0xA4, "Ô"), (0xA5, "Ơ"), (0xA6, "Ư"), (0xA7, "Đ"),
        (0xA8, "ă"), (0xA9, "â"), (0xAA, "ê"), (0xAB, "ô"), (0xAC, "ơ"), (0xAD, "ư"), (0xAE, "đ"),
        (0xB5, "à"), (0xB6, "ả"), (0xB7, "ã"), (0xB8, "á"), (0xB9, "ạ"),
        (0xBB, "ằ"), (0xBC, "ẳ"), (0xBD, "ẵ"), (0xBE, "ắ"), (0xC6, "ặ"),
        (0xC7, "ầ"), (0xC8, "ẩ"), (0xC9, "ẫ"), (0xCA, "ấ"), (0xCB, "ậ"),
        (0xCC, "è"), (0xCE, "ẻ"), (0xCF, "ẽ"), (0xD0, "é"), (0xD1, "ẹ"),
        (0xD2, "ề"), (0xD3, "ể"), (0xD4, "ễ"), (0xD5, "ế"), (0xD6, "ệ"),
        (0xD7, "ì"), (0xD8, "ỉ"), (0xDC, "ĩ"), (0xDD, "í"), (0xDE, "ị"),
        (0xDF, "ò"), (0xE1, "ỏ"), (0xE2, "õ"), (0xE3, "ó"), (0xE4, "ọ"),
        (0xE5, "ồ"), (0xE6, "ổ"), (0xE7, "ỗ"), (0xE8, "ố"), (0xE9, "ộ"),
        (0xEA, "ờ"), (0xEB, "ở"), (0xEC, "ỡ"), (0xED, "ớ"), (0xEE, "ợ"),
        (0xEF, "ù"), (0xF1, "ủ"), (0xF2, "ũ"), (0xF3, "ú"), (0xF4, "ụ"),
        (0xF5, "ừ"), (0xF6, "ử"), (0xF7, "ữ"), (0xF8, "ứ"), (0xF9, "ự"),
        (0xFA, "ỳ"), (0xFB, "ỷ"), (0xFC, "ỹ"), (0xFD, "ý"), (0xFE, "ỵ"),
    ]

    @Test func everyTCVN3LetterThroughIconv() throws {
        #expect(Self.tcvn3.count == 74)
        let converter = TCVN3.Converter()
        var wrong: [String] = []
        for (byte, letter) in Self.tcvn3 {
            // What a cell in a .VnTime font holds: the Windows-1252 character of the byte.
            let stored = String(Character(Unicode.Scalar(byte)))
            let got = TCVN3.decode("x" + stored + "y", converter: converter)
            if got.map({ Array($0.unicodeScalars) }) != Array(("x" + letter + "y").unicodeScalars) {
                wrong.append(String(byte, radix: 16) + " → " + (got ?? "nil") + ", expected " + letter)
            }
        }
        #expect(wrong.isEmpty, "\(wrong.count) letters: \(wrong.prefix(5))")
        #expect(TCVN3.decode("NguyÔn ThÞ Hßa", converter: converter) == "Nguyễn Thị Hòa")
        #expect(TCVN3.decode("Tr\u{AD}êng", converter: converter) == "Trường")
        #expect(TCVN3.decode("Nguyễn", converter: converter) == nil, "ễ has no Windows-1252 byte: not TCVN3 text")
    }

    @Test func windows1252Bytes() {
        #expect(Windows1252.bytes("€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ") == [0x80] + Array(0x82...0x8C) + [0x8E] + Array(0x91...0x9C) + [0x9E, 0x9F])
        #expect(Windows1252.bytes("Aé\u{81}") == [0x41, 0xE9, 0x81])
        #expect(Windows1252.bytes("ư") == nil)
    }

    @Test(arguments: ["quirks/legacy-fonts.ods", "quirks/legacy-fonts.xls"])
    func cellsInLegacyFontsReadAsUnicode(_ name: String) throws {
        let result = try #require(FormatFixtures.read(name))
        let s = try #require(result.grid.sheets.first)
        let t = { (a1: String) in FormatFixtures.text(s, a1) }
        #expect(t("A1") == Array("Nguyễn Thị Hòa".utf8), ".VnTime")
        #expect(t("A2") == Array("Nguyễn Thị Hòa".utf8), "VNI-Times")
        #expect(t("A3") == Array("NguyÔn ThÞ Hßa".utf8), "Times New Roman: not converted")
        #expect(t("A4") == Array("Trường".utf8), ".VnTimeH (the capitals font) is TCVN3 too")
        #expect(s.legacyFontCells.keys.sorted() == ["A1", "A2", "A4"].map { CellRef(a1: $0)! })
        #expect(result.notes.contains { $0.code == .legacyFontText && $0.cell == CellRef(a1: "A3") })
        #expect(result.notes.filter { $0.code == .legacyFontConverted }.map(\.detail) == ["tcvn3", "vni"])
    }

    /// The same cells in an .xlsx (fonts set by openpyxl): the XLSX reader records each text
    /// cell's font from styles.xml, so the same cells are converted and noted.
    @Test func xlsxCellsInLegacyFonts() throws {
        let result = try #require(FormatFixtures.read("quirks/legacy-fonts.xlsx"))
        let s = try #require(result.grid.sheets.first)
        #expect(FormatFixtures.text(s, "A1") == Array("Nguyễn Thị Hòa".utf8), ".VnTime")
        #expect(FormatFixtures.text(s, "A2") == Array("Nguyễn Thị Hòa".utf8), "VNI-Times")
        #expect(FormatFixtures.text(s, "A3") == Array("NguyÔn ThÞ Hßa".utf8), "Times New Roman: not converted")
        #expect(result.notes.contains { $0.code == .legacyFontText && $0.cell == CellRef(a1: "A3") },
                "the look-alike text without the font is still warned about")
        #expect(!result.notes.contains { $0.code == .legacyFontText && $0.cell == CellRef(a1: "A1") })
        #expect(result.notes.filter { $0.code == .legacyFontConverted }.map(\.detail) == ["tcvn3", "vni"])
    }
}
