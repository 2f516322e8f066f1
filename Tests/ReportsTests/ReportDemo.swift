import Foundation
import Scoring
import SheetModel
@testable import Reports

/// Twelve made-up units of a district: valid, warnings, errors, a tie across the
/// "Tốt" boundary, a resubmission, units not on the roster, missing units,
/// nominees above the quota, an unsupported file and a lock file.
enum ReportDemo {
    typealias F = ReportFixture
    static let party = "Tổ chức đảng", agency = "Cơ quan, đơn vị", locality = "Địa phương"

    static let roster: [RosterEntry] = [
        RosterEntry(code: "CB01", name: "Chi bộ Văn phòng Huyện ủy", type: "party"),
        RosterEntry(code: "CB02", name: "Chi bộ Ban Tổ chức Huyện ủy", type: "party"),
        RosterEntry(code: "CB03", name: "Chi bộ Ban Tuyên giáo Huyện ủy", type: "party"),
        RosterEntry(code: "DB01", name: "Đảng bộ xã Ia Hrú", type: "party"),
        RosterEntry(code: "DB02", name: "Đảng bộ xã Ia Rong", type: "party"),
        RosterEntry(code: "CQ01", name: "Phòng Nội vụ huyện", type: "agency"),
        RosterEntry(code: "CQ02", name: "Phòng Tài chính – Kế hoạch huyện", type: "agency"),
        RosterEntry(code: "CQ03", name: "Phòng Văn hóa và Thông tin huyện", type: "agency"),
        RosterEntry(code: "XA01", name: "UBND xã Ia Dreng", type: "locality"),
        RosterEntry(code: "XA02", name: "UBND xã Ia Hla", type: "locality"),
        RosterEntry(code: "XA03", name: "UBND xã Chư Don", type: "locality"),
        RosterEntry(code: "XA04", name: "UBND thị trấn Nhơn Hòa", type: "locality"),
        RosterEntry(code: "XA05", name: "UBND xã Ia Phang", type: "locality"),
        RosterEntry(code: "XA06", name: "UBND xã Ia Le", type: "locality"),
    ]

    static var submissions: [Submission] {
        [
            F.submission(file: "CB01 - Chi bộ Văn phòng Huyện ủy.xlsx", name: "Chi bộ Văn phòng Huyện ủy", code: "CB01",
                         nominees: [("Nguyễn Thị Hoa", "Chánh Văn phòng", "có", "Hoàn thành xuất sắc nhiệm vụ 2 năm liền"),
                                    ("Rơ Châm Blơi", "Chuyên viên", "có", "Tiêu biểu trong học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh")]),
            F.submission(file: "CB02 - Chi bộ Ban Tổ chức Huyện ủy.xlsx", name: "Chi bộ Ban Tổ chức Huyện ủy", code: "CB02",
                         claims: ["2": 9], nominees: [("Trần Văn Bình", "Phó Trưởng ban", "có", "=1+1 gương mẫu")]),
            F.submission(file: "DB01 - Đảng bộ xã Ia Hrú.xlsx", name: "Đảng bộ xã Ia Hrú", code: "DB01", claims: ["2": 8]),
            F.submission(file: "DB02 - Đảng bộ xã Ia Rong.xlsx", name: "Đảng bộ xã Ia Rong", code: "DB02", claims: ["6": 8],
                         nominees: [("Ksor H'Luân", "Bí thư Chi đoàn", "không", "Dẫn đầu phong trào thanh niên")]),
            F.submission(file: "CQ01 - Phòng Nội vụ huyện.xlsx", name: "Phòng Nội vụ huyện", code: "CQ01", type: agency,
                         verified: ["10": 5], nominees: [("Lê Minh Châu", "Trưởng phòng", "có", "Cải cách hành chính")]),
            F.submission(file: "CQ02 - Phòng Tài chính – Kế hoạch huyện.csv", name: "Phòng Tài chính – Kế hoạch huyện", code: "CQ02",
                         type: agency, claims: ["11": 4.5], preparer: "+84 905 111 222", phone: "@kế toán"),
            F.submission(file: "XA01 - UBND xã Ia Dreng.xlsx", name: "UBND xã Ia Dreng", code: "XA01", type: locality,
                         claims: ["3": 12, "7": nil]),
            F.submission(file: "XA02 - UBND xã Ia Hla.xlsx", name: "UBND xã Ia Hla", code: "XA02", type: locality,
                         claims: ["1": "năm"], counts: ["pledges": 45],
                         nominees: [("Rmah Thị Hương", "Chủ tịch Hội Phụ nữ", "không", "Vận động phụ nữ phát triển kinh tế")]),
            F.submission(file: "XA03 - UBND xã Chư Don.xlsx", name: "UBND xã Chư Don", code: "XA03", type: locality,
                         evidence: ["6": ""]),
            F.submission(file: "XA04 - UBND thị trấn Nhơn Hòa (ban cu).xlsx", name: "UBND thị trấn Nhơn Hòa", code: "XA04",
                         type: locality, date: "20/12/2023", claims: ["3": 15]),
            F.submission(file: "XA04 - UBND thị trấn Nhơn Hòa.xlsx", name: "UBND thị trấn Nhơn Hòa", code: "XA04",
                         type: locality, date: "10/01/2024", claims: ["9b": 2.5],
                         nominees: [("Phạm Quốc Dũng", "Phó Chủ tịch", "có", "Chỉ đạo chuyển đổi số")]),
            F.submission(file: "Chi bo Truong THPT.xlsx", name: "Chi bộ Trường THPT Nguyễn Thái Học", code: nil, claims: ["8": 6],
                         nominees: [("Đỗ Thị Lan", "Giáo viên", "có", "Giáo viên dạy giỏi cấp tỉnh")]),
        ]
    }

    static func consolidation() -> Consolidation {
        Consolidator.consolidate(submissions.map(F.scored), roster: roster, rubric: F.rubric)
    }

    static func files() -> [FileRecord] {
        let c = consolidation()
        var out = c.units.map { u in
            F.record(u.result.file, u.superseded ? .superseded : u.status == .invalid ? .invalid : .used,
                     format: u.result.file.hasSuffix(".csv") ? "csv" : "xlsx",
                     producer: u.result.file.hasPrefix("CQ") ? "LibreOffice" : "Microsoft Excel",
                     reason: u.superseded ? .file(.newerFileUsed) : nil)
        }
        let pdf = "Bao cao thi dua.pdf"
        out.append(F.record(pdf, .unsupported, format: "pdf", producer: nil,
                            reason: .file(.unreadable(.unknownFormat)),
                            findings: [Finding(.error, FindingCode("unknownFormat"), at: SourceLocation(file: pdf),
                                               .file(.unreadable(.unknownFormat)))]))
        out.append(F.record("~$CB01 - Chi bộ Văn phòng Huyện ủy.xlsx", .skipped, producer: nil,
                            reason: .file(.skipped(.officeLock))))
        return out.reversed()   // the report must not depend on the listing order
    }

    static func input(language: Language = .vi, date: DateTimeValue? = DateTimeValue(year: 2024, month: 1, day: 15),
                      constantMemory: Bool = false) -> ReportInput {
        ReportInput(consolidation: consolidation(), files: files(), rosterSize: roster.count,
                    rubricSHA256: LoadedRubric.seed.sha256, rubricFileName: LoadedRubric.seed.fileName,
                    version: "0.1.0-test", language: language, reportDate: date, constantMemory: constantMemory)
    }
}
