/// Why a rubric file is refused, and what to change. Keys of the file (`max`, `ratio`)
/// are quoted literally: they are what the person must find in the file. Where in the
/// file is said by `RubricError`'s place, not here.
public enum RubricMessage: Sendable, Hashable, Codable {
    // Reading the text
    case notUTF8
    case empty
    case syntax(YAMLProblem)
    case schemaTooNew(found: Int, supported: Int)
    // Shapes and values
    case expectedMapping
    case expectedList
    case expectedText
    case expectedNumber(written: String)
    case expectedWhole(written: String)
    case expectedBool(written: String)
    case unknownKey(key: String, allowed: [String])
    case duplicateKey(key: String)
    case missingKey(key: String)
    case invalidMonth(written: String)
    case periodReversed
    case unknownKind(written: String)
    case unknownEvidenceRule(written: String)
    case emptyNoneText
    // Rules
    case noItems
    case emptyItemCode
    case duplicateItemCode(code: String, firstPosition: Int, firstCode: String)
    case maxNotPositive(line: String, max: Double)
    case ratioIncomplete(line: String)
    case thresholdIncomplete(line: String)
    case unknownRating(rating: String, known: [String])
    case shareWithoutCounts
    case shareOutOfRange(value: Double)
    case unknownCount(key: String, known: [String])
    case totalNotPositive
    case totalMismatch(sum: Double, total: Double, lines: [String], maxima: [Double])
    case duplicateCode(code: String, list: String)
    case unknownRoute(route: String, known: [String])
    case negativeQuota(count: Int)
    case negativeIndividuals(count: Int)
}
