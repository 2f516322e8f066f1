import SheetModel

/// Reads the nominations table: its header row and the rows below it.
struct NomineesReader {
    let index: SheetIndex
    let cells: CellReader
    /// Fully empty rows in a row that end the table.
    static let emptyRunLimit = 5

    /// The nominees and the rows the table spans (header to last row read), or nil
    /// when the sheet has no nominee header row below `after`.
    func read(after: Int) -> (nominees: [Nominee], rows: ClosedRange<Int>)? {
        let blockTitle = index.labels.first {
            $0.ref.row > after && $0.roles.contains(.nomineesBlock)
        }?.ref.row ?? after
        guard let (headerRow, columns) = header(after: blockTitle) else { return nil }
        var nominees: [Nominee] = []
        var lastRow = headerRow
        var lastFilled = headerRow
        let used = Array(columns.values)
        for r in index.rows where r > headerRow {
            if r - lastFilled > Self.emptyRunLimit { break }
            let labels = index.labels(inRow: r)
            if labels.contains(where: { $0.roles.contains { !Self.isNomineeColumn($0) } }) { break }
            lastRow = r
            if index.isEmpty(row: r, columns: used) { continue }
            lastFilled = r
            func entry(_ column: NomineeColumn) -> Entry {
                guard let c = columns[column] else { return .missing }
                return cells.entry(CellRef(row: r, column: c))
            }
            nominees.append(Nominee(name: entry(.name), position: entry(.position),
                                    partyMember: entry(.partyMember),
                                    achievements: entry(.achievements)))
        }
        return (nominees, headerRow...lastRow)
    }

    /// The first row at or below `row` with a name column and at least one other
    /// nominee column.
    private func header(after row: Int) -> (Int, [NomineeColumn: Int])? {
        var r = -1
        var best: [NomineeColumn: (priority: Int, column: Int)] = [:]
        for hit in index.labels where hit.ref.row >= row && hit.inlineValue == nil {
            if hit.ref.row != r {
                if best[.name] != nil, best.count >= 2 { break }
                r = hit.ref.row
                best = [:]
            }
            for case .nomineeColumn(let field, let priority) in hit.roles {
                if let current = best[field], (current.priority, current.column)
                    <= (priority, hit.ref.column) { continue }
                best[field] = (priority, hit.ref.column)
            }
        }
        guard best[.name] != nil, best.count >= 2 else { return nil }
        return (r, best.mapValues(\.column))
    }

    static func isNomineeColumn(_ role: LabelRole) -> Bool {
        if case .nomineeColumn = role { return true }
        return false
    }
}
