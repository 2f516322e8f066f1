import SheetModel

/// The items table's header: where it is and which column holds what.
struct ItemsTableHeader {
    /// First header row.
    var row: Int
    /// Last header row (row + 1 for a two-row header).
    var lastRow: Int
    /// Column of each field found.
    var columns: [ItemColumn: Int]

    /// Header candidates of a sheet, in row order: every row holding a column label
    /// with, together with the row below (two-row or merged headers), at least the
    /// code and claimed columns.
    static func candidates(in index: SheetIndex, plan: LocatorPlan) -> [ItemsTableHeader] {
        var rows: [Int] = []
        for hit in index.labels where hit.inlineValue == nil && rows.last != hit.ref.row {
            if hit.roles.contains(where: { if case .column = $0 { true } else { false } }) {
                rows.append(hit.ref.row)
            }
        }
        return rows.compactMap { header(at: $0, in: index, plan: plan) }
    }

    /// Reads the header starting at row `r`, or nil without code and claimed columns.
    static func header(at r: Int, in index: SheetIndex, plan: LocatorPlan) -> ItemsTableHeader? {
        var best: [ItemColumn: (priority: Int, column: Int)] = [:]
        var usesNextRow = false
        var columnsSeen = Set<Int>()
        var columns: [Int] = []
        for (ref, _) in index.row(r) where columnsSeen.insert(ref.column).inserted {
            columns.append(ref.column)
        }
        for (ref, _) in index.row(r + 1) where columnsSeen.insert(ref.column).inserted {
            columns.append(ref.column)
        }
        // columns under a merged top cell ("Điểm" over three sub-columns)
        for area in index.sheet.merged where area.first.row == r && area.last.column > area.first.column {
            for c in area.first.column...area.last.column where columnsSeen.insert(c).inserted {
                columns.append(c)
            }
        }
        func consider(_ text: String, column: Int, fromNextRow: Bool) {
            guard let roles = plan.roles(ofLabel: text) else { return }
            for role in roles {
                guard case .column(let field, let priority) = role else { continue }
                if let current = best[field],
                   (current.priority, current.column) <= (priority, column) { continue }
                best[field] = (priority, column)
                if fromNextRow { usesNextRow = true }
            }
        }
        for c in columns {
            let top = index.cell(at: CellRef(row: r, column: c), followMerge: true)
            let topText = Self.text(top.cell.value)
            let bottomRef = CellRef(row: r + 1, column: c)
            let bottomText = index.sheet.mergedRange(containing: bottomRef)
                .map { $0.first.row <= r ? "" : Self.text(index.sheet[bottomRef].value) }
                ?? Self.text(index.sheet[bottomRef].value)
            if !topText.isEmpty { consider(topText, column: c, fromNextRow: false) }
            if !bottomText.isEmpty {
                consider(bottomText, column: c, fromNextRow: true)
                if !topText.isEmpty {
                    consider(topText + " " + bottomText, column: c, fromNextRow: true)
                }
            }
        }
        guard best[.code] != nil, best[.claimed] != nil else { return nil }
        var map: [ItemColumn: Int] = [:]
        var taken = Set<Int>()
        // a column serves one field: better-priority labels first
        for (field, choice) in best.sorted(by: { ($0.value.priority, $0.value.column) < ($1.value.priority, $1.value.column) })
        where taken.insert(choice.column).inserted {
            map[field] = choice.column
        }
        guard map[.code] != nil, map[.claimed] != nil else { return nil }
        return ItemsTableHeader(row: r, lastRow: usesNextRow ? r + 1 : r, columns: map)
    }

    /// A text cell's text ("" for other values).
    static func text(_ value: CellValue) -> String {
        if case .text(let s) = value { return s }
        return ""
    }
}
