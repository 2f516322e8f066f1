import Catalog
import Foundation
import Pipeline
import Scoring
import SheetModel
import SheetReaders
import Testing

/// Templates filled by another program (openpyxl), re-saved by LibreOffice and gnumeric,
/// saved as CSV (UTF-8, and Windows-1258 with `;` and decimal commas), and changed the
/// way units change them (rows inserted, columns swapped, title rows deleted, a sheet
/// in front, cells merged), saved by LibreOffice as .ods, .fods and .xls: each reads back
/// with the values filled in and the plan's
/// score. Made by Tests/Fixtures/roundtrip/make_fixtures.py; each NAME has NAME.json.

let fixtureDirectory = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent("Fixtures/roundtrip").path

/// The fixtures present (every file with a sidecar JSON), sorted.
let producerFixtures: [String] = {
    let names = (try? FileManager.default.contentsOfDirectory(atPath: fixtureDirectory)) ?? []
    return names.filter { !$0.hasSuffix(".json") && !$0.hasSuffix(".py") }
        .filter { names.contains(($0 as NSString).deletingPathExtension + ".json") }.sorted()
}()

/// A sidecar: the values filled in, the expected score and findings.
struct FixtureExpectation: Decodable {
    struct Unit: Decodable { var name: String; var code: String; var type: String }
    struct Item: Decodable {
        var code: String
        var claimed: Double?
        var evidence: String?
        var verified: Double?
        var note: String?
        var score: Double
    }
    struct Nominee: Decodable { var name: String; var position: String; var partyMember: Bool; var achievements: String }
    var unit: Unit
    var date: String
    var preparer: String
    var phone: String
    var items: [Item]
    var counts: [String: Int]
    var rating: String
    var nominees: [Nominee]
    var score: Double
    var warnings: [String]
    var errors: [String]
    /// The error code a refused file must get (then nothing else is compared).
    var refused: String?
}

@Test func everyProducerAndLayoutHasAFixture() {
    for name in ["openpyxl-filled.xlsx", "libreoffice-resaved.xlsx", "libreoffice-saved-as.csv",
                 "windows-1258-semicolon.csv", "gnumeric-ssconvert.xlsx", "rows-inserted.xlsx",
                 "columns-swapped.xlsx", "title-rows-deleted.xlsx", "extra-sheet-first.xlsx",
                 "cells-merged.xlsx", "other-rubric.xlsx", "libreoffice-ods.ods", "libreoffice-fods.fods",
                 "libreoffice-xls.xls"] {
        #expect(producerFixtures.contains(name), "\(name)")
    }
}

@Test(arguments: producerFixtures)
func producerFixtureReadsBackExactly(name: String) throws {
    let path = fixtureDirectory + "/" + name
    let sidecar = fixtureDirectory + "/" + (name as NSString).deletingPathExtension + ".json"
    let want = try JSONDecoder().decode(FixtureExpectation.self, from: Data(contentsOf: URL(fileURLWithPath: sidecar)))
    let bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: path)))
    let outcome = SubmissionReader(rubric: seedRubric).process(bytes: bytes, name: name, modified: nil)
    let r = try #require(outcome.result, "\(name): \(outcome.record.reason?.text(.en) ?? "")")
    let codes: (Severity) -> Set<String> = { s in Set(r.findings.filter { $0.severity == s }.map { $0.code.rawValue }) }

    if let refused = want.refused {
        #expect(codes(.error).contains(refused), "\(name): \(codes(.error).sorted())")
        #expect(r.status == SubmissionStatus.invalid)
        return
    }
    var d: [String] = []
    func check<T: Equatable>(_ field: String, _ expected: T, _ got: T) {
        if expected != got { d.append("\(field): expected \(expected), got \(got)") }
    }
    check("errors", Set(want.errors), codes(.error))
    check("warnings", Set(want.warnings), codes(.warning))
    check("unit.name", want.unit.name, r.unit.name ?? "")
    check("unit.code", want.unit.code, r.unit.code ?? "")
    check("unit.type", want.unit.type, r.unit.type ?? "")
    check("date", want.date, r.date?.isoDate ?? "")
    for item in want.items {
        guard let line = r.line(item.code) else { d.append("line \(item.code): missing"); continue }
        check("line \(item.code) claimed", item.claimed, line.claimed)
        check("line \(item.code) verified", item.verified, line.verified)
        check("line \(item.code) evidence", item.evidence ?? "", line.evidence)
        check("line \(item.code) score", item.score, line.score)
    }
    check("score", want.score, r.score)
    check("counts", want.counts, r.counts.dictionary)
    check("rating", want.rating, r.rating ?? "")
    check("nominees", want.nominees.count, r.nominees.count)
    for (w, g) in zip(want.nominees, r.nominees) {
        check("nominee \(w.name)", [w.name, w.position, w.achievements], [g.name, g.position, g.achievements])
        check("nominee \(w.name) party member", Optional(w.partyMember), g.partyMember)
    }
    // what the engine does not keep: notes, preparer, phone (from the located submission)
    let grid = try SheetReader.read(data: bytes, name: name).grid
    let s = Locator.locate(grid, file: name, plan: LocatorPlan(rubric: seedRubric), fileModified: nil)
    check("preparer", want.preparer, s.preparer.text)
    check("phone", want.phone, s.phone.text)
    for item in want.items {
        let got = s.items.first { ItemCode.normalize($0.code) == ItemCode.normalize(item.code) }
        check("line \(item.code) note", item.note ?? "", got?.note.text ?? "")
    }
    #expect(d.isEmpty, "\(name): \(d.first ?? "") (\(d.count) differences)")
}
