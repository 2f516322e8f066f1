/// A cell address: zero-based row and column, printed A1-style.
public struct CellRef: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// Zero-based row (row 1 is 0).
    public var row: Int
    /// Zero-based column (A is 0).
    public var column: Int

    /// Excel's largest sheet: 1,048,576 rows × 16,384 columns.
    public static let maxRows = 1_048_576
    public static let maxColumns = 16_384

    public init(row: Int, column: Int) {
        self.row = row
        self.column = column
    }

    /// Parses `B7`, `$B$7` or `b7`; nil when malformed or outside Excel's bounds.
    public init?(a1: some StringProtocol) {
        var col = 0, row = 0, letters = 0, digits = 0
        for u in a1.utf8 {
            switch u {
            case UInt8(ascii: "$"): continue
            case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"):
                guard digits == 0, letters < 3 else { return nil }
                col = col * 26 + Int((u | 0x20) - UInt8(ascii: "a")) + 1
                letters += 1
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                guard letters > 0, digits < 7 else { return nil }
                row = row * 10 + Int(u - UInt8(ascii: "0"))
                digits += 1
            default: return nil
            }
        }
        guard letters > 0, digits > 0, row >= 1, row <= Self.maxRows, col <= Self.maxColumns
        else { return nil }
        self.init(row: row - 1, column: col - 1)
    }

    /// Column letters for a zero-based column: 0 → A, 26 → AA.
    public static func columnName(_ column: Int) -> String {
        var n = column + 1
        var scalars: [Unicode.Scalar] = []
        while n > 0 {
            let r = (n - 1) % 26
            scalars.append(Unicode.Scalar(UInt8(65 + r)))
            n = (n - 1) / 26
        }
        return String(String.UnicodeScalarView(scalars.reversed()))
    }

    /// `B7`.
    public var a1: String { Self.columnName(column) + String(row + 1) }
    public var description: String { a1 }

    public static func < (a: Self, b: Self) -> Bool { (a.row, a.column) < (b.row, b.column) }
}

/// A rectangular range such as a merged area, `A1:C2`.
public struct CellRange: Sendable, Hashable, CustomStringConvertible {
    public var first: CellRef
    public var last: CellRef

    public init(first: CellRef, last: CellRef) {
        self.first = CellRef(row: min(first.row, last.row), column: min(first.column, last.column))
        self.last = CellRef(row: max(first.row, last.row), column: max(first.column, last.column))
    }

    /// Parses `A1:C2` (or a single `A1`).
    public init?(a1: some StringProtocol) {
        let parts = a1.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count == 1 || parts.count == 2,
              let a = CellRef(a1: parts[0]), let b = CellRef(a1: parts[parts.count - 1])
        else { return nil }
        self.init(first: a, last: b)
    }

    public func contains(_ ref: CellRef) -> Bool {
        ref.row >= first.row && ref.row <= last.row
            && ref.column >= first.column && ref.column <= last.column
    }

    public var description: String { first == last ? first.a1 : first.a1 + ":" + last.a1 }
}
