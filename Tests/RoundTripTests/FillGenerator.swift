import Foundation
import Reports
import Scoring
import SheetWriter
import TestSupport

/// Makes pseudo-random, reproducible template fills from a rubric: decimals with two
/// places, zeros, empty evidence, verified points, notes, awkward header text (NFD,
/// quotes, leading `=` / `+` / `-` / `@`), counts, a rating and 0–8 nominees.
struct FillGenerator {
    let rubric: Rubric
    var rng: SplitMix64

    init(rubric: Rubric, seed: UInt64) {
        self.rubric = rubric
        self.rng = SplitMix64(seed: seed)
    }

    static let unitNames = [
        "Chi bộ Trường THCS Nguyễn Huệ", "Đảng bộ xã Ia Hrú", "Chi bộ thôn Plei Ơi", "Ủy ban nhân dân xã Ia Le",
        "Chi bộ \"Khối vận\" huyện", "Đảng ủy thị trấn Nhơn Hòa", "Phòng Nội vụ huyện Chư Pưh",
        "Chi bộ Ban Tổ chức Huyện uỷ", "Xã Chư Don", "Chi bộ Trạm Y tế xã Ia Blứ",
    ]
    /// Text a spreadsheet would evaluate if written naively.
    static let injections = ["=1+1", "=HYPERLINK(\"http://x\";\"bấm\")", "+84 905 123 456", "-5 điểm?", "@SUM(A1)",
                             "=cmd|' /C calc'!A0"]
    static let people = [
        "Nguyễn Thị Hòa", "Rơ Mah Thuỷ", "Đặng Văn Ánh", "Ksor H'Hiếu", "Lê Quý Đôn", "Phạm Thị Ngọc Ẩn",
        "Trần Đức Lượng", "Siu Blang", "Võ Thị Sáu", "Hoàng Văn Thụ",
    ]
    static let positions = ["Bí thư chi bộ", "Phó Chủ tịch UBND xã", "Công chức Văn phòng - Thống kê", "Giáo viên",
                            "Trưởng thôn", "Đảng viên, Kế toán"]
    static let evidences = [
        "Kế hoạch số 12-KH/CB ngày 01/7/2023", "Báo cáo số 05-BC/ĐU", "Nghị quyết 03-NQ/CB\nngày 10/8/2023",
        "Biên bản họp chi bộ, 27 bản cam kết", "Quyết định số 1.234/QĐ-UBND", "Hồ sơ lưu tại văn phòng; ký ngày 5,6/9",
    ]
    static let notes = ["Đã nộp bản giấy", "Đề nghị Đoàn xem xét", "Chưa đủ 100%", "Xem phụ lục kèm theo"]

    /// Text as a person might type it: sometimes NFD (macOS), sometimes with quotes or a
    /// leading formula character.
    mutating func awkward(_ base: String) -> String {
        var s = base
        if rng.chance(0.25) { s = s.decomposedStringWithCanonicalMapping }
        if rng.chance(0.15) { s = rng.pick(Self.injections) + " " + s }
        if rng.chance(0.1) { s += " \"tiêu biểu\"" }
        return s
    }

    mutating func next() -> TemplateFill {
        var f = TemplateFill()
        f.header[.unitName] = .text(awkward(rng.pick(Self.unitNames)))
        if rng.chance(0.7) { f.header[.unitCode] = .text(rng.chance(0.2) ? "=CB\(rng.next() % 100)" : "CB\(rng.next() % 100)") }
        if rng.chance(0.8) { f.header[.unitType] = .text(rng.pick(rubric.unitTypes).label) }
        if rng.chance(0.8) {
            f.header[.date] = .date(CalendarDate(year: 2024, month: Int(rng.next() % 6) + 1, day: Int(rng.next() % 28) + 1))
        }
        if rng.chance(0.7) { f.header[.preparer] = .text(awkward(rng.pick(Self.people))) }
        if rng.chance(0.5) { f.header[.phone] = .text(rng.chance(0.3) ? "+84 269 3845 123" : "0905 123 456") }

        for item in rubric.items {
            var line: [ItemColumn: TemplateFill.Value] = [:]
            switch Int(rng.next() % 10) {
            case 0...4: line[.claimed] = .number(item.max)
            case 5, 6: line[.claimed] = .number(0)
            default: line[.claimed] = .number(rng.twoDecimals(below: item.max))
            }
            if rng.chance(0.75) { line[.evidence] = .text(awkward(rng.pick(Self.evidences))) }
            if rng.chance(0.2) { line[.verified] = .number(rng.chance(0.5) ? item.max : rng.twoDecimals(below: item.max)) }
            if rng.chance(0.15) { line[.verified] = .number(0) }
            if rng.chance(0.3) { line[.note] = .text(rng.chance(0.3) ? rng.pick(Self.injections) : awkward(rng.pick(Self.notes))) }
            f.items[item.code] = line
        }

        if rng.chance(0.8) {
            let staff = rng.chance(0.08) ? 0 : Int(rng.next() % 200) + 1
            // The seed's counts: staff is the whole; pledges ≤ staff; excellent + good ≤ staff,
            // often enough to meet the threshold line.
            let pledges = rng.chance(0.5) ? staff : Int(rng.next() % UInt64(staff + 1))
            let excellent = rng.chance(0.5) ? (staff + 3) / 4 : Int(rng.next() % UInt64(staff + 1))
            let rest = staff - min(excellent, staff)
            let good = rng.chance(0.5) ? rest : Int(rng.next() % UInt64(rest + 1))
            let values = ["staff": staff, "pledges": pledges, "excellent": min(excellent, staff), "good": good]
            for count in rubric.counts { f.counts[count.key] = .number(Double(values[count.key] ?? 0)) }
            f.rating = .text(rng.pick(rubric.ratings).label)
        }
        let nominees = Int(rng.next() % 9)
        f.nominees = (0..<nominees).map { _ in
            var n: [NomineeColumn: TemplateFill.Value] = [.name: .text(awkward(rng.pick(Self.people)))]
            if rng.chance(0.8) { n[.position] = .text(rng.pick(Self.positions)) }
            if rng.chance(0.9) { n[.partyMember] = .text(rng.chance(0.7) ? SheetLabels.yes : SheetLabels.no) }
            if rng.chance(0.7) { n[.achievements] = .text(awkward("Hoàn thành xuất sắc nhiệm vụ năm 2023; 2 sáng kiến")) }
            return n
        }
        return f
    }
}
