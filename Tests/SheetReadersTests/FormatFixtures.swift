import SheetModel
import Testing
@testable import SheetReaders

/// Locates the fixtures of the OpenDocument, .xls and archive readers (Tests/Fixtures/formats,
/// made by its make_fixtures.py).
enum FormatFixtures {
    static func path(_ relative: String) -> String { Fixtures.path("../formats/" + relative) }

    /// Reads a fixture; records an issue and returns nil when it throws.
    static func read(_ relative: String, options: ReadOptions = .standard) -> ReadResult? {
        Fixtures.read("../formats/" + relative, options: options)
    }

    /// The value at an A1 reference.
    static func value(_ sheet: Sheet, _ a1: String) -> CellValue { sheet[CellRef(a1: a1)!].value }

    /// Text compared byte for byte (String's == ignores normalisation; readers must give NFC).
    static func text(_ sheet: Sheet, _ a1: String) -> [UInt8]? {
        guard case .text(let s) = value(sheet, a1) else { return nil }
        return Array(s.utf8)
    }
}
