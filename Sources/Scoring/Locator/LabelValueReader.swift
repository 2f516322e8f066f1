import SheetModel

/// Reads label/value pairs: the header block, the counts and the rating.
struct LabelValueReader {
    let index: SheetIndex
    let plan: LocatorPlan
    let cells: CellReader

    /// The value of a label: the text after its colon; else the first non-empty cell
    /// to the right (past a merged label area); else the cell below; else the empty
    /// cell right of the label.
    func value(of hit: LabelHit) -> Entry {
        if let inline = hit.inlineValue {
            return Entry(.text(String(inline)), at: cells.location(hit.ref))
        }
        let start = index.lastColumn(ofArea: hit.ref) + 1
        let inputRef = CellRef(row: hit.ref.row, column: start)
        if let right = index.row(hit.ref.row).first(where: { $0.ref.column >= start }) {
            // another label in the same row means this one's value was left empty
            return index.labelAt[right.ref] == nil ? cells.entry(right.ref) : Entry(.empty, at: cells.location(inputRef))
        }
        let below = CellRef(row: index.lastRow(ofArea: hit.ref) + 1, column: hit.ref.column)
        if !SheetIndex.isBlank(index.sheet[below].value), index.labelAt[below] == nil {
            return cells.entry(below)
        }
        return Entry(.empty, at: cells.location(inputRef))
    }

    /// Fills the header fields, counts and rating from labels outside `excluded` rows.
    func read(into submission: inout Submission, excluded: [ClosedRange<Int>]) {
        for hit in index.labels where !excluded.contains(where: { $0.contains(hit.ref.row) }) {
            for role in hit.roles {
                switch role {
                case .header(let field) where submission[field].location == nil:
                    submission[field] = value(of: hit)
                case .count(let key) where submission.counts[key] == nil:
                    submission.counts[key] = value(of: hit)
                case .rating where submission.rating.location == nil:
                    submission.rating = value(of: hit)
                default:
                    continue
                }
                break
            }
        }
    }

    /// Counts whose label was retyped: the row's first cell shares distinctive words
    /// with one count label only (rows in `rows`, not already labels).
    func readRetypedCounts(into submission: inout Submission, rows: ClosedRange<Int>) {
        let missing = plan.countKeywords.filter { submission.counts[$0.key] == nil && !$0.words.isEmpty }
        guard !missing.isEmpty else { return }
        var found = Set<String>()
        for r in index.rows where rows.contains(r) {
            guard let first = index.row(r).first, index.labelAt[first.ref] == nil,
                  case .text(let text) = first.cell.value, text.utf8.count <= 400 else { continue }
            let inline = LabelKey.splitInline(text)
            let words = LocatorPlan.words(of: inline.map { $0.label } ?? Substring(text))
            var best: (key: String, score: Int)?
            var tie = false
            for (key, distinctive) in missing where !found.contains(key) {
                let score = words.intersection(distinctive).count
                guard score > 0 else { continue }
                if let b = best, b.score == score { tie = true } else if score > (best?.score ?? 0) {
                    best = (key, score); tie = false
                }
            }
            guard let best, !tie else { continue }
            found.insert(best.key)
            let hit = LabelHit(ref: first.ref, roles: [.count(best.key)], inlineValue: inline?.value)
            submission.counts[best.key] = value(of: hit)
        }
    }
}

extension Submission {
    /// The entry of a header field.
    subscript(field: HeaderField) -> Entry {
        get {
            switch field {
            case .unitName: unitName
            case .unitCode: unitCode
            case .unitType: unitType
            case .period: period
            case .date: date
            case .preparer: preparer
            case .phone: phone
            }
        }
        set {
            switch field {
            case .unitName: unitName = newValue
            case .unitCode: unitCode = newValue
            case .unitType: unitType = newValue
            case .period: period = newValue
            case .date: date = newValue
            case .preparer: preparer = newValue
            case .phone: phone = newValue
            }
        }
    }
}
