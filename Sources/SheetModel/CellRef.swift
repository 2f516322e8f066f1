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

    /// `B7`. Built in place for Excel's grid (a small string, no allocation).
    public var a1: String {
        guard row >= 0, row < Self.maxRows, column >= 0, column < Self.maxColumns else {
            return Self.columnName(column) + String(row + 1)
        }
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 12) { buffer in
            var n = 0
            var c = column + 1
            var letters: (UInt8, UInt8, UInt8) = (0, 0, 0)
            var count = 0
            while c > 0 {
                let r = UInt8((c - 1) % 26)
                switch count {
                case 0: letters.0 = 65 + r
                case 1: letters.1 = 65 + r
                default: letters.2 = 65 + r
                }
                count += 1
                c = (c - 1) / 26
            }
            if count > 2 { buffer[n] = letters.2; n += 1 }
            if count > 1 { buffer[n] = letters.1; n += 1 }
            buffer[n] = letters.0; n += 1
            var digits = 0
            var r = row + 1
            while r > 0 { digits += 1; r /= 10 }
            r = row + 1
            for k in stride(from: n + digits - 1, through: n, by: -1) {
                buffer[k] = UInt8(48 + r % 10)
                r /= 10
            }
            n += digits
            return String(decoding: UnsafeBufferPointer(rebasing: buffer[0..<n]), as: UTF8.self)
        }
    }
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
