import Catalog
import Foundation
import Testing
import TestSupport
@testable import Pipeline
import Scoring
import SheetModel
import SheetReaders

/// Read errors and notes (typed in SheetReaders) are worded by the catalog, from Pipeline:
/// every reader code has its own sentence; the library's text stays in the detail.
@Suite struct ReadErrorWordingTests {
    @Test(arguments: ReadError.Code.allCases)
    func everyReadErrorHasItsOwnSentence(_ code: ReadError.Code) {
        #expect(ReadFailure(code: code.rawValue) != .other, "\(code.rawValue) falls back to the generic sentence")
        let error = ReadError(code, file: "x.xlsx", part: "xl/worksheets/sheet1.xml", sheet: "Tự chấm điểm",
                              cell: CellRef(a1: "D19"), detail: "inflates past its declared size of 2048 bytes")
        let f = SubmissionReader.finding(for: error, name: "XA01 - Xã Ia Hrú.xlsx")
        #expect(f.code.rawValue == code.rawValue && f.severity == .error)
        #expect(f.location?.cell == "D19" && f.location?.sheet == "Tự chấm điểm")
        let vi = f.text(.vi), en = f.text(.en)
        #expect(VietnameseTextCheck.problems(in: vi).isEmpty, "\(code.rawValue): \(VietnameseTextCheck.problems(in: vi))")
        #expect(!vi.contains("inflates") && !en.contains("inflates past") && !vi.contains("xl/"), "no library text, no part")
        #expect(vi != en)
        if code != .lossyEncoding {
            #expect(f.detail?.contains("inflates past") == true && f.detail?.contains("xl/worksheets/sheet1.xml") == true)
            #expect(f.value == nil, "technical detail is never the value shown")
        }
        #expect(f.code.hasLabel)
    }

    @Test(arguments: ReadNote.Code.allCases)
    func everyNoteHasItsOwnSentence(_ code: ReadNote.Code) {
        #expect(ReadNoteKind(code: code.rawValue) != .other, "\(code.rawValue)")
        let f = SubmissionReader.finding(for: ReadNote(code, detail: "x"), name: "a.csv")
        #expect(VietnameseTextCheck.problems(in: f.text(.vi)).isEmpty)
        #expect(f.text(.vi) != f.text(.en) && f.code.hasLabel)
    }

    @Test func aLossyCSVShowsTheGarbledWord() {
        let f = SubmissionReader.finding(for: ReadError(.lossyEncoding, file: "a.csv", detail: "\"Nguy?n\""), name: "a.csv")
        #expect(f.value == "Nguy?n" && f.detail == nil)
    }

    @Test func aFileThatCannotBeOpenedIsSaidInWords() throws {
        let outcome = SubmissionReader(rubric: .seed).process(path: "/nonexistent/x.xlsx", name: "x.xlsx", size: 0, modified: nil)
        let f = try #require(outcome.record.findings.first)
        #expect(f.code == .fileUnreadable)
        #expect(f.text(.vi).contains("không có tệp hoặc thư mục này"))
        #expect(!f.text(.vi).contains("No such file"))
        #expect(f.detail == String(cString: strerror(ENOENT)))
    }

    @Test func errnoValuesMapToWords() {
        #expect(SystemFailure(errno: ENOENT) == .notFound)
        #expect(SystemFailure(errno: EACCES) == .permissionDenied)
        #expect(SystemFailure(errno: ENOSPC) == .noSpace)
        #expect(SystemFailure(errno: ENOTDIR) == .notDirectory)
        #expect(SystemFailure(errno: 9999) == .other(9999))
    }
}
