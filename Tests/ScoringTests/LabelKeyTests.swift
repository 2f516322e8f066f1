import Foundation
import Scoring
import Testing

@Suite struct LabelKeyTests {
    static let texts = [
        "Hoà Bình", "Hòa Bình", "HOÀ BÌNH", "Hòa  Bình", "Thuỷ", "Thủy", "Huyện uỷ", "Huyện ủy",
        "Điểm tự chấm", "ĐIỂM TỰ CHẤM", "Điểm tự chấm".decomposedStringWithCanonicalMapping,
        "Nghiêng", "Người lập", "Ngươi lập", "Kỳ thi đua", "Kì thi đua", "Ia Hrú", "Ia Hru",
        "Ελλάδα", "ελλάδα", "中文", "Đảng viên", "đảng viên", "Dang vien", "Tổng cộng", "Tổng Cộng",
    ]

    @Test func sameEquivalenceAsNameKey() {
        for a in Self.texts {
            for b in Self.texts {
                #expect((NameKey.matching(a) == NameKey.matching(b)) == (LabelKey.of(a) == LabelKey.of(b)),
                        "\(a) vs \(b)")
            }
        }
    }

    @Test(arguments: ["Tên đơn vị:", "Tên đơn vị (*)", "Tên đơn vị (1):", "1. Tên đơn vị",
                      "a) Tên đơn vị", "- Tên đơn vị", "  TÊN  ĐƠN VỊ :", "II. Tên đơn vị*"])
    func suffixesAndEnumeratorsAreIgnored(label: String) {
        #expect(LabelKey.of(label) == LabelKey.of("Tên đơn vị"))
    }

    @Test func codesAreNotEnumerators() {
        #expect(LabelKey.of("4.a") != LabelKey.of("a"))
        #expect(LabelKey.splitInline("Tên đơn vị: Chi bộ X")?.value == "Chi bộ X")
        #expect(LabelKey.splitInline("Tên đơn vị:") == nil)
    }
}
