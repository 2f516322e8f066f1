/// What the writer boundary (SPEC §12) had to do so that a workbook could be written at
/// all: text cut to the 32,767 characters a cell holds, rows past the 1,048,576 a sheet
/// holds left out. Content is cut before it reaches a workbook, so in a normal run this
/// stays empty; it is the last guard that keeps content from failing a workbook.
public struct RenderLimits: Sendable, Equatable {
    /// A cell whose text was cut.
    public struct Place: Sendable, Equatable {
        public var sheet: String
        /// A1 name of the cell.
        public var cell: String
    }

    /// Cells whose text was cut, in the order written.
    public var cutCells: [Place] = []
    /// Rows left out, by sheet name.
    public var droppedRows: [String: Int] = [:]

    /// Nothing cut, nothing left out.
    public init() {}

    /// True when nothing had to be cut or left out.
    public var isEmpty: Bool { cutCells.isEmpty && droppedRows.isEmpty }

    /// Adds what another workbook had to do.
    public mutating func merge(_ other: RenderLimits) {
        cutCells += other.cutCells
        droppedRows.merge(other.droppedRows, uniquingKeysWith: +)
    }

    /// `text`, cut to what a cell holds (noting the cell) when longer.
    @usableFromInline
    mutating func fitted(_ text: String, sheet: String, row: Int, col: Int) -> String {
        guard let cut = Self.cut(text, to: ExcelLimits.maxStringLength) else { return text }
        cutCells.append(Place(sheet: sheet, cell: ExcelLimits.a1(row: row, column: col)))
        return cut
    }

    /// `text` cut to at most `limit` UTF-16 code units, the last being "…", never inside a
    /// character; nil when it already fits (text of at most `limit` UTF-8 bytes always does).
    static func cut(_ text: String, to limit: Int) -> String? {
        guard limit > 1, text.utf8.count > limit, text.utf16.count > limit else { return nil }
        var used = 0
        var end = text.startIndex
        for index in text.indices {
            let width = text[index].utf16.count
            guard used + width <= limit - 1 else { break }
            used += width
            end = text.index(after: index)
        }
        return String(text[..<end]) + "\u{2026}"
    }
}
