import Foundation
import Testing

/// Every sentence a person reads is in the catalog (SPEC §5): no string literal with a
/// Vietnamese letter in Sources/ outside the places where Vietnamese text belongs; and the
/// command line calls the C library only through System.swift.
@Suite struct SourceLiteralTests {
    /// Where Vietnamese text belongs: the catalog, the readers' vocabulary (the labels they
    /// look for, the rubric's default words, legacy font tables) and the benchmark's data generator.
    static let vietnameseBelongs = [
        "Sources/Catalog/", "Sources/Scoring/Vocabulary/", "Sources/SheetReaders/Legacy/", "Sources/thidua-generate/",
    ]

    /// `path:line: “literal”` for each literal of `source` with a Vietnamese letter, where
    /// `path` (relative to the repository) is not a place for one.
    static func violations(in source: String, path: String) -> [String] {
        guard !vietnameseBelongs.contains(where: path.hasPrefix) else { return [] }
        return SwiftSource(source).literals.filter { $0.text.contains(where: LanguagePurity.isVietnamese) }
            .map { "\(path):\($0.line): “\($0.text)”" }
    }

    /// Every Swift file under `folder` (relative to the repository), with its relative path.
    static func swiftFiles(under folder: String) throws -> [(path: String, source: String)] {
        let base = CLI.root.appendingPathComponent(folder)
        let names = try #require(FileManager.default.subpathsOfDirectory(atPath: base.path) as [String]?)
        return try names.filter { $0.hasSuffix(".swift") }.sorted().map { name in
            (folder + "/" + name, try String(contentsOf: base.appendingPathComponent(name), encoding: .utf8))
        }
    }

    @Test func noVietnameseLiteralOutsideTheCatalog() throws {
        let files = try Self.swiftFiles(under: "Sources")
        #expect(files.count > 100, "the scan read the sources")
        let found = files.flatMap { Self.violations(in: $0.source, path: $0.path) }
        #expect(found.isEmpty, "Vietnamese text belongs in Sources/Catalog:\n\(found.joined(separator: "\n"))")
        let catalog = files.filter { $0.path.hasPrefix("Sources/Catalog/") }
        #expect(catalog.flatMap { SwiftSource($0.source).literals }.contains { $0.text.contains(where: LanguagePurity.isVietnamese) },
                "the lexer finds the catalog's own Vietnamese")
    }

    @Test func aPlantedLiteralIsFound() {
        let planted = """
            /// Đơn vị "in a doc comment" is no literal.
            func say() -> String { "Đã xong" }
            """
        #expect(Self.violations(in: planted, path: "Sources/Pipeline/Planted.swift") == ["Sources/Pipeline/Planted.swift:2: “Đã xong”"])
        #expect(Self.violations(in: planted, path: "Sources/Catalog/Planted.swift").isEmpty)
        #expect(Self.violations(in: planted, path: "Sources/Scoring/Vocabulary/Planted.swift").isEmpty)
        #expect(Self.violations(in: #"let d = "\u{111}""#, path: "Sources/thidua/X.swift").count == 1, "an escaped đ")
    }

    @Test func lexerSkipsCommentsAndReadsEveryLiteralKind() {
        let source = ##"""
            // "không" in a line comment
            /* "không" /* nested "đ" */ still a comment "đ" */
            let a = "plain \"quoted\" \\ text"
            let b = "x\(f("inner đ", "))"))y"
            let c = #"raw \(not interpolated) "quotes" \n"#
            let d = #"raw \#(g("đ")) end"#
            let e = """
                multi "line" \
                đ
                """
            let f = "\u{1EA1}" + "/* not a comment */" // "nor this"
            """##
        let literals = SwiftSource(source).literals
        #expect(literals.map(\.text) == [
            #"plain "quoted" \ text"#, "xy", "inner đ", "))", #"raw \(not interpolated) "quotes" \n"#, "raw  end", "đ",
            "    multi \"line\"     đ\n    ", "ạ", "/* not a comment */",
        ])
        #expect(literals.map(\.line) == [3, 4, 4, 4, 5, 6, 6, 7, 11, 11])
        let code = SwiftSource(source).code
        #expect(!code.contains("không") && !code.contains("nor this") && code.contains("let f = "))
        #expect(code.split(separator: "\n", omittingEmptySubsequences: false).count == source.split(separator: "\n", omittingEmptySubsequences: false).count)
    }

    /// C functions the command line uses through System.swift.
    static let cFunctions = [
        "setenv", "getenv", "unsetenv", "mallopt", "ioctl", "isatty", "unlink", "getrusage", "sysconf", "localtime_r",
        "localtime", "time", "strerror", "write", "exit", "signal", "sigaction", "mktime", "fflush", "usleep", "stat",
    ]

    @Test func onlySystemSwiftCallsTheCLibrary() throws {
        let pattern = #"(?<![.\w])(?:"# + Self.cFunctions.joined(separator: "|") + #")\s*\("#
        let regex = try NSRegularExpression(pattern: pattern)
        var found: [String] = []
        for file in try Self.swiftFiles(under: "Sources/thidua") where !file.path.hasSuffix("/System.swift") {
            let code = SwiftSource(file.source).code
            let own = Set(Self.cFunctions.filter { code.contains("func \($0)(") })   // the file's own methods
            for (number, line) in code.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
                let text = String(line)
                if text.contains("import Glibc") || text.contains("import CMalloc") { found.append("\(file.path):\(number + 1): \(text)") }
                for match in regex.matches(in: text, range: NSRange(text.startIndex..., in: text)) {
                    let call = (text as NSString).substring(with: match.range).prefix { $0 != "(" && $0 != " " }
                    let before = (text as NSString).substring(to: match.range.location)
                    if !before.hasSuffix("func "), !own.contains(String(call)) { found.append("\(file.path):\(number + 1): \(text)") }
                }
            }
        }
        #expect(found.isEmpty, "C calls belong in Sources/thidua/System.swift:\n\(found.joined(separator: "\n"))")
    }
}
