import SheetModel

/// Reads the `table:table` elements of an OpenDocument body into sheets, streaming.
///
/// Repeats are never expanded blindly: a row or cell run without a value is padding and
/// only moves the position (LibreOffice pads every row to column 16384 and every sheet to
/// row 1048576); a run that carries a value is counted against the cell limits *before* it
/// is expanded, so a tiny file that declares billions of cells fails at once.
final class ODFTableReader {
    private let styles: ODFStyles
    private let file: String
    private let part: String
    private let options: ReadOptions
    private var limits: ReadLimits { options.limits }
    private let budget = CellBudget()

    private(set) var sheets: [Sheet] = []
    /// Tables seen, read or not (for the `sheetsSkipped` note).
    private(set) var tablesSeen = 0
    private var textBytes = 0
    private var failure: ReadError?
    private var depth = 0
    /// Depth of an element whose content is ignored (a nested table), or 0.
    private var ignoreFrom = 0

    // The current table (nil outside a table or when the table is skipped).
    private var inTable = false
    private var tableDepth = 0
    private var sheet: Sheet?
    private var row = 0
    private var cellsInSheet = 0
    private var mergesInSheet = 0
    private var columnStyles: [(start: Int, count: Int, style: String)] = []
    private var columnsDeclared = 0

    // The current row.
    private var rowRepeat = 1
    private var rowStyle: String?
    private var column = 0
    private var runs: [(column: Int, count: Int, cell: Cell, legacy: LegacyFontEncoding?)] = []
    private var runCells = 0
    private var spans: [(column: Int, count: Int, columns: Int, rows: Int)] = []

    // The current cell.
    private var inCell = false
    private var cellDepth = 0
    private var cell = ODFCell()
    private var paragraphDepth = 0
    private var blockedFrom = 0
    private var lastWasSpace = true
    private var fonts: [LegacyFontEncoding?] = []
    private var sawUnicodeText = false
    private var legacySeen: LegacyFontEncoding?
    private var legacyMixed = false

    init(styles: ODFStyles, file: String, part: String, options: ReadOptions) {
        self.styles = styles
        self.file = file
        self.part = part
        self.options = options
    }

    func start(_ name: XMLName, _ attributes: XMLAttributes) throws(ReadError) {
        if let failure { throw failure }
        depth += 1
        if ignoreFrom > 0 { return }
        if inCell {
            try startInCell(name, attributes)
        } else if name.is("table-cell") || name.is("covered-table-cell") {
            guard inTable else { return }
            inCell = true
            cellDepth = depth
            cell.start(attributes)
            sawUnicodeText = false
            legacySeen = nil
            legacyMixed = false
            let style = cell.styleName ?? rowStyle ?? columnStyle(at: column) ?? "Default"
            fonts = [styles.encoding(family: "table-cell", style: style)]
        } else if name.is("table-row") {
            guard inTable else { return }
            rowRepeat = attributes.value("number-rows-repeated").map(ODFCell.count) ?? 1
            rowStyle = attributes.string("default-cell-style-name")
            column = 0
            runs.removeAll(keepingCapacity: true)
            spans.removeAll(keepingCapacity: true)
            runCells = 0
        } else if name.is("table-column") {
            guard inTable else { return }
            let count = attributes.value("number-columns-repeated").map(ODFCell.count) ?? 1
            if let style = attributes.string("default-cell-style-name"), style != "Default", columnStyles.count < 10_000 {
                columnStyles.append((columnsDeclared, count, style))
            }
            columnsDeclared = min(columnsDeclared + count, 1 << 41)
        } else if name.is("table") {
            if inTable { ignoreFrom = depth; return }
            try startTable(attributes)
        }
    }

    private func startTable(_ attributes: XMLAttributes) throws(ReadError) {
        tablesSeen += 1
        guard tablesSeen <= limits.maxSheets else {
            throw ReadError(.tooManySheets, file: file, part: part, detail: "> \(limits.maxSheets)")
        }
        inTable = true
        tableDepth = depth
        row = 0
        cellsInSheet = 0
        mergesInSheet = 0
        columnStyles.removeAll()
        columnsDeclared = 0
        let name = Text.nfc(attributes.string("name") ?? "Sheet\(tablesSeen)")
        let state: SheetState = styles.isDisplayed(tableStyle: attributes.string("style-name")) ? .visible : .hidden
        let wanted = !(options.visibleOnly && state != .visible) && sheets.count < (options.maxSheets ?? .max)
        sheet = wanted ? Sheet(name: name, state: state) : nil
    }

    private func startInCell(_ name: XMLName, _ attributes: XMLAttributes) throws(ReadError) {
        if name.is("table") { ignoreFrom = depth; return }
        if paragraphDepth == 0 {
            // Only paragraphs that are children of the cell hold its text (not annotations, shapes).
            guard depth == cellDepth + 1, name.is("p") || name.is("h") else { return }
            paragraphDepth = depth
            if cell.paragraphs > 0 { try append(0x0A, count: 1) }
            cell.paragraphs += 1
            lastWasSpace = true
            return
        }
        if blockedFrom > 0 { return }
        if name.is("annotation") || name.is("frame") || name.is("note") { blockedFrom = depth; return }
        if name.is("s") {
            let n = attributes.value("c").map(ODFCell.count) ?? 1
            try append(0x20, count: n)
            lastWasSpace = false
        } else if name.is("tab") {
            try append(0x09, count: 1)
            lastWasSpace = false
        } else if name.is("line-break") {
            try append(0x0A, count: 1)
            lastWasSpace = true
        } else if name.is("span") {
            let style = attributes.string("style-name")
            let inherited = fonts.last ?? nil
            fonts.append(styles.hasFont(family: "text", name: style) ? styles.encoding(family: "text", style: style) : inherited)
        }
    }

    func end(_ name: XMLName) throws(ReadError) {
        if let failure { throw failure }
        defer { depth -= 1 }
        if ignoreFrom > 0 {
            if depth == ignoreFrom { ignoreFrom = 0 }
            return
        }
        if inCell {
            if depth == cellDepth {
                inCell = false
                try endCell()
            } else if depth == paragraphDepth {
                paragraphDepth = 0
            } else if depth == blockedFrom {
                blockedFrom = 0
            } else if paragraphDepth > 0, blockedFrom == 0, name.is("span"), fonts.count > 1 {
                fonts.removeLast()
            }
        } else if inTable, name.is("table-row") {
            try endRow()
        } else if inTable, depth == tableDepth {
            inTable = false
            if let sheet { sheets.append(sheet) }
            sheet = nil
        }
    }

    /// Character data; a limit passed here is thrown at the next element.
    func text(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard failure == nil, inCell, paragraphDepth > 0, blockedFrom == 0, ignoreFrom == 0 else { return }
        var visible = false
        cell.text.reserveCapacity(cell.text.count + bytes.count)
        for c in bytes {
            if c == 0x20 || c == 0x09 || c == 0x0A || c == 0x0D {
                if lastWasSpace { continue }
                cell.text.append(0x20)
                lastWasSpace = true
            } else {
                cell.text.append(c)
                lastWasSpace = false
                visible = true
            }
        }
        textBytes += bytes.count
        if textBytes > limits.maxSharedStringBytes {
            failure = ReadError(.tooManySharedStrings, file: file, part: part,
                                detail: "> \(limits.maxSharedStringBytes) bytes of text")
        }
        if visible { noteFont() }
    }

    /// Throws a limit that character data passed after the last element.
    func finish() throws(ReadError) {
        if let failure { throw failure }
    }

    private func noteFont() {
        guard let top = fonts.last else { return }
        if let encoding = top {
            if let seen = legacySeen, seen != encoding { legacyMixed = true }
            legacySeen = encoding
        } else {
            sawUnicodeText = true
        }
    }

    private func append(_ byte: UInt8, count: Int) throws(ReadError) {
        guard count <= limits.maxSharedStringBytes - textBytes else {
            throw ReadError(.tooManySharedStrings, file: file, part: part, detail: "> \(limits.maxSharedStringBytes) bytes of text")
        }
        textBytes += count
        cell.text.append(contentsOf: repeatElement(byte, count: count))
    }

    private func columnStyle(at column: Int) -> String? {
        columnStyles.first { column >= $0.start && column < $0.start + $0.count }?.style
    }
}

extension ODFTableReader {
    private func endCell() throws(ReadError) {
        let width = cell.columnsRepeated
        let value = cell.cellValue()
        if value != .empty || cell.isFormula {
            var legacy: LegacyFontEncoding?
            if case .text = value, !sawUnicodeText, !legacyMixed {
                legacy = cell.text.isEmpty ? (fonts.first ?? nil) : legacySeen
            }
            runCells += width
            guard runCells <= limits.maxCellsPerSheet else { throw tooManyCells(column) }
            guard column + width <= CellRef.maxColumns else {
                throw ReadError(.badCellReference, file: file, sheet: sheet?.name, detail: "column \(column + width)")
            }
            runs.append((column, width, Cell(value, isFormula: cell.isFormula), legacy))
        }
        if cell.columnsSpanned > 1 || cell.rowsSpanned > 1 {
            guard spans.count < limits.maxCellsPerSheet else { throw tooManyCells(column) }
            spans.append((column, width, cell.columnsSpanned, cell.rowsSpanned))
        }
        column = min(column + width, 1 << 41)
    }

    private func tooManyCells(_ column: Int) -> ReadError {
        ReadError(.tooManyCells, file: file, sheet: sheet?.name,
                  cell: CellRef(row: min(row, CellRef.maxRows - 1), column: min(column, CellRef.maxColumns - 1)),
                  detail: "> \(min(limits.maxCellsPerSheet, limits.maxCellsPerFile))")
    }

    /// Ends a row: padding only moves down; content is checked against every limit, then
    /// expanded `rowRepeat` times.
    private func endRow() throws(ReadError) {
        defer { row = min(row + rowRepeat, 1 << 41) }
        guard !runs.isEmpty || !spans.isEmpty else { return }
        let first = runs.first?.column ?? spans[0].column
        let (total, overflow) = runCells.multipliedReportingOverflow(by: rowRepeat)
        guard !overflow, total <= limits.maxCellsPerSheet - cellsInSheet,
              total <= limits.maxCellsPerFile - budget.used else { throw tooManyCells(first) }
        let (merges, mergeOverflow) = spans.count.multipliedReportingOverflow(by: rowRepeat)
        guard !mergeOverflow, merges <= limits.maxCellsPerSheet - mergesInSheet else { throw tooManyCells(first) }
        guard row + rowRepeat <= CellRef.maxRows else {
            throw ReadError(.badCellReference, file: file, sheet: sheet?.name, detail: "row \(row + rowRepeat)")
        }
        cellsInSheet += total
        budget.used += total
        mergesInSheet += merges
        guard var sheet = self.sheet else { return }
        self.sheet = nil  // keep the cells uniquely referenced while they grow
        if let last = runs.last {
            let rows = max(sheet.rowCount, row + rowRepeat), columns = max(sheet.columnCount, last.column + last.count)
            guard rows.multipliedReportingOverflow(by: columns).partialValue <= limits.maxExtentCells,
                  !rows.multipliedReportingOverflow(by: columns).overflow else {
                throw ReadError(.extentTooLarge, file: file, sheet: sheet.name,
                                cell: CellRef(row: row + rowRepeat - 1, column: last.column + last.count - 1),
                                detail: "\(rows) × \(columns)")
            }
        }
        for r in row..<(row + rowRepeat) {
            for run in runs {
                for c in run.column..<(run.column + run.count) {
                    let ref = CellRef(row: r, column: c)
                    sheet.set(run.cell, at: ref)
                    if let legacy = run.legacy { sheet.legacyFontCells[ref] = legacy }
                }
            }
            for span in spans {
                for c in span.column..<(span.column + span.count) {
                    let lastRow = min(r + span.rows - 1, CellRef.maxRows - 1)
                    let lastColumn = min(c + span.columns - 1, CellRef.maxColumns - 1)
                    sheet.merged.append(CellRange(first: CellRef(row: r, column: c),
                                                  last: CellRef(row: lastRow, column: lastColumn)))
                }
            }
        }
        self.sheet = sheet
    }
}
