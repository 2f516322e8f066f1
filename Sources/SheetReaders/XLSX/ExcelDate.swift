import SheetModel

/// Excel serial dates and ISO 8601 `d` cells, as wall-clock `DateTimeValue`s.
enum ExcelDate {
    /// Converts a serial (see `DateTimeValue.init(excelSerial:date1904:)`); nil for
    /// negative or absurd serials, which then stay numbers.
    static func fromSerial(_ serial: Double, date1904: Bool) -> DateTimeValue? {
        DateTimeValue(excelSerial: serial, date1904: date1904)
    }

    /// Parses `YYYY-MM-DD`, `YYYY-MM-DDTHH:MM[:SS[.fff]][Z|±hh:mm]` (the zone is dropped: cells
    /// are wall-clock) or `THH:MM:SS` / `HH:MM:SS` (time only, on 1899-12-30 like Excel).
    static func fromISO(_ b: UnsafeBufferPointer<UInt8>) -> DateTimeValue? {
        var i = 0
        func num(_ width: Int) -> Int? {
            guard i + width <= b.count else { return nil }
            var v = 0
            for k in i..<(i + width) {
                guard b[k] &- 0x30 < 10 else { return nil }
                v = v * 10 + Int(b[k] - 0x30)
            }
            i += width
            return v
        }
        func expect(_ c: UInt8) -> Bool {
            guard i < b.count, b[i] == c else { return false }
            i += 1
            return true
        }
        var value = DateTimeValue(year: 1899, month: 12, day: 30)
        let timeOnly = b.count >= 3 && (b[0] == 0x54 || b[2] == 0x3A)
        if !timeOnly {
            guard let y = num(4), expect(0x2D), let m = num(2), expect(0x2D), let d = num(2),
                  (1...12).contains(m), (1...31).contains(d) else { return nil }
            value = DateTimeValue(year: y, month: m, day: d)
            if i == b.count { return value }
            guard expect(0x54) || expect(0x20) else { return nil }
        } else {
            _ = expect(0x54)
        }
        guard let h = num(2), expect(0x3A), let mi = num(2), h < 24, mi < 60 else { return nil }
        value.hour = h
        value.minute = mi
        if expect(0x3A) {
            guard let s = num(2), s < 61 else { return nil }
            value.second = min(s, 59)
        }
        return value
    }
}

extension CellRef {
    /// Parses an A1 reference from bytes; nil when malformed (same syntax as `init?(a1:)`).
    static func parse(_ b: UnsafeBufferPointer<UInt8>) -> CellRef? {
        var col = 0, row = 0, letters = 0, digits = 0
        for u in b {
            switch u {
            case 0x24: continue
            case 0x41...0x5A, 0x61...0x7A:
                guard digits == 0, letters < 3 else { return nil }
                col = col * 26 + Int((u | 0x20) - 0x61) + 1
                letters += 1
            case 0x30...0x39:
                guard letters > 0, digits < 7 else { return nil }
                row = row * 10 + Int(u - 0x30)
                digits += 1
            default: return nil
            }
        }
        guard letters > 0, digits > 0, row >= 1, row <= maxRows, col <= maxColumns else { return nil }
        return CellRef(row: row - 1, column: col - 1)
    }
}

extension CellRange {
    /// Parses `A1:C2` or `A1` from bytes (same syntax as `init?(a1:)`).
    static func parse(_ b: UnsafeBufferPointer<UInt8>) -> CellRange? {
        var colon = -1
        for i in b.indices where b[i] == 0x3A {
            guard colon < 0 else { return nil }
            colon = i
        }
        if colon < 0 {
            guard let a = CellRef.parse(b) else { return nil }
            return CellRange(first: a, last: a)
        }
        guard let a = CellRef.parse(UnsafeBufferPointer(rebasing: b[..<colon])),
              let z = CellRef.parse(UnsafeBufferPointer(rebasing: b[(colon + 1)...])) else { return nil }
        return CellRange(first: a, last: z)
    }
}
