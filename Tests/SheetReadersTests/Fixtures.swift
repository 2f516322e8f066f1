import Foundation
import SheetModel
import Testing
@testable import SheetReaders

/// Locates and loads the reader fixtures under Tests/Fixtures/readers.
enum Fixtures {
    static let root: String = {
        let here = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        return here.deletingLastPathComponent().appendingPathComponent("Fixtures/readers").path
    }()

    static func path(_ relative: String) -> String { root + "/" + relative }

    /// Reads a fixture; records an issue and returns nil when it throws.
    static func read(_ relative: String, options: ReadOptions = .standard) -> ReadResult? {
        do {
            return try SheetReader.read(contentsOf: path(relative), options: options)
        } catch {
            Issue.record("\(relative): unexpected \(error)")
            return nil
        }
    }

    /// Expected rows from expected/canonical.json (`typed`, `text` or `textDecimalComma`).
    static func expectedRows(_ key: String) -> [[CellValue]] {
        let data = FileManager.default.contents(atPath: path("expected/canonical.json")) ?? Data()
        let object = (try? JSONSerialization.jsonObject(with: data)) as? [String: Any] ?? [:]
        let rows = object[key] as? [[Any]] ?? []
        return rows.map { $0.map(cellValue) }
    }

    private static func cellValue(_ any: Any) -> CellValue {
        switch any {
        case is NSNull: return .empty
        case let s as String: return .text(s)
        case let d as [String: String]:
            let parts = (d["date"] ?? "").split(separator: "-").compactMap { Int($0) }
            return parts.count == 3 ? .date(DateTimeValue(year: parts[0], month: parts[1], day: parts[2])) : .error("?")
        case let n as NSNumber: return .number(n.doubleValue)
        default: return .error("unexpected \(any)")
        }
    }

    /// The first cell where `sheet` differs from `expected` (with `overrides` by A1), or nil.
    static func firstDifference(_ sheet: Sheet, _ expected: [[CellValue]],
                                overrides: [String: CellValue] = [:]) -> String? {
        let rows = max(expected.count, sheet.rowCount)
        let columns = max(expected.map(\.count).max() ?? 0, sheet.columnCount)
        for r in 0..<rows {
            for c in 0..<columns {
                let ref = CellRef(row: r, column: c)
                var want = r < expected.count && c < expected[r].count ? expected[r][c] : .empty
                if let o = overrides[ref.a1] { want = o }
                let got = sheet[ref].value
                if !same(got, want) { return "\(ref.a1): expected \(want), got \(got)" }
            }
        }
        return nil
    }

    private static func same(_ a: CellValue, _ b: CellValue) -> Bool {
        if case .number(let x) = a, case .number(let y) = b { return abs(x - y) < 1e-9 }
        // Text must be equal after NFC, byte for byte (String's == ignores normalisation).
        if case .text(let x) = a, case .text(let y) = b { return Array(x.utf8) == Array(y.utf8) }
        return a == b
    }
}
