import Foundation
import SheetModel
import Testing

/// Reading inspection forms back in the end-to-end tests: the table by its labels,
/// the committed fixtures, and a SHA-256 from coreutils.
enum FormFile {
    static let fixtures = CLI.root.appendingPathComponent("Tests/Fixtures/inspection")
    static func fixture(_ name: String) -> URL { fixtures.appendingPathComponent(name) }

    /// One row of the form's table: values by header label, and its zero-based row.
    struct Row {
        var row: Int
        var values: [String: CellValue]
        subscript(_ label: String) -> CellValue { values[label] ?? .empty }
        var unit: String { self["Mã đơn vị"].displayText }
        var line: String { self["Mã"].displayText }
    }

    /// The table of the form's first sheet, found by the header holding `verifiedLabel`.
    static func table(_ sheet: Sheet, verifiedLabel: String = "Điểm kiểm tra") throws -> (header: [String: Int], rows: [Row]) {
        let at = try #require(sheet.find(verifiedLabel), "no \(verifiedLabel) header")
        var header: [String: Int] = [:]
        for c in 0..<sheet.columnCount {
            if case .text(let s) = sheet[at.row, c].value { header[s] = c }
        }
        var rows: [Row] = []
        var r = at.row + 1
        while r < sheet.rowCount, !sheet[r, header["Mã"] ?? header["Line"] ?? 2].value.isBlank {
            rows.append(Row(row: r, values: header.mapValues { sheet[r, $0].value }))
            r += 1
        }
        return (header, rows)
    }

    /// `sha256sum`'s digest of a file.
    static func sha256(_ url: URL) throws -> String {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/sha256sum")
        p.arguments = [url.path]
        let pipe = Pipe()
        p.standardOutput = pipe
        try p.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return String(String(decoding: data, as: UTF8.self).prefix(64))
    }
}

/// The submissions of a `consolidate --json` document by unit code (superseded ones left out).
func activeSubmissions(_ json: [String: Any]) throws -> [String: [String: Any]] {
    let list = try #require(json["submissions"] as? [[String: Any]])
    var out: [String: [String: Any]] = [:]
    for s in list where (s["superseded"] as? Bool) == false {
        if let code = (s["unit"] as? [String: Any])?["code"] as? String { out[code] = s }
    }
    return out
}

/// A JSON submission's item for a line code.
func item(_ sub: [String: Any]?, _ code: String) -> [String: Any]? {
    (sub?["items"] as? [[String: Any]])?.first { $0["code"] as? String == code }
}
