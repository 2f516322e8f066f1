import Foundation
import Testing
@testable import Reports
import Scoring

/// `--json` is written one element at a time, each built as it is written: the bytes are
/// those of the whole document encoded at once (keys sorted, pretty), with and without
/// empty lists.
@Suite struct JSONStreamTests {
    static func streamed(_ c: Consolidation, files: [FileRecord], formats: [String: String]) throws -> Data {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("thidua-json-\(UUID().uuidString).json").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        try JSONSummary.writeConsolidation(c, files: files, formats: formats, language: .vi, to: path)
        return try Data(contentsOf: URL(fileURLWithPath: path))
    }

    @Test func aConsolidationStreamedAsItIsBuiltIsTheDocumentEncoded() throws {
        let input = ReportDemo.input()
        let c = input.consolidation
        let formats = Dictionary(input.files.compactMap { f in f.format.map { (f.path, $0) } }, uniquingKeysWith: { a, _ in a })
        let document = JSONSummary.consolidation(c, files: input.files, formats: formats, language: .vi)
        #expect(!document.submissions.isEmpty && !document.files.isEmpty && !document.missing.isEmpty)
        #expect(document.submissions.count == c.units.count + c.unreadFiles(input.files).count)
        #expect(try Self.streamed(c, files: input.files, formats: formats) == (try JSONSummary.encode(document)))
    }

    @Test func emptyListsAreWrittenAsTheEncoderWritesThem() throws {
        let c = Consolidator.consolidate([], roster: nil, rubric: ReportFixture.rubric)
        let document = JSONSummary.consolidation(c, files: [], formats: [:], language: .vi)
        #expect(document.submissions.isEmpty && document.files.isEmpty && document.missing.isEmpty)
        #expect(try Self.streamed(c, files: [], formats: [:]) == (try JSONSummary.encode(document)))
    }
}
