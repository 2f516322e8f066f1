import Foundation
import Testing
@testable import Reports
import Scoring

/// `consolidate --json` is written one element at a time, handed to the file every
/// `threshold` bytes: the file holds the bytes of the whole document written at once,
/// whatever the threshold, with and without empty lists.
@Suite struct JSONStreamTests {
    static func streamed(_ source: ConsolidationJSON.Source, threshold: Int) throws -> [UInt8] {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("thidua-json-\(UUID().uuidString).json").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        try ConsolidationJSON.write(source, language: .vi, to: path, threshold: threshold)
        return Array(try Data(contentsOf: URL(fileURLWithPath: path)))
    }

    static var demo: ConsolidationJSON.Source {
        let input = ReportDemo.input()
        let formats = Dictionary(input.files.compactMap { f in f.format.map { (f.path, $0) } }, uniquingKeysWith: { a, _ in a })
        let form = InspectionRecord(path: "phieu.xlsx", size: 10, sha256: String(repeating: "ab", count: 32), format: "xlsx",
                                    rubricID: "142-KH/HU", applied: 3, units: 2,
                                    findings: input.consolidation.units.first?.findings ?? [])
        return ConsolidationJSON.Source(consolidation: input.consolidation, files: input.files, formats: formats,
                                        inspection: form)
    }

    @Test(arguments: [1, 100, 4_096, 1 << 20])
    func aStreamedDocumentIsTheDocumentWrittenAtOnce(threshold: Int) throws {
        let source = Self.demo
        let whole = ConsolidationJSON.document(source, language: .vi)
        #expect(try Self.streamed(source, threshold: threshold) == whole)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(whole)) as? [String: Any])
        let c = source.consolidation
        #expect((object["submissions"] as? [Any])?.count == c.units.count + c.unreadFiles(source.files).count)
        #expect((object["files"] as? [Any])?.count == source.files.count && !source.files.isEmpty)
        #expect((object["missing"] as? [Any])?.count == c.missing.count && !c.missing.isEmpty)
        #expect((object["inspection"] as? [String: Any])?["applied"] as? Int == 3)
    }

    @Test func emptyListsAreWrittenAsTheEncoderWritesThem() throws {
        let c = Consolidator.consolidate([], roster: nil, rubric: ReportFixture.rubric)
        let source = ConsolidationJSON.Source(consolidation: c, files: [], formats: [:], inspection: nil)
        let bytes = try Self.streamed(source, threshold: 1)
        #expect(String(decoding: bytes, as: UTF8.self) == """
            {
              "files" : [

              ],
              "inspection" : null,
              "missing" : [

              ],
              "rubric" : {
                "id" : "\(c.rubric.id)",
                "total" : 100
              },
              "submissions" : [

              ]
            }

            """)
    }

    @Test func aFileThatCannotBeWrittenThrows() {
        let c = Consolidator.consolidate([], roster: nil, rubric: ReportFixture.rubric)
        #expect(throws: (any Error).self) {
            try ConsolidationJSON.write(c, files: [], formats: [:], language: .vi, to: "/nonexistent-dir/k.json")
        }
    }
}
