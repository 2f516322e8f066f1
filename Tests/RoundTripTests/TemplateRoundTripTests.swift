import Foundation
import Reports
import Scoring
import SheetReaders
import Testing

/// "What we hand out, we read back exactly" (SPEC §8): templates filled with generated
/// values are written by the template writer, read back by the readers, located and
/// scored, and must give exactly the values filled in and the scores the rubric says.

let seedRubric = LoadedRubric.seed.rubric
let seedTemplates = TemplateWriter.seed()
/// Fifty fixed seeds per format; a failure names its seed, so it can be replayed.
let roundTripSeeds: [UInt64] = (1...50).map { UInt64($0) &* 0x2545_F491_4F6C_DD1D }

func fill(seed: UInt64) -> TemplateFill {
    var generator = FillGenerator(rubric: seedRubric, seed: seed)
    return generator.next()
}

func scratchDirectory(_ tag: String) throws -> String {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("RoundTrip-\(tag)-\(UUID().uuidString)").path
    try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
    return dir
}

/// Reads bytes as a unit's file: reader, locator, engine.
func readBack(_ bytes: [UInt8], name: String) throws -> (Submission, UnitResult) {
    let result = try SheetReader.read(data: bytes, name: name)
    let submission = Locator.locate(result.grid, file: name, plan: LocatorPlan(rubric: seedRubric), fileModified: nil)
    return (submission, Scorer.score(submission, rubric: seedRubric))
}

@Test(arguments: roundTripSeeds)
func xlsxTemplateReadsBackExactly(seed: UInt64) throws {
    let values = fill(seed: seed)
    let dir = try scratchDirectory("xlsx")
    defer { try? FileManager.default.removeItem(atPath: dir) }
    let path = dir + "/filled.xlsx"
    try seedTemplates.writeXLSX(to: path, fill: values)
    let bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: path)))
    let (submission, scored) = try readBack(bytes, name: "filled.xlsx")
    var check = FillCheck(fill: values, rubric: seedRubric, layout: seedTemplates.layout(), form: .xlsx)
    check.located(submission)
    check.scored(scored)
    #expect(check.differences.isEmpty,
            "seed \(seed): \(check.differences.first ?? "") (\(check.differences.count) differences)")
    // every text that starts like a formula came back as text, never as a formula
    #expect(submission.items.allSatisfy { !$0.evidence.isFormula && !$0.note.isFormula }, "seed \(seed)")
}

@Test(arguments: roundTripSeeds)
func csvTemplateReadsBackExactly(seed: UInt64) throws {
    let values = fill(seed: seed)
    let bytes = seedTemplates.csv(fill: values)
    let (submission, scored) = try readBack(bytes, name: "filled.csv")
    var check = FillCheck(fill: values, rubric: seedRubric, layout: seedTemplates.layout(), form: .csv)
    check.located(submission)
    check.scored(scored)
    #expect(check.differences.isEmpty,
            "seed \(seed): \(check.differences.first ?? "") (\(check.differences.count) differences)")
}

/// The generator must reach the cases the round trip claims to cover, or the test
/// proves less than it says.
@Test func generatedFillsCoverTheInterestingCases() {
    var decimals = 0, zeros = 0, noEvidence = 0, verified = 0, nfd = 0, injected = 0, nominees = Set<Int>()
    var thresholdMet = 0, zeroStaff = 0, noCounts = 0
    for seed in roundTripSeeds {
        let f = fill(seed: seed)
        for (_, line) in f.items {
            if case .number(let n)? = line[.claimed] { if n == 0 { zeros += 1 } else if n != n.rounded() { decimals += 1 } }
            if line[.evidence] == nil { noEvidence += 1 }
            if line[.verified] != nil { verified += 1 }
        }
        let texts = f.header.values.compactMap { v -> String? in if case .text(let s) = v { return s } else { return nil } }
        if texts.contains(where: { !$0.unicodeScalars.elementsEqual($0.precomposedStringWithCanonicalMapping.unicodeScalars) }) { nfd += 1 }
        if texts.contains(where: { "=+-@".contains($0.first ?? " ") }) { injected += 1 }
        nominees.insert(f.nominees.count)
        let expected = ExpectedScore(fill: f, rubric: seedRubric)
        if expected.lines["12"] == 1000 { thresholdMet += 1 }
        if expected.warnings.contains("zeroStaff") { zeroStaff += 1 }
        if f.counts.isEmpty { noCounts += 1 }
    }
    #expect(decimals > 50 && zeros > 50 && noEvidence > 50 && verified > 50)
    #expect(nfd > 5 && injected > 3)
    #expect(nominees.contains(0) && nominees.contains(8) && nominees.count >= 7)
    #expect(thresholdMet > 2 && zeroStaff > 0 && noCounts > 3)
}
