@testable import Catalog
import Foundation
import SheetModel
import Testing
import TestSupport
@testable import Scoring

/// The one catalog (SPEC §5): every message case renders in both languages; Vietnamese
/// holds no English word, no camelCase code and no decimal point; every code has a label.
@Suite struct MessageCatalogTests {
    @Test func everyCaseHasASample() {
        let sampled = Set(MessageSamples.all.map(MessageSamples.name))
        #expect(MessageSamples.expectedNames.count > 100)
        let unsampled = MessageSamples.expectedNames.subtracting(sampled)
        #expect(unsampled.isEmpty, "cases without a sample: \(unsampled.sorted())")
    }

    @Test(arguments: MessageSamples.all)
    func rendersInBothLanguagesWithoutEnglishInVietnamese(_ message: Message) {
        let vi = MessageCatalog.render(message, .vi), en = MessageCatalog.render(message, .en)
        let name = MessageSamples.name(message)
        #expect(!vi.trimmingCharacters(in: .whitespaces).isEmpty, "\(name): empty Vietnamese")
        #expect(!en.trimmingCharacters(in: .whitespaces).isEmpty, "\(name): empty English")
        #expect(vi != en, "\(name): the same sentence in both languages")
        let problems = VietnameseTextCheck.problems(in: vi)
        #expect(problems.isEmpty, "\(name): \(problems) in “\(vi)”")
    }

    @Test func systemFailuresReadAsVietnamese() {
        for f in MessageSamples.systemFailures {
            #expect(VietnameseTextCheck.problems(in: f.vi).isEmpty && !f.vi.isEmpty && f.vi != f.en, "\(f)")
        }
    }

    @Test func theCheckCatchesWhatTheIssueFound() {
        // The sentences the issue quoted must fail the check, or the check proves nothing.
        #expect(!VietnameseTextCheck.problems(in: "Dòng 12: (excellent/staff = 1/35 = 2.86% < 20%)").isEmpty)
        #expect(!VietnameseTextCheck.problems(in: "Tệp .xlsx bị hỏng — Not a zip archive").isEmpty)
        #expect(!VietnameseTextCheck.problems(in: "Mã aboveMax").isEmpty)
        #expect(!VietnameseTextCheck.problems(in: "điểm 4.5").isEmpty)
        #expect(VietnameseTextCheck.problems(in: "và 1.234 đơn vị khác; 2,86%; “max”").isEmpty)
    }

    @Test func numbersAndJoinsAreVietnamese() {
        #expect(Wording.number(7.5, .vi) == "7,5" && Wording.number(7.5, .en) == "7.5")
        #expect(Wording.percent(1.0 / 35, .vi) == "2,86%")
        #expect(Wording.count(1_234_567, .vi) == "1.234.567" && Wording.count(1_234, .en) == "1,234")
        #expect(Wording.list(["1 suất Xuất sắc", "2 suất Tốt", "3 suất Khá"], .vi) == "1 suất Xuất sắc, 2 suất Tốt và 3 suất Khá")
        let how = MessageCatalog.render(.line(.computedDiffers(line: "12", claimed: 10, computed: 0,
                                                               how: MessageSamples.threshold)), .vi)
        #expect(how.contains("số người hoàn thành xuất sắc / tổng số = 1/35 = 2,86% < 20%"), "\(how)")
    }

    @Test func everyCodeHasALabel() throws {
        // Every `FindingCode("…")` written in Sources, and every reader code.
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Sources")
        var codes: Set<String> = []
        let files = FileManager.default.enumerator(atPath: root.path)?.compactMap { $0 as? String } ?? []
        for file in files where file.hasSuffix(".swift") {
            let text = try String(contentsOf: root.appendingPathComponent(file), encoding: .utf8)
            for part in text.components(separatedBy: "FindingCode(\"").dropFirst() {
                codes.insert(String(part.prefix { $0 != "\"" }))
            }
        }
        #expect(codes.count > 40)
        codes.formUnion(ReadFailure.allCases.filter { $0 != .other }.map(\.rawValue))
        codes.formUnion(ReadNoteKind.allCases.filter { $0 != .other }.map(\.rawValue))
        for code in codes.sorted() {
            let c = FindingCode(code)
            #expect(c.hasLabel, "\(code) has no label")
            #expect(VietnameseTextCheck.problems(in: c.label(.vi)).isEmpty && c.label(.vi) != code, "\(code)")
        }
    }
}

@Suite struct PlaceWordingTests {
    @Test func placesAreCellsNotSpreadsheetSyntax() {
        func place(_ file: String, _ sheet: String?, _ cell: String?) -> String {
            Wording.place(SourceLocation(file: file, sheet: sheet, cell: cell.flatMap { CellRef(a1: $0) }), .vi)
        }
        #expect(place("a.xlsx", "Tự chấm điểm", "D19") == "D19")
        #expect(place("bai-nop/XA08 - Xã Ia Le.csv", "XA08 - Xã Ia Le", "D19") == "D19", "a CSV's one sheet")
        #expect(place("a.xlsx", "Trang tính 2", "B3") == "B3 (trang Trang tính 2)")
        #expect(place("a.xlsx", nil, nil) == "")
        #expect(Wording.place(SourceLocation(file: "a.csv", line: 4), .vi) == "dòng 4")
    }
}
