import Foundation
import Testing
@testable import Reports

/// `--json` is written one element at a time: the bytes are those of the whole document
/// encoded at once (keys sorted, pretty), with and without empty lists.
@Suite struct JSONStreamTests {
    static func streamed(_ document: JSONModel.ConsolidateDocument) throws -> Data {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("thidua-json-\(UUID().uuidString).json").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        try JSONSummary.write(document, to: path)
        return try Data(contentsOf: URL(fileURLWithPath: path))
    }

    @Test func streamedBytesEqualTheWholeDocumentEncoded() throws {
        let input = ReportDemo.input()
        let document = JSONSummary.consolidation(input.consolidation, files: input.files, formats: [:],
                                                 language: .vi, inspection: nil)
        #expect(!document.submissions.isEmpty && !document.files.isEmpty)
        #expect(try Self.streamed(document) == (try JSONSummary.encode(document)))
        var empty = document
        empty.submissions = []
        empty.missing = []
        empty.files = []
        #expect(try Self.streamed(empty) == (try JSONSummary.encode(empty)))
    }

    @Test func aConsolidationStreamedAsItIsBuiltIsTheDocumentEncoded() throws {
        let input = ReportDemo.input()
        let c = input.consolidation
        let formats = Dictionary(input.files.compactMap { f in f.format.map { (f.path, $0) } }, uniquingKeysWith: { a, _ in a })
        let document = JSONSummary.consolidation(c, files: input.files, formats: formats, language: .vi)
        #expect(document.submissions.count == c.units.count + c.unreadFiles(input.files).count)
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("thidua-json-\(UUID().uuidString).json").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        try JSONSummary.writeConsolidation(c, files: input.files, formats: formats, language: .vi, to: path)
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == (try JSONSummary.encode(document)))
    }
}
