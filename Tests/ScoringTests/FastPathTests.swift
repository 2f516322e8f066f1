import Foundation
import Testing
@testable import Scoring

/// The locator and scorer's fast paths give what the code they replaced gave.
@Suite struct FastPathTests {
    /// Texts to key: the sheet's labels and cell texts as units write them.
    static let texts: [String] = {
        var out = SheetLabels.header.flatMap(\.labels) + SheetLabels.columns.flatMap(\.labels)
            + SheetLabels.total + SheetLabels.rating + SheetLabels.signature
            + SheetLabels.nomineeColumns.flatMap(\.labels) + [SheetLabels.countsBlock, SheetLabels.nomineesBlock]
        out += ["TÊN ĐƠN VỊ:", "1. Tên đơn vị (*)", "Tên  đơn  vị", "  - Mã:  ", "a) Họ tên", "iv. Ghi chú", "Hoà Bình",
                "Ho\u{300}a Bi\u{300}nh", "Điểm tự chấm (điểm)", "4a", "04A", "TC 4.a", "Tiêu chí 4a", "– Đảng viên",
                "• Chức vụ", "Σ tổng", "日本 語", "Số điện thoại：", "ngày 05 tháng 01 năm 2024", "\u{00A0}Mã\u{00A0}",
                "Phòng Tài chính - Kế hoạch", "ĐẢNG BỘ TỈNH GIA LAI", "x\u{2028}y", "e\u{301}\u{323}", "İstanbul", "ǅ ǈ ǋ",
                "ẞ ß", "Ωmega", "Ꭰ", "\u{1F600} vui", "Hoàn thành xuất sắc nhiệm vụ", "HTXSNV", "khong", "Không", "Có",
                "(Ký, ghi rõ họ tên, đóng dấu)", "", " ", "\t\n", "1.0", "12)", "a.", "x:", "::", "(a)", "()"]
        return out
    }()

    @Test func fastKeyMatchesTheOriginal() {
        for text in Self.texts {
            let original = OriginalFastKey.key(text)
            #expect(FastKey(text).scalars == original, "\(text)")
            #expect(FastKey(text).stripped().scalars == OriginalFastKey.stripped(original), "\(text)")
        }
    }

    @Test func labelTableFindsWhatTheDictionaryFound() {
        let plan = LocatorPlan(rubric: Rubric.seed)
        var dictionary: [FastKey: [LabelRole]] = [:]
        for label in Self.texts where !FastKey(label).stripped().scalars.isEmpty {
            dictionary[FastKey(label).stripped(), default: []].append(.total)
        }
        let table = LabelTable(dictionary)
        for text in Self.texts + ["Tổng", "Mã đơn", "Ghi chú thêm"] {
            let key = FastKey(text).stripped()
            #expect(table.roles(key.scalars[...]) == dictionary[key], "\(text)")
            var buffer: [UInt32] = [9, 9, 9]
            #expect(plan.roles(ofLabel: Substring(text), buffer: &buffer) == plan.roles(ofLabel: text), "\(text)")
        }
    }

    @Test func foldedMatchesFoundation() {
        for text in Self.texts + ["Đ đ", "  Nguyễn   Văn  A  ", "\u{0130}", "ǰ", "ŉ", "Å"] {
            #expect(NameKey.folded(text) == NameKey.foldedWithFoundation(text), "\(text)")
        }
    }

    @Test func itemCodesMatchTheCharacterPath() {
        for text in Self.texts + ["  4 . a ", "0", "00", "007b", "[4]-(a)", "4_b/c:", "\u{0B}4\u{0C}", "\r\n5", "A.B.C"] {
            #expect(ItemCode.normalize(text) == ItemCode.normalizeCharacters(text), "\(text)")
        }
    }

    @Test func decimalCommas() {
        for x in [7.5, -3.25, 8, 0.05, 1e16, -0.0, 12345.678] {
            #expect(CellNumber.textVi(x) == CellNumber.text(x).replacingOccurrences(of: ".", with: ","))
        }
    }
}

/// `FastKey` as it was before the buffer rewrite: the reference for `fastKeyMatchesTheOriginal`.
enum OriginalFastKey {
    static func key(_ text: String) -> [UInt32] {
        if let fast = make(Substring(text).utf8, table: true) { return fast }
        let d = text.lowercased().decomposedStringWithCanonicalMapping
        return make(Substring(d).utf8, table: false) ?? []
    }

    static func isTone(_ v: UInt32) -> Bool {
        v == 0x0300 || v == 0x0301 || v == 0x0303 || v == 0x0309 || v == 0x0323
    }
    static let latin: [UInt64] = {
        var table = [UInt64](repeating: 0, count: 0x190 + 0x100)
        for v in Array(0x00C0...0x024F) + Array(0x1E00...0x1EFF) {
            guard let s = Unicode.Scalar(UInt32(v)) else { continue }
            let d = String(Character(s)).lowercased().decomposedStringWithCanonicalMapping
            let parts = d.unicodeScalars.map(\.value)
            guard parts.count <= 4, parts.allSatisfy({ $0 <= 0xFFFF }) else { continue }
            var packed: UInt64 = 0
            for (i, p) in parts.enumerated() { packed |= UInt64(p) << (16 * UInt64(i)) }
            table[slot(UInt32(v))!] = packed
        }
        return table
    }()
    static func slot(_ v: UInt32) -> Int? {
        if v >= 0xC0 && v <= 0x24F { return Int(v - 0xC0) }
        if v >= 0x1E00 && v <= 0x1EFF { return 0x190 + Int(v - 0x1E00) }
        return nil
    }
    static func make(_ input: Substring.UTF8View, table: Bool) -> [UInt32]? {
        var out: [UInt32] = []
        out.reserveCapacity(input.count)
        var tones: [UInt32] = []
        var pendingSpace = false
        let latin = Self.latin
        var bytes = input.makeIterator()
        while let lead = bytes.next() {
            var v = UInt32(lead)
            if lead >= 0x80 {
                // valid UTF-8 (Swift strings are): 2, 3 or 4 bytes
                let extra = lead >= 0xF0 ? 3 : lead >= 0xE0 ? 2 : 1
                v = UInt32(lead) & (extra == 1 ? 0x1F : extra == 2 ? 0x0F : 0x07)
                for _ in 0..<extra { v = (v << 6) | UInt32((bytes.next() ?? 0x80) & 0x3F) }
            }
            if v < 0x80 {
                if v == 0x20 || (v >= 0x09 && v <= 0x0D) {
                    out.append(contentsOf: tones); tones.removeAll()
                    pendingSpace = !out.isEmpty
                    continue
                }
                if pendingSpace { out.append(0x20); pendingSpace = false }
                let isUpper = v >= 0x41 && v <= 0x5A
                let isAlnum = isUpper || (v >= 0x61 && v <= 0x7A) || (v >= 0x30 && v <= 0x39)
                if !isAlnum { out.append(contentsOf: tones); tones.removeAll() }
                out.append(isUpper ? v + 0x20 : v)
                continue
            }
            if table, let i = slot(v), latin[i] != 0 {
                if pendingSpace { out.append(0x20); pendingSpace = false }
                var packed = latin[i]
                while packed != 0 {
                    let p = UInt32(packed & 0xFFFF)
                    if isTone(p) { tones.append(p) } else { out.append(p) }
                    packed >>= 16
                }
                continue
            }
            let scalar = Unicode.Scalar(v) ?? "?"
            if scalar.properties.isWhitespace {
                out.append(contentsOf: tones); tones.removeAll()
                pendingSpace = !out.isEmpty
                continue
            }
            if pendingSpace { out.append(0x20); pendingSpace = false }
            if isTone(v) {
                tones.append(v)
            } else if v >= 0x0300 && v <= 0x036F {
                out.append(v)
            } else if v >= 0x2010 && v <= 0x2027 {
                // dashes, quotes, bullets: punctuation
                out.append(contentsOf: tones); tones.removeAll()
                out.append(v)
            } else if table {
                return nil
            } else if scalar.properties.isAlphabetic || scalar.properties.numericType != nil
                        || scalar.properties.generalCategory == .nonspacingMark {
                out.append(v)
            } else {
                out.append(contentsOf: tones); tones.removeAll()
                out.append(v)
            }
        }
        out.append(contentsOf: tones)
        return out
    }
    static func stripped(_ scalars: [UInt32]) -> [UInt32] {
        var s = scalars[...]
        func trimSpaces() {
            while s.last == 0x20 { s = s.dropLast() }
            while s.first == 0x20 { s = s.dropFirst() }
        }
        trimSpaces()
        while let last = s.last {
            if last == 0x3A || last == 0xFF1A || last == 0x2A || last == 0x2E {
                s = s.dropLast()
            } else if last == 0x29, let open = s.lastIndex(of: 0x28), open != s.startIndex {
                s = s[..<open]
            } else {
                break
            }
            trimSpaces()
        }
        if let first = s.first, first == 0x2D || first == 0x2B || first == 0x2022 || first == 0x2013 {
            s = s.dropFirst()
        } else if let space = s.firstIndex(of: 0x20), space - s.startIndex >= 2,
                  space - s.startIndex <= 5, s[space - 1] == 0x2E || s[space - 1] == 0x29 {
            let token = s[s.startIndex..<(space - 1)]
            let digits = token.allSatisfy { $0 >= 0x30 && $0 <= 0x39 }
            let letter = token.count == 1 && token.first! >= 0x61 && token.first! <= 0x7A
            let roman = token.allSatisfy { $0 == 0x69 || $0 == 0x76 || $0 == 0x78 }
            if digits || letter || roman { s = s[(space + 1)...] }
        }
        trimSpaces()
        return Array(s)
    }
}

extension FastPathTests {
    /// Trimming the slow way, character by character: the reference.
    static func trimmedSlowly(_ text: String) -> String {
        var s = Substring(text)
        while let f = s.first, f.isWhitespace { s.removeFirst() }
        while let l = s.last, l.isWhitespace { s.removeLast() }
        return String(s)
    }

    @Test func trimmingMatchesTheCharacterWay() {
        let edges = ["", " ", "\t", "\r\n", "\u{A0}", "\u{85}", "\u{2028}", "\u{3000}", "\u{1C}", "\u{1F}", "a", "ị",
                     "i\u{323}", " \u{301}", "\u{301}", "ư", "Đ", "1", ".", "\u{600}1", "\u{1F600}", "日"]
        for a in edges {
            for b in edges {
                let text = a + "Tên đơn vị" + b
                #expect(text.trimmingWhitespace() == Self.trimmedSlowly(text), "\(Array(text.unicodeScalars))")
                #expect(String(LabelKey.trim(Substring(text))) == Self.trimmedSlowly(text))
                #expect(Array(text.trimmingWhitespace().utf8) == Array(Self.trimmedSlowly(text).utf8))
            }
        }
    }
}
