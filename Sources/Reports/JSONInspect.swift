import SheetModel
import SheetReaders

/// The JSON of `thidua inspect --json` (SPEC §9): one line, keys in the order declared here.
///
/// `{"file","format","sheets":[{"name","state","rows":[[CELL…]…]}]}`: rows from row 1 and
/// columns from A; each row ends at its last value (trailing empty columns trimmed) and
/// the sheet at its last row holding a value (trailing empty rows trimmed). CELL is `null`,
/// a string, a number, `true`/`false`, `{"date":…}`, `{"datetime":…}` or `{"error":…}`.
/// The reader's `maxExtentCells` bounds the size of the dense rows. A file that cannot be
/// read gives `{"file","error":{"code","message"}}`; an archive gives
/// `{"file","format","entries":[…]}`, one of those two per entry.
public enum InspectJSON {
    /// The document for a file that was read.
    public static func render(_ result: ReadResult, file: String) -> String {
        line((result: result, file: file), document)
    }

    /// The document for a file that could not be read; `message` is the catalog's sentence.
    public static func render(_ error: ReadError, file: String, message: String) -> String {
        line((error: error, file: file, message: message), failure)
    }

    /// The document for an archive: `entries` are its entries' documents, each made by one
    /// of the two `render` above.
    public static func render(archive file: String, format: String, entries: [String]) -> String {
        line((file: file, format: format, entries: entries), archive)
    }

    /// A JSON string literal, as the documents write it.
    public static func quote(_ s: String) -> String {
        var w = JSONBytes(layout: .compact)
        w.string(s)
        return String(decoding: w.bytes, as: UTF8.self)
    }

    private static func line<Source>(_ source: Source, _ members: JSONMembers<Source>) -> String {
        var w = JSONBytes(layout: .compact)
        w.object(source, members)
        return String(decoding: w.bytes, as: UTF8.self)
    }

    // MARK: Members

    static let document = JSONMembers<(result: ReadResult, file: String)>(inOrder: [
        .string("file") { $0.file },
        .string("format") { $0.result.format.rawValue },
        .list("sheets", sheet) { $0.result.grid.sheets },
    ])

    static let sheet = JSONMembers<Sheet>(inOrder: [
        .string("name") { $0.name },
        // `visible`, `hidden` or `veryHidden`.
        .string("state") { $0.state.rawValue },
        .custom("rows", .list(.list(cell))) { w, sheet in rows(sheet, &w) },
    ])

    static let failure = JSONMembers<(error: ReadError, file: String, message: String)>(inOrder: [
        .string("file") { $0.file },
        .object("error", failureError) { $0 },
    ])

    static let failureError = JSONMembers<(error: ReadError, file: String, message: String)>(inOrder: [
        .string("code") { $0.error.code.rawValue },
        .string("message") { $0.message },
    ])

    static let archive = JSONMembers<(file: String, format: String, entries: [String])>(inOrder: [
        .string("file") { $0.file },
        .string("format") { $0.format },
        .custom("entries", .list(.oneOf([document.shape, failure.shape]))) { w, archive in
            w.openArray()
            for entry in archive.entries {
                w.element()
                w.value(written: entry)
            }
            w.closeArray()
        },
    ])

    // MARK: Cells

    /// A date cell, a date-and-time cell, an error cell (`#DIV/0!`).
    static let date = JSONMembers<DateTimeValue>(inOrder: [.string("date") { $0.isoDate }])
    static let datetime = JSONMembers<DateTimeValue>(inOrder: [.string("datetime") { $0.isoDateTime }])
    static let error = JSONMembers<String>(inOrder: [.string("error") { $0 }])

    /// CELL: `null` for an empty cell.
    static let cell = JSONShape.optional(.oneOf([.string, .number, .bool, date.shape, datetime.shape, error.shape]))

    /// The dense rows of a sheet.
    private static func rows(_ sheet: Sheet, _ w: inout JSONBytes) {
        let cells = sheet.sortedCells.filter { $0.cell.value != .empty }
        w.openArray()
        var row = 0
        var i = 0
        while i < cells.count {
            let r = cells[i].ref.row
            while row < r {
                w.element()
                w.openArray()
                w.closeArray()
                row += 1
            }
            w.element()
            w.openArray()
            var column = 0
            while i < cells.count, cells[i].ref.row == r {
                while column < cells[i].ref.column {
                    w.element()
                    w.null()
                    column += 1
                }
                w.element()
                value(cells[i].cell.value, &w)
                column += 1
                i += 1
            }
            w.closeArray()
            row += 1
        }
        w.closeArray()
    }

    /// One CELL; a number as the listing shows it.
    private static func value(_ v: CellValue, _ w: inout JSONBytes) {
        switch v {
        case .empty: w.null()
        case .text(let s): w.string(s)
        case .number(let d): if d.isFinite { w.number(spelled: CellValue.format(d)) } else { w.null() }
        case .bool(let b): w.bool(b)
        case .date(let d): w.object(d, d.isDateOnly ? date : datetime)
        case .error(let e): w.object(e, error)
        }
    }
}
