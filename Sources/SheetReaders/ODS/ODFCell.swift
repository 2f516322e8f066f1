import SheetModel

/// One `table:table-cell` (or covered cell) being read: its attributes, its text, and the
/// value they give (ODF 1.3 §19.385 `office:value-type`).
struct ODFCell {
    enum ValueType { case none, float, percentage, currency, date, time, boolean, string, error }

    var valueType = ValueType.none
    var value: String?
    var dateValue: String?
    var timeValue: String?
    var booleanValue: String?
    var stringValue: String?
    var isFormula = false
    var styleName: String?
    var columnsRepeated = 1
    var columnsSpanned = 1
    var rowsSpanned = 1
    /// The text of the cell's paragraphs, joined with "\n" (UTF-8).
    var text: [UInt8] = []
    var paragraphs = 0

    /// Reads the attributes of a cell element.
    mutating func start(_ attributes: XMLAttributes) {
        self = ODFCell()
        var i = 0
        while let n = attributes.pairs[i], let v = attributes.pairs[i + 1] {
            i += 2
            let name = XMLName(n)
            if name.is("value-type") {
                // office:value-type and LibreOffice's calcext:value-type; only the latter says "error".
                let type = Self.valueType(v)
                if type == .error || valueType == .none { valueType = type }
            } else if name.is("value") { value = String(cString: v)
            } else if name.is("date-value") { dateValue = String(cString: v)
            } else if name.is("time-value") { timeValue = String(cString: v)
            } else if name.is("boolean-value") { booleanValue = String(cString: v)
            } else if name.is("string-value") { stringValue = String(cString: v)
            } else if name.is("formula") { isFormula = true
            } else if name.is("style-name") { styleName = String(cString: v)
            } else if name.is("number-columns-repeated") { columnsRepeated = Self.count(v)
            } else if name.is("number-columns-spanned") { columnsSpanned = Self.count(v)
            } else if name.is("number-rows-spanned") { rowsSpanned = Self.count(v)
            }
        }
    }

    private static func valueType(_ p: UnsafePointer<CChar>) -> ValueType {
        switch String(cString: p) {
        case "float": return .float
        case "percentage": return .percentage
        case "currency": return .currency
        case "date": return .date
        case "time": return .time
        case "boolean": return .boolean
        case "string": return .string
        case "error": return .error
        default: return .none
        }
    }

    /// A repeat or span count: a positive decimal, saturated far above any sheet's size
    /// (so multiplying two of them cannot overflow); malformed or zero counts as 1.
    static func count(_ p: UnsafePointer<CChar>) -> Int {
        var v = 0, i = 0, digits = 0
        while p[i] != 0 {
            let c = UInt8(bitPattern: p[i])
            guard c >= 0x30 && c <= 0x39 else { return 1 }
            v = min(v * 10 + Int(c - 0x30), 1 << 40)
            digits += 1
            i += 1
        }
        return digits == 0 || v == 0 ? 1 : v
    }

    /// The value: the typed attribute for numbers, dates, times and booleans (the text is
    /// only what the producer displayed), else the text.
    func cellValue() -> CellValue {
        switch valueType {
        case .float, .percentage, .currency:
            if let d = value.flatMap(Self.number) { return .number(d) }
        case .date:
            if let s = dateValue, let d = Self.date(s) { return .date(d) }
        case .time:
            if let s = timeValue, let d = Self.duration(s) { return .number(d) }
        case .boolean:
            if let b = booleanValue { return .bool(b == "true" || b == "1") }
        case .error:
            return text.isEmpty ? .error("#VALUE!") : .error(String(decoding: text, as: UTF8.self))
        case .string:
            if let s = stringValue { return s.isEmpty ? .empty : .text(Text.nfc(s)) }
        case .none:
            break
        }
        return text.isEmpty ? .empty : .text(text.withUnsafeBufferPointer { Text.make($0, escapes: false) })
    }

    private static func number(_ s: String) -> Double? {
        var s = s
        return s.withUTF8 { Numbers.double($0) }
    }

    private static func date(_ s: String) -> DateTimeValue? {
        var s = s
        return s.withUTF8 { ExcelDate.fromISO($0) }
    }

    /// An ISO 8601 duration (`PT13H45M30S`, `P1DT2H`, `-PT0.5S`) as a fraction of a day,
    /// as a spreadsheet stores a time.
    static func duration(_ s: String) -> Double? {
        var u = Substring(s)
        var sign = 1.0
        if u.first == "-" { sign = -1; u.removeFirst() }
        guard u.first == "P" else { return nil }
        u.removeFirst()
        var seconds = 0.0, number = "", inTime = false, any = false
        for c in u {
            switch c {
            case "T": inTime = true
            case "0"..."9", ".", ",": number.append(c == "," ? "." : c)
            case "D", "H", "M", "S", "W", "Y":
                guard let v = Double(number) else { return nil }
                number = ""
                any = true
                switch (c, inTime) {
                case ("W", false): seconds += v * 604_800
                case ("D", false): seconds += v * 86_400
                case ("H", true): seconds += v * 3_600
                case ("M", true): seconds += v * 60
                case ("S", true): seconds += v
                default: return nil  // years and months have no fixed length
                }
            default: return nil
            }
        }
        guard any, number.isEmpty else { return nil }
        return sign * seconds / 86_400
    }
}
