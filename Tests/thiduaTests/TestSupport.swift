import Foundation
import SheetModel
import SheetReaders
import Testing

/// Runs the built `thidua` as a process and finds the repository's files, for the
/// end-to-end tests of every command.
enum CLI {
    /// The repository root, from this file's place in Tests/thiduaTests.
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()
    /// Samples/ (read only: tests never write into it).
    static let samples = root.appendingPathComponent("Samples")
    static let inbox = samples.appendingPathComponent("inbox")
    static let roster = samples.appendingPathComponent("roster.csv")

    /// The built `thidua` next to the test bundle.
    static var binary: URL {
        URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("thidua")
    }

    /// What a run of `thidua` gave back.
    struct Output {
        var status: Int32
        var stdout: String
        var stderr: String
        var stdoutData: Data
    }

    /// Runs `thidua arguments…` (stdout and stderr go through files, so neither can block),
    /// with `environment` added to this process's; `THIDUA_LANG` is left out unless given,
    /// so a developer's own setting cannot change what the tests read.
    static func run(_ arguments: [String], in directory: URL? = nil, environment: [String: String] = [:]) throws -> Output {
        #expect(FileManager.default.isExecutableFile(atPath: binary.path), "no thidua at \(binary.path)")
        let scratch = try TempDir()
        defer { scratch.remove() }
        let outURL = scratch.url.appendingPathComponent("stdout")
        let errURL = scratch.url.appendingPathComponent("stderr")
        FileManager.default.createFile(atPath: outURL.path, contents: nil)
        FileManager.default.createFile(atPath: errURL.path, contents: nil)
        let out = try FileHandle(forWritingTo: outURL)
        let err = try FileHandle(forWritingTo: errURL)
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        var inherited = ProcessInfo.processInfo.environment
        inherited["THIDUA_LANG"] = nil
        process.environment = inherited.merging(environment) { _, given in given }
        if let directory { process.currentDirectoryURL = directory }
        process.standardOutput = out
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        try out.close()
        try err.close()
        let data = try Data(contentsOf: outURL)
        return Output(status: process.terminationStatus, stdout: String(decoding: data, as: UTF8.self),
                      stderr: String(decoding: try Data(contentsOf: errURL), as: UTF8.self), stdoutData: data)
    }

    /// Parses JSON into a dictionary, failing the test when it is not one.
    static func jsonObject(_ data: Data) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    }

    /// Reads a workbook with the project's own reader.
    static func readWorkbook(_ url: URL) throws -> Grid {
        try SheetReader.read(contentsOf: url.path).grid
    }
}

/// A fresh directory under the system's temporary folder; call `remove()` when done.
struct TempDir {
    let url: URL

    init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("thidua-e2e-" + UUID().uuidString)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    /// A path inside the directory.
    func path(_ name: String) -> String { url.appendingPathComponent(name).path }

    /// Names of the files in the directory (or in a sub-folder), sorted.
    func files(_ sub: String? = nil) throws -> [String] {
        let dir = sub.map { url.appendingPathComponent($0) } ?? url
        return try FileManager.default.contentsOfDirectory(atPath: dir.path).sorted()
    }

    /// Copies Samples/inbox into `name` (in listing order) and returns its path.
    func copyOfInbox(_ name: String = "inbox") throws -> URL {
        let target = url.appendingPathComponent(name)
        try FileManager.default.copyItem(at: CLI.inbox, to: target)
        return target
    }

    func remove() { try? FileManager.default.removeItem(at: url) }
}

/// Every file of a folder with its bytes, to show a command left it untouched.
func snapshot(_ folder: URL) throws -> [String: Data] {
    var out: [String: Data] = [:]
    for name in try FileManager.default.contentsOfDirectory(atPath: folder.path) {
        out[name] = try Data(contentsOf: folder.appendingPathComponent(name))
    }
    return out
}

/// A minimal RFC 4180 reader and writer (quotes, doubled quotes, embedded newlines),
/// enough to fill thidua's CSV template the way a text editor would.
enum SimpleCSV {
    static func parse(_ text: String) -> [[String]] {
        var rows: [[String]] = [], row: [String] = [], field = ""
        var quoted = false, iterator = Array(text.unicodeScalars), i = 0
        if iterator.first == "\u{FEFF}" { iterator.removeFirst() }
        while i < iterator.count {
            let c = iterator[i]
            if quoted {
                if c == "\"" {
                    if i + 1 < iterator.count, iterator[i + 1] == "\"" { field.unicodeScalars.append("\""); i += 1 } else { quoted = false }
                } else { field.unicodeScalars.append(c) }
            } else if c == "\"" { quoted = true
            } else if c == "," { row.append(field); field = ""
            } else if c == "\n" || c == "\r" {
                if c == "\r", i + 1 < iterator.count, iterator[i + 1] == "\n" { i += 1 }
                row.append(field); rows.append(row); row = []; field = ""
            } else { field.unicodeScalars.append(c) }
            i += 1
        }
        if !field.isEmpty || !row.isEmpty { row.append(field); rows.append(row) }
        return rows
    }

    static func write(_ rows: [[String]]) -> String {
        "\u{FEFF}" + rows.map { row in
            row.map { f in
                f.contains(where: { ",\"\n\r".contains($0) }) ? "\"" + f.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : f
            }.joined(separator: ",")
        }.joined(separator: "\r\n") + "\r\n"
    }
}

extension Sheet {
    /// The first cell (row-major) whose text is exactly `text`.
    func find(_ text: String) -> CellRef? {
        sortedCells.first { $0.cell.value == .text(text) }?.ref
    }

    /// Texts of a column from `row` down, stopping at the first empty cell.
    func column(_ column: Int, from row: Int) -> [String] {
        var out: [String] = []
        var r = row
        while !self[r, column].value.isBlank { out.append(self[r, column].value.displayText); r += 1 }
        return out
    }
}
