// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "thidua",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "thidua", targets: ["thidua"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
    ],
    targets: [
        // C boundaries: a module map and a shim header each; nothing else calls C.
        .systemLibrary(name: "CXlsxWriter", pkgConfig: "xlsxwriter",
                       providers: [.apt(["libxlsxwriter-dev"])]),
        .systemLibrary(name: "CZip", pkgConfig: "libzip",
                       providers: [.apt(["libzip-dev"])]),
        .systemLibrary(name: "CDeflate", pkgConfig: "libdeflate",
                       providers: [.apt(["libdeflate-dev"])]),
        .systemLibrary(name: "CArchive", pkgConfig: "libarchive",
                       providers: [.apt(["libarchive-dev"])]),
        // glibc's <malloc.h> (mallopt), part of libc: nothing to link or install.
        .systemLibrary(name: "CMalloc"),
        // ICU's Vietnamese collation keys (apt libicu-dev): a C target, because Swift cannot
        // import ICU's headers beside Foundation's private copy of them.
        .target(name: "CCollation",
                linkerSettings: [.linkedLibrary("icui18n"), .linkedLibrary("icuuc")]),

        // Cells, grids and addresses; no dependencies.
        .target(name: "SheetModel"),
        // Files → grids (CSV, XLSX, ODS, XLS) and archives of files; the only user of
        // libzip, libdeflate and libarchive.
        .target(name: "SheetReaders", dependencies: ["SheetModel", "CZip", "CDeflate", "CArchive"]),
        // A safe Swift face over libxlsxwriter; the only user of it.
        .target(name: "SheetWriter", dependencies: ["CXlsxWriter"]),
        // The plan's rules: rubric, locator, validation, scoring, ranking; findings as codes and
        // typed arguments, no sentence. No I/O (ICU's collation keys for Vietnamese order are
        // its one C call).
        .target(name: "Scoring", dependencies: [
                    "SheetModel", "CCollation", "Yams", .product(name: "Crypto", package: "swift-crypto"),
                ],
                plugins: ["EmbedRubric"]),
        // The message catalog: every sentence a person reads, in Vietnamese and English
        // (findings, rubric errors, console lines, workbook labels), and how numbers, lists
        // and places are written in each language.
        .target(name: "Catalog", dependencies: ["Scoring", "SheetModel"]),
        // I/O around the engine: inbox listing, parallel reading, hashing, atomic writes.
        .target(name: "Pipeline", dependencies: [
            "Scoring", "Catalog", "SheetReaders", "SheetModel",
            .product(name: "Crypto", package: "swift-crypto"),
        ]),
        // Templates, the consolidated report, every JSON document (inspect's too, hence SheetReaders).
        .target(name: "Reports", dependencies: ["Scoring", "Catalog", "SheetModel", "SheetReaders", "SheetWriter"]),
        // The command line, thin.
        .executableTarget(name: "thidua", dependencies: [
            "Scoring", "Catalog", "SheetReaders", "Reports", "Pipeline", "CMalloc",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]),

        // Writes N filled submissions for the benchmark (not a user command).
        .executableTarget(name: "thidua-generate", dependencies: ["Reports", "Scoring", "SheetWriter"]),

        // Build-time embedding of the seed rubric into the binary.
        .executableTarget(name: "EmbedResource"),
        .plugin(name: "EmbedRubric", capability: .buildTool(), dependencies: ["EmbedResource"]),

        // What the tests of several modules share (the Vietnamese-text check, a seeded generator).
        .target(name: "TestSupport", path: "Tests/TestSupport"),
        .testTarget(name: "SheetModelTests", dependencies: ["SheetModel"]),
        .testTarget(name: "SheetReadersTests", dependencies: ["SheetReaders", "SheetModel"]),
        .testTarget(name: "SheetWriterTests", dependencies: ["SheetWriter", "SheetReaders"]),
        .testTarget(name: "ScoringTests", dependencies: ["Scoring", "Catalog", "SheetModel", "TestSupport"]),
        .testTarget(name: "ReportsTests", dependencies: ["Reports", "Catalog", "SheetReaders", "Scoring", "TestSupport"]),
        .testTarget(name: "PipelineTests", dependencies: ["Pipeline", "Catalog", "Scoring", "SheetReaders", "TestSupport"]),
        .testTarget(name: "thiduaTests", dependencies: ["thidua", "Catalog", "Reports", "Scoring", "SheetReaders", "SheetModel", "TestSupport"]),
        .testTarget(name: "RoundTripTests", dependencies: ["Reports", "Catalog", "SheetReaders", "Scoring", "Pipeline", "SheetModel", "SheetWriter", "TestSupport"]),
    ]
)
