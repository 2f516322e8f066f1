import Foundation
import Scoring
import SheetModel

/// Builds submissions, consolidations and report inputs for the report tests:
/// a full, valid sheet of the seed rubric unless told otherwise.
enum ReportFixture {
    static let rubric = Rubric.seed
    static let sheet = "Tự chấm điểm"

    static func at(_ file: String, _ cell: String) -> SourceLocation {
        SourceLocation(file: file, sheet: sheet, cell: CellRef(a1: cell))
    }

    static func cell(_ v: Any?) -> CellValue {
        switch v {
        case nil: return .empty
        case let d as Double: return .number(d)
        case let i as Int: return .number(Double(i))
        case let s as String: return s.isEmpty ? .empty : .text(s)
        default: return .text("\(v!)")
        }
    }

    /// A submission: every line claims its max with evidence unless `claims`,
    /// `verified` or `evidence` say otherwise; counts staff 40, pledges 40, excellent 8, good 24.
    static func submission(file: String, name: String?, code: String? = nil, type: String? = "Tổ chức đảng",
                           date: String = "05/01/2024", claims: [String: Any?] = [:], verified: [String: Any?] = [:],
                           evidence: [String: String] = [:], counts: [String: Any?] = [:],
                           preparer: String? = "Nguyễn Văn An", phone: String? = "0269 3 612 345",
                           nominees: [(name: String, position: String, member: String, achievements: String)] = []) -> Submission {
        var s = Submission(file: file, fileModified: nil)
        s.unitName = Entry(cell(name), at: at(file, "C9"))
        s.unitCode = Entry(cell(code), at: at(file, "C10"))
        s.unitType = Entry(cell(type), at: at(file, "C11"))
        s.period = Entry(cell("Từ tháng 6 năm 2023 đến tháng 6 năm 2024"), at: at(file, "C12"))
        s.date = Entry(cell(date), at: at(file, "C13"))
        s.preparer = Entry(cell(preparer), at: at(file, "C14"))
        s.phone = Entry(cell(phone), at: at(file, "C15"))
        var row = 20
        for item in rubric.items {
            let claim: Any? = claims.keys.contains(item.code) ? claims[item.code]! : item.max
            s.items.append(SubmittedItem(
                code: item.code, location: at(file, "A\(row)"),
                claimed: Entry(cell(claim), at: at(file, "D\(row)")),
                verified: Entry(cell(verified[item.code] ?? nil), at: at(file, "F\(row)")),
                evidence: Entry(cell(evidence[item.code] ?? "Báo cáo số \(row)-BC/HU"), at: at(file, "E\(row)"))))
            row += 1
        }
        let defaults: [String: Any?] = ["staff": 40, "pledges": 40, "excellent": 8, "good": 24]
        var r = row + 3
        for field in rubric.counts {
            let v: Any? = counts.keys.contains(field.key) ? counts[field.key]! : defaults[field.key]!
            s.counts[field.key] = Entry(cell(v), at: at(file, "C\(r)"))
            r += 1
        }
        s.rating = Entry(cell("Hoàn thành tốt nhiệm vụ"), at: at(file, "C\(r)"))
        r += 3
        for n in nominees {
            s.nominees.append(Nominee(name: Entry(cell(n.name), at: at(file, "B\(r)")),
                                      position: Entry(cell(n.position), at: at(file, "C\(r)")),
                                      partyMember: Entry(cell(n.member), at: at(file, "F\(r)")),
                                      achievements: Entry(cell(n.achievements), at: at(file, "E\(r)"))))
            r += 1
        }
        return s
    }

    static func scored(_ s: Submission) -> UnitResult { Scorer.score(s, rubric: rubric) }

    /// A file record for a submission.
    static func record(_ path: String, _ status: FileRecord.Status, format: String? = "xlsx", producer: String? = "Microsoft Excel",
                       reason: Message? = nil, findings: [Finding] = []) -> FileRecord {
        FileRecord(path: path, size: Int64(8_000 + path.utf8.count * 37), sha256: status == .skipped ? nil : SHA256Digest(hex: sha(path)),
                   format: status == .skipped ? nil : format, producer: producer, status: status, reason: reason, findings: findings)
    }

    /// A stable fake SHA-256 from a name.
    static func sha(_ s: String) -> String {
        var h: UInt64 = 1469598103934665603
        for b in s.utf8 { h = (h ^ UInt64(b)) &* 1099511628211 }
        return (0..<4).map { i in String(format: "%016llx", h &* UInt64(i + 3)) }.joined()
    }
}
