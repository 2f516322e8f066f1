extension SheetDescription {
    /// A row of the sheet's width (padded with nothing), `height` points tall or of the
    /// default height.
    @inlinable public func row(_ cells: [Cell?], height: Double? = nil) -> Row {
        Row(cells: padded(cells), height: height)
    }

    /// A row of the sheet's width whose height fits its wrapped texts, at least `minimum`.
    @inlinable public func row(_ cells: [Cell?], fitting minimum: Double) -> Row {
        let cells = padded(cells)
        var h = minimum
        for c in cells.indices {
            guard let cell = cells[c], case .text(let s) = cell.content, let size = cell.style.wrapSize else { continue }
            h = max(h, RowHeight.estimate(text: s, width: width(c, span: cell.span), fontSize: size))
        }
        return Row(cells: cells, height: min(RowHeight.maximum, h))
    }

    /// `row(_:fitting:)`, remembering in `memo` the heights of the texts it fits: tables
    /// that repeat the same texts (criteria, names, statuses) fit each once.
    @inlinable public func row(_ cells: [Cell?], fitting minimum: Double, memo: inout RowHeight.Memo) -> Row {
        let cells = padded(cells)
        var h = minimum
        for c in cells.indices {
            guard let cell = cells[c], case .text(let s) = cell.content, !s.isEmpty, let size = cell.style.wrapSize else { continue }
            h = max(h, memo.estimate(text: s, width: width(c, span: cell.span), fontSize: size))
        }
        return Row(cells: cells, height: min(RowHeight.maximum, h))
    }

    /// Appends a row and returns its index.
    @inlinable @discardableResult
    public mutating func add(_ row: Row) -> Int {
        rows.append(row)
        return nextRow - 1
    }

    /// The cell at a row made beforehand (nil past them or where nothing is written).
    /// Setting one adds the rows and columns it needs.
    @inlinable public subscript(row: Int, col: Int) -> Cell? {
        get {
            guard row < rows.count, col < rows[row].cells.count else { return nil }
            return rows[row].cells[col]
        }
        set {
            if rows.count <= row { rows += Array(repeating: Row(cells: []), count: row + 1 - rows.count) }
            if rows[row].cells.count <= col {
                rows[row].cells += Array(repeating: nil, count: max(columnCount, col + 1) - rows[row].cells.count)
            }
            rows[row].cells[col] = newValue
        }
    }

    /// Sets row `row`'s height, adding the rows it needs.
    @inlinable public mutating func setHeight(_ row: Int, _ height: Double?) {
        if rows.count <= row { rows += Array(repeating: Row(cells: []), count: row + 1 - rows.count) }
        rows[row].height = height
    }

    /// Text of a cell made beforehand (a number's digits, a formula with its `=`, "" for an
    /// empty cell), for tests and callers that read a description back.
    @inlinable public func text(_ row: Int, _ col: Int) -> String? {
        guard let cell = self[row, col] else { return nil }
        switch cell.content {
        case .text(let s): return s
        case .number(let n): return String(n)
        case .date(let d): return d.description
        case .formula(let f, _, _): return "=" + f
        case .empty: return ""
        }
    }

    /// Number of a cell made beforehand (a number, or a formula's cached number).
    @inlinable public func number(_ row: Int, _ col: Int) -> Double? {
        switch self[row, col]?.content {
        case .number(let n)?: return n
        case .formula(_, .number(let v), _)?: return v
        default: return nil
        }
    }

    @inlinable
    func padded(_ cells: [Cell?]) -> [Cell?] {
        cells.count >= columnCount ? cells : cells + Array(repeating: nil, count: columnCount - cells.count)
    }
}
