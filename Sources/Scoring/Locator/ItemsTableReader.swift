import SheetModel

/// The items table as read: its lines, written total and where it ends.
struct ItemsTable {
    var header: ItemsTableHeader
    var items: [SubmittedItem] = []
    var writtenTotal: Entry = .missing
    var findings: [Finding] = []
    /// Last row that belongs to the table (the total row, or the last line).
    var lastRow: Int
    /// Number of distinct rubric lines found.
    var matched: Int { items.count }
}

/// Reads the lines of an items table below its header.
struct ItemsTableReader {
    let index: SheetIndex
    let plan: LocatorPlan
    let cells: CellReader

    /// Reads every line from below the header to the total row or the next block.
    func read(_ header: ItemsTableHeader) -> ItemsTable {
        var table = ItemsTable(header: header, lastRow: header.lastRow)
        let columns = header.columns
        let codeColumn = columns[.code]!
        let textColumn = columns[.text]
        var resolver = ItemCodeResolver(plan: plan)
        var seen = Set<String>()
        for r in index.rows where r > header.lastRow {
            let row = index.row(r)
            let leftmost = row.first?.ref.column ?? codeColumn
            let labels = index.labels(inRow: r).filter {
                $0.ref.column == codeColumn || $0.ref.column == textColumn
                    || $0.ref.column == leftmost
            }
            if labels.contains(where: { $0.roles.contains(.total) }) {
                table.writtenTotal = cells.entry(CellRef(row: r, column: columns[.claimed]!))
                table.lastRow = r
                break
            }
            if labels.contains(where: { $0.roles.contains(where: Self.endsTable) }) { break }
            let codeRef = CellRef(row: r, column: codeColumn)
            switch resolver.resolve(index.sheet[codeRef].value) {
            case .line(let code):
                table.lastRow = r
                guard seen.insert(code).inserted else {
                    table.findings.append(LocatorFindings.duplicateItem(code, at: cells.location(codeRef)))
                    continue
                }
                table.items.append(line(code, row: r, codeRef: codeRef, columns: columns))
            case .unknown(let raw):
                let claimed = columns[.claimed].map { index.sheet[r, $0].value } ?? .empty
                table.findings.append(LocatorFindings.unknownItem(
                    index.sheet[codeRef].value.displayText.trimmingWhitespace(), normalized: raw,
                    claimed: !SheetIndex.isBlank(claimed), at: cells.location(codeRef)))
            case .parent, .none:
                continue
            }
        }
        return table
    }

    /// One line's entries.
    private func line(_ code: String, row r: Int, codeRef: CellRef,
                      columns: [ItemColumn: Int]) -> SubmittedItem {
        func entry(_ column: ItemColumn, followMerge: Bool = false) -> Entry {
            guard let c = columns[column] else { return .missing }
            return cells.entry(CellRef(row: r, column: c), followMerge: followMerge)
        }
        return SubmittedItem(code: code, location: cells.location(codeRef),
                             claimed: entry(.claimed), verified: entry(.verified),
                             evidence: entry(.evidence, followMerge: true),
                             note: entry(.note, followMerge: true))
    }

    /// Labels that start another block, below which the table cannot go on.
    static func endsTable(_ role: LabelRole) -> Bool {
        switch role {
        case .countsBlock, .nomineesBlock, .count, .rating, .header, .nomineeColumn, .signature: return true
        case .column, .total: return false
        }
    }
}

/// Makes entries of one sheet's cells, with their locations.
struct CellReader {
    let index: SheetIndex
    let file: String

    /// Where a cell is.
    func location(_ ref: CellRef) -> SourceLocation {
        SourceLocation(file: file, sheet: index.sheet.name, cell: ref)
    }

    /// The entry of a cell: trimmed text, the formula flag, its location (also when empty).
    func entry(_ ref: CellRef, followMerge: Bool = false) -> Entry {
        let (at, cell) = index.cell(at: ref, followMerge: followMerge)
        return Entry(Self.trimmed(cell.value), at: location(at), isFormula: cell.isFormula)
    }

    /// A text value trimmed (blank text becomes `.empty`); other values unchanged.
    static func trimmed(_ value: CellValue) -> CellValue {
        guard case .text(let s) = value else { return value }
        let t = s.trimmingWhitespace()
        return t.isEmpty ? .empty : (t.utf8.count == s.utf8.count ? value : .text(t))
    }
}
