import Foundation
import SheetModel
import Testing
@testable import SheetReaders

/// Truncated, bit-flipped and byte-shuffled variants of real files: each ends in a typed
/// `ReadError` of the family its damage allows, or in a grid that keeps the reader's
/// promises (bounded, NFC, extents that match the cells); reading the same bytes twice
/// gives the same outcome; a truncated workbook is always refused. Work is bounded by the
/// reader's limits, so the suite finishing is the "no hang" check (no clock is read).
@Suite struct MutationTests {
    /// A small deterministic generator (xorshift), so failures replay.
    struct XorShift: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state ^= state << 13; state ^= state >> 7; state ^= state << 17
            return state
        }
    }

    /// What reading gave: the error code, or the cells of every sheet.
    enum Outcome: Equatable {
        case refused(ReadError.Code)
        case read([[CellRef: Cell]])
    }

    /// Codes a damaged text file may end in (it is never mistaken for a damaged package).
    static let textCodes: Set<ReadError.Code> = [.textEncoding, .lossyEncoding, .unknownFormat, .emptyFile,
                                                 .htmlAsXLS, .xml2003, .badCellReference]
    /// Codes a damaged workbook may end in: package, XML and format codes, never a text code.
    static let workbookCodes = Set(ReadError.Code.allCases).subtracting([.textEncoding, .lossyEncoding, .ioError])

    static func outcome(_ bytes: [UInt8], name: String) -> Outcome {
        do {
            let result = try SheetReader.read(data: bytes, name: name)
            checkInvariants(result, name: name)
            return .read(result.grid.sheets.map { sheet in Dictionary(uniqueKeysWithValues: sheet.sortedCells.map { ($0.ref, $0.cell) }) })
        } catch {
            #expect(error.file == name, "the error names the file")
            return .refused(error.code)
        }
    }

    /// The reader's promises for any grid it returns.
    static func checkInvariants(_ result: ReadResult, name: String) {
        let limits = ReadLimits.standard
        #expect(!result.grid.sheets.isEmpty, "\(name): a grid has a sheet")
        for sheet in result.grid.sheets {
            #expect(sheet.cellCount <= limits.maxCellsPerSheet)
            var rows = 0, columns = 0
            for (ref, cell) in sheet.sortedCells {
                #expect(ref.row < CellRef.maxRows && ref.column < CellRef.maxColumns, "\(name): \(ref.a1) out of bounds")
                rows = max(rows, ref.row + 1)
                columns = max(columns, ref.column + 1)
                if case .text(let s) = cell.value {
                    #expect(s == s.precomposedStringWithCanonicalMapping, "\(name) \(ref.a1): text is NFC")
                }
                if case .number(let d) = cell.value { #expect(d.isFinite, "\(name) \(ref.a1): finite number") }
            }
            #expect(sheet.rowCount == rows && sheet.columnCount == columns, "\(name): extent matches the cells")
        }
    }

    @Test(arguments: ["producers/xlsxwriter.xlsx", "producers/libreoffice.xlsx", "quirks/shared-strings.xlsx",
                      "producers/utf16le-tab.txt", "producers/cp1258.csv",
                      "../formats/producers/libreoffice.ods", "../formats/producers/libreoffice.fods",
                      "../formats/producers/libreoffice.xls", "../formats/quirks/values.ods",
                      "../formats/quirks/values.xls", "../formats/quirks/biff5-cp1258.xls",
                      "../formats/quirks/sst-continue.xls", "../formats/producers/libreoffice-long-strings.xls"])
    func mutatedFilesEndInATypedErrorOrASoundGrid(_ name: String) throws {
        let original = try #require(FileManagerBytes.load(Fixtures.path(name)))
        let isWorkbook = [".xlsx", ".ods", ".fods", ".xls"].contains { name.hasSuffix($0) }
        let allowed = isWorkbook ? Self.workbookCodes : Self.textCodes
        var rng = XorShift(state: 0x9E37_79B9_7F4A_7C15)
        for round in 0..<300 {
            var bytes = original
            let truncated = round % 3 == 1
            switch round % 3 {
            case 0:  // flip a few bits
                for _ in 0..<(1 + round % 5) {
                    let i = Int.random(in: 0..<bytes.count, using: &rng)
                    bytes[i] ^= UInt8(1 << Int.random(in: 0..<8, using: &rng))
                }
            case 1:  // truncate
                bytes.removeLast(Int.random(in: 1..<bytes.count, using: &rng))
            default:  // overwrite a run with random bytes
                let start = Int.random(in: 0..<bytes.count, using: &rng)
                for i in start..<min(bytes.count, start + 16) { bytes[i] = UInt8.random(in: 0...255, using: &rng) }
            }
            let first = Self.outcome(bytes, name: name)
            #expect(Self.outcome(bytes, name: name) == first, "\(name) round \(round): the same bytes read the same")
            switch first {
            case .refused(let code):
                #expect(allowed.contains(code), "\(name) round \(round): \(code.rawValue) is not a \(isWorkbook ? "workbook" : "text") failure")
            case .read:
                // A ZIP loses its central directory (at the end) when cut: it can never read.
                let isZip = name.hasSuffix(".xlsx") || name.hasSuffix(".ods")
                #expect(!(isZip && truncated), "\(name) round \(round): a truncated workbook was read")
            }
        }
    }
}
