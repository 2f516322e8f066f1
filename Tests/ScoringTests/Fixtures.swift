import Foundation
import SheetModel
@testable import Scoring

/// Builds submissions for tests: a full, valid sheet of the seed rubric unless
/// told otherwise, with a cell address for every value.
enum Fixture {
    static let rubric = Rubric.seed
    static let sheet = "Tự chấm điểm"

    /// A location in the test sheet.
    static func at(_ file: String, _ cell: String) -> SourceLocation {
        SourceLocation(file: file, sheet: sheet, cell: CellRef(a1: cell))
    }

    /// A value as a cell would hold it: numbers as numbers, strings as text.
    static func cell(_ v: Any?) -> CellValue {
        switch v {
        case nil: return .empty
        case let d as Double: return .number(d)
        case let i as Int: return .number(Double(i))
        case let s as String: return s.isEmpty ? .empty : .text(s)
        case let c as CellValue: return c
        case let b as Bool: return .bool(b)
        default: return .text("\(v!)")
        }
    }

    /// A full submission. `claims`, `verified`, `evidence` are keyed by line code
    /// and override the defaults (every line claims its max, with evidence);
    /// `counts` overrides staff 40, pledges 40, excellent 8, good 24; a key
    /// mapped to `nil` empties the cell.
    static func submission(
        file: String = "don-vi.xlsx", name: String? = "Chi bộ Văn phòng", code: String? = nil,
        type: String? = "Tổ chức đảng", period: String? = "Tháng 6/2023 đến tháng 6/2024",
        date: Any? = "05/01/2024", modified: Double? = nil,
        claims: [String: Any?] = [:], verified: [String: Any?] = [:], evidence: [String: String] = [:],
        counts: [String: Any?] = [:], rating: Any? = "Hoàn thành tốt nhiệm vụ",
        writtenTotal: Any? = nil, nominees: [(String, String)] = [], omit: Set<String> = []
    ) -> Submission {
        var s = Submission(file: file, fileModified: modified)
        s.unitName = Entry(cell(name), at: at(file, "C3"))
        s.unitCode = Entry(cell(code), at: at(file, "C4"))
        s.unitType = Entry(cell(type), at: at(file, "C5"))
        s.period = Entry(cell(period), at: at(file, "C6"))
        s.date = Entry(cell(date), at: at(file, "C7"))
        var row = 12
        for item in rubric.items where !omit.contains(item.code) {
            let claim: Any? = claims.keys.contains(item.code) ? claims[item.code]! : item.max
            s.items.append(SubmittedItem(
                code: item.code, location: at(file, "A\(row)"),
                claimed: Entry(cell(claim), at: at(file, "D\(row)")),
                verified: Entry(cell(verified[item.code] ?? nil), at: at(file, "F\(row)")),
                evidence: Entry(cell(evidence[item.code] ?? "Báo cáo số \(row)-BC"), at: at(file, "E\(row)"))))
            row += 1
        }
        s.writtenTotal = Entry(cell(writtenTotal), at: at(file, "D\(row)"), isFormula: writtenTotal != nil)
        let defaults: [String: Any?] = ["staff": 40, "pledges": 40, "excellent": 8, "good": 24]
        var r = row + 2
        for field in rubric.counts {
            let v: Any? = counts.keys.contains(field.key) ? counts[field.key]! : defaults[field.key]!
            s.counts[field.key] = Entry(cell(v), at: at(file, "D\(r)"))
            r += 1
        }
        s.rating = Entry(cell(rating), at: at(file, "D\(r)"))
        r += 3
        for (n, member) in nominees {
            s.nominees.append(Nominee(name: Entry(cell(n), at: at(file, "B\(r)")),
                                      position: Entry(cell("Chuyên viên"), at: at(file, "C\(r)")),
                                      partyMember: Entry(cell(member), at: at(file, "D\(r)")),
                                      achievements: Entry(cell("Tiêu biểu"), at: at(file, "E\(r)"))))
            r += 1
        }
        return s
    }

    static func scored(_ s: Submission) -> UnitResult { Scorer.score(s, rubric: rubric) }

    /// The seed rubric file, read from the repository.
    static var seedFileURL: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Templates/rubrics/seed.yaml")
    }
}

extension UnitResult {
    func codes(_ severity: Severity? = nil) -> [String] {
        findings.filter { severity == nil || $0.severity == severity }.map(\.code.rawValue)
    }
    func finding(_ code: FindingCode) -> Finding? { findings.first { $0.code == code } }
}
