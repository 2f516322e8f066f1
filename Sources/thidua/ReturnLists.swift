import Foundation
import Reports
import Scoring
import SheetModel

/// `--return-dir`: one "needs fixing" workbook per unit with errors or warnings.
enum ReturnLists {
    /// Writes the lists and returns their paths; two units with the same file name
    /// get a numbered second file rather than overwriting the first. A list for which
    /// `unchanged(name, unit)` is true is left as it is (`watch` keeps lists it wrote).
    static func write(_ c: Consolidation, language: Language, reportDate: DateTimeValue?,
                      into dir: String, unchanged: (String, ConsolidatedUnit) -> Bool = { _, _ in false }) throws -> [String] {
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        var used = Set<String>()
        var written: [String] = []
        for unit in c.units where ReturnListWriter.needsList(unit) {
            let name = ReturnListWriter.fileName(for: unit)
            guard !used.contains(name) else {
                // Same code and name twice: keep the first list, say so.
                Console.err(.returnListClash(name: name), language)
                continue
            }
            used.insert(name)
            if unchanged(name, unit) {
                written.append((dir as NSString).appendingPathComponent(name))
                continue
            }
            written.append(try ReturnListWriter.write(for: unit, rubric: c.rubric, language: language,
                                                      reportDate: reportDate, into: dir))
        }
        return written
    }
}
