// thidua-generate: writes N filled submissions from the project's own template, for
// the benchmark (Benchmarks/consolidate.sh). Not installed for users.
//
// usage: thidua-generate N DIR [--csv-every K]
import Dispatch
import Foundation
import Reports
import Scoring
import SheetWriter

let args = Array(CommandLine.arguments.dropFirst())
guard args.count >= 2, let count = Int(args[0]), count > 0 else {
    FileHandle.standardError.write(Data("usage: thidua-generate N DIR [--csv-every K]\n".utf8))
    exit(2)
}
let dir = args[1]
let csvEvery = args.count >= 4 && args[2] == "--csv-every" ? Int(args[3]) ?? 0 : 0
try? FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)


/// A deterministic generator, so every run writes the same inbox.
struct SplitMix64 {
    var state: UInt64
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
    mutating func below(_ n: Int) -> Int { Int(next() % UInt64(n)) }
}

/// Fills the seed template the way units would.
struct Generator: Sendable {
    let writer = TemplateWriter.seed()
    var rubric: Rubric { writer.rubric }

    /// A unit's filled sheet: mostly full marks with evidence, some partial, some errors.
    func fill(_ i: Int) -> (RosterEntry, TemplateFill) {
        let types = rubric.unitTypes.map(\.code)
        var rng = SplitMix64(state: UInt64(i) &* 7919)
        let code = "U" + String(format: "%06d", i)
        let unit = RosterEntry(code: code, name: "Đơn vị thử nghiệm số \(i)", type: types[i % types.count])
        var f = TemplateFill()
        f.header[.date] = .date(CalendarDate(year: 2024, month: 6, day: 1 + rng.below(28)))
        f.header[.preparer] = .text("Nguyễn Văn \(i)")
        let staff = 10 + rng.below(60)
        let pledges = staff - rng.below(3)
        let excellent = (staff + 3) / 4
        f.counts = ["staff": .number(Double(staff)), "pledges": .number(Double(pledges)),
                    "excellent": .number(Double(excellent)), "good": .number(Double(staff - excellent))]
        f.rating = .text(rubric.ratings[rng.below(2)].label)
        for item in rubric.items {
            var claim = item.max
            if item.kind == .ratio { claim = (item.max * Double(pledges) / Double(staff) * 100).rounded() / 100 }
            if rng.below(20) == 0 { claim = max(1, item.max - 1) }          // partial: a warning
            if rng.below(200) == 0 { claim = item.max + 1 }                  // above max: an error
            f.items[item.code] = [.claimed: .number(claim),
                                  .evidence: .text(rng.below(50) == 0 ? "" : "Văn bản số \(i)-\(item.code)/KH")]
        }
        if rng.below(4) == 0 {
            f.nominees = [[.name: .text("Trần Thị \(i)"), .position: .text("Bí thư chi bộ"),
                           .partyMember: .text("Có"), .achievements: .text("Hoàn thành xuất sắc nhiệm vụ")]]
        }
        return (unit, f)
    }
}

let failures = Failures()
final class Failures: @unchecked Sendable {
    private let lock = NSLock()
    private(set) var count = 0
    func add(_ message: String) {
        lock.lock(); count += 1; lock.unlock()
        FileHandle.standardError.write(Data((message + "\n").utf8))
    }
}

let generator = Generator()
let writer = generator.writer
DispatchQueue.concurrentPerform(iterations: count) { i in
    let (unit, f) = generator.fill(i + 1)
    let name = unit.code + " - " + unit.name
    if csvEvery > 0 && (i + 1) % csvEvery == 0 {
        let bytes = writer.csv(unit: unit, fill: f)
        if !FileManager.default.createFile(atPath: dir + "/" + name + ".csv", contents: Data(bytes)) {
            failures.add("cannot write \(name).csv")
        }
    } else {
        do { try writer.writeXLSX(to: dir + "/" + name + ".xlsx", unit: unit, fill: f) } catch {
            failures.add("cannot write \(name).xlsx: \(error)")
        }
    }
}
exit(failures.count == 0 ? 0 : 1)
