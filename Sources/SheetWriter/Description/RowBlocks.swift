extension SheetDescription {
    /// Rows made only when they are written (a block per unit or file), so that a table of
    /// every unit is never held whole: `rowCount` rows in all, from `block(0)` …
    /// `block(count - 1)`, placed before `rows[at]` (after the rows added before them).
    public struct RowBlocks: Sendable {
        public var at: Int
        public var rowCount: Int
        public var count: Int
        public var block: @Sendable (Int) -> [Row]

        @usableFromInline
        init(at: Int, rowCount: Int, count: Int, block: @escaping @Sendable (Int) -> [Row]) {
            self.at = at
            self.rowCount = rowCount
            self.count = count
            self.block = block
        }

        /// Every row, in order.
        @inlinable public var all: [Row] { (0..<count).flatMap(block) }
    }

    /// Adds `rowCount` rows made by `count` blocks when the sheet is written, after the rows
    /// added so far; returns the rows they will take, nil when none.
    @inlinable @discardableResult
    public mutating func addBlocks(rowCount: Int, count: Int,
                                   _ block: @escaping @Sendable (Int) -> [Row]) -> ClosedRange<Int>? {
        let first = nextRow
        blocks.append(RowBlocks(at: rows.count, rowCount: rowCount, count: count, block: block))
        return rowCount > 0 ? first...(first + rowCount - 1) : nil
    }

    /// The sheet with its blocks made into rows (what tests and golden files look at).
    @inlinable public func materialized() -> Self {
        guard !blocks.isEmpty else { return self }
        var s = self
        for b in blocks.reversed() { s.rows.insert(contentsOf: b.all, at: b.at) }
        s.blocks = []
        return s
    }

    /// Every row in order, each block's made only when reached: `body(row, index)`;
    /// `body` returns false to stop.
    @inlinable public func eachRow<E: Error>(_ body: (Row, Int) throws(E) -> Bool) throws(E) {
        var r = 0, next = 0
        for b in blocks {
            while next < b.at {
                guard try body(rows[next], r) else { return }
                next += 1
                r += 1
            }
            for k in 0..<b.count {
                for row in b.block(k) {
                    guard try body(row, r) else { return }
                    r += 1
                }
            }
        }
        while next < rows.count {
            guard try body(rows[next], r) else { return }
            next += 1
            r += 1
        }
    }
}

extension SheetDescription.RowBlocks: Equatable {
    /// Equal when they make the same rows in the same place.
    public static func == (a: Self, b: Self) -> Bool { a.at == b.at && a.rowCount == b.rowCount && a.all == b.all }
}
