import CXlsxWriter

/// A data validation rule with its input message and error alert.
public struct DataValidation: Sendable, Hashable {
    /// What the cell accepts.
    public enum Rule: Sendable, Hashable {
        /// One of these values (inline list; ≤ 255 UTF-8 bytes with commas, and no item may hold a comma).
        case list([String])
        /// One of the values in a range or defined name (`=DS_XepLoai`, `='Lists'!$A$1:$A$4`).
        case listFrom(String)
        /// A decimal number in [min, max].
        case decimal(min: Double, max: Double)
        /// A decimal number between two formulas (`0` and `$E10`: relative references
        /// follow each cell of the range, so one rule serves rows with different maxima).
        case decimalBetween(minFormula: String, maxFormula: String)
        /// A whole number ≥ min.
        case wholeAtLeast(Int)
        /// A whole number in [min, max].
        case whole(min: Int, max: Int)
        /// A date in [from, to].
        case date(from: CalendarDate, to: CalendarDate)
        /// Text of at most this many characters.
        case textLength(max: Int)
        /// Anything: only shows the input message.
        case any
    }

    /// How an invalid entry is treated.
    public enum AlertStyle: Sendable, Hashable { case stop, warning, information }

    public var rule: Rule
    /// Empty cells are allowed (a blank is not an error).
    public var ignoreBlank = true
    /// Shown when the cell is selected (title ≤ 32, message ≤ 255 characters).
    public var inputTitle: String?
    public var inputMessage: String?
    /// Shown on an invalid entry (title ≤ 32, message ≤ 255 characters).
    public var errorTitle: String?
    public var errorMessage: String?
    public var alertStyle = AlertStyle.stop

    /// A rule with optional messages.
    public init(_ rule: Rule, inputTitle: String? = nil, inputMessage: String? = nil,
                errorTitle: String? = nil, errorMessage: String? = nil, alertStyle: AlertStyle = .stop) {
        self.rule = rule
        self.inputTitle = inputTitle
        self.inputMessage = inputMessage
        self.errorTitle = errorTitle
        self.errorMessage = errorMessage
        self.alertStyle = alertStyle
    }

    /// Why Excel (or libxlsxwriter) would refuse it, or nil.
    func problem() -> String? {
        for t in [inputTitle, errorTitle].compactMap({ $0 }) where excelLength(t) > ExcelLimits.maxValidationTitleLength {
            return "validation title '\(t)' is longer than 32 characters"
        }
        for m in [inputMessage, errorMessage].compactMap({ $0 }) where excelLength(m) > ExcelLimits.maxValidationMessageLength {
            return "validation message is longer than 255 characters"
        }
        switch rule {
        case .list(let items):
            if items.isEmpty { return "empty validation list" }
            if items.contains(where: { $0.contains(",") || $0.contains("\"") }) {
                return "a list item holds a comma or quote; use listFrom with a range"
            }
            // Counted in UTF-8 bytes: libxlsxwriter 1.1.4 copies the joined list into
            // a 255-character buffer, so Vietnamese multi-byte letters must fit in bytes.
            if items.joined(separator: ",").utf8.count > ExcelLimits.maxValidationListLength {
                return "validation list longer than 255 bytes; use listFrom with a range"
            }
        case .listFrom(let f): if f.isEmpty { return "empty list source" }
        case .decimal(let lo, let hi): if !(lo.isFinite && hi.isFinite && lo <= hi) { return "bad decimal bounds" }
        case .decimalBetween(let lo, let hi): if lo.isEmpty || hi.isEmpty { return "empty decimal bound formula" }
        case .whole(let lo, let hi): if lo > hi { return "bad whole-number bounds" }
        case .wholeAtLeast: break
        case .date(let a, let b): if !(a.isValid && b.isValid) { return "invalid date bounds" }
        case .textLength(let n): if n < 0 { return "negative text length" }
        case .any: break
        }
        return nil
    }
}

extension Worksheet {
    /// Adds a data validation to a range (one cell when first = last).
    /// - Throws: `invalidArgument` for titles, messages or lists past Excel's limits, `library`.
    public func addValidation(_ firstRow: Int, _ firstCol: Int, _ lastRow: Int, _ lastCol: Int,
                              _ v: DataValidation) throws(WriterError) {
        let ws = try ws()
        try checkRange(firstRow, firstCol, lastRow, lastCol)
        let range = ExcelLimits.a1(firstRow: firstRow, firstColumn: firstCol, lastRow: lastRow, lastColumn: lastCol)
        if let p = v.problem() { throw fail(.invalidArgument, p, cell: range) }
        var listItems: [String?] = []
        var formula: String?, formula2: String?
        if case .list(let items) = v.rule { listItems = items }
        if case .listFrom(let f) = v.rule { formula = f }
        if case .decimalBetween(let lo, let hi) = v.rule { (formula, formula2) = (lo, hi) }
        let strings: [String?] = [v.inputTitle, v.inputMessage, v.errorTitle, v.errorMessage, formula, formula2]
            + listItems
        let result = withCStrings(strings) { c -> lxw_error in
            var d = lxw_data_validation()
            d.ignore_blank = UInt8((v.ignoreBlank ? LXW_VALIDATION_ON : LXW_VALIDATION_OFF).rawValue)
            d.show_input = UInt8((v.inputMessage != nil || v.inputTitle != nil ? LXW_VALIDATION_ON : LXW_VALIDATION_OFF).rawValue)
            d.show_error = UInt8(LXW_VALIDATION_ON.rawValue)
            let alert: lxw_validation_error_types = switch v.alertStyle {
            case .stop: LXW_VALIDATION_ERROR_TYPE_STOP
            case .warning: LXW_VALIDATION_ERROR_TYPE_WARNING
            case .information: LXW_VALIDATION_ERROR_TYPE_INFORMATION
            }
            d.error_type = UInt8(alert.rawValue)
            d.input_title = c[0]; d.input_message = c[1]; d.error_title = c[2]; d.error_message = c[3]
            func criteria(_ x: lxw_validation_criteria) -> UInt8 { UInt8(x.rawValue) }
            func type(_ x: lxw_validation_types) -> UInt8 { UInt8(x.rawValue) }
            switch v.rule {
            case .list:
                d.validate = type(LXW_VALIDATION_TYPE_LIST)
                var list: [UnsafeMutablePointer<CChar>?] = Array(c[6...]) + [nil]
                return list.withUnsafeMutableBufferPointer { buf in
                    d.value_list = buf.baseAddress
                    return worksheet_data_validation_range(ws, lxw_row_t(firstRow), lxw_col_t(firstCol),
                                                           lxw_row_t(lastRow), lxw_col_t(lastCol), &d)
                }
            case .listFrom:
                d.validate = type(LXW_VALIDATION_TYPE_LIST_FORMULA)
                d.value_formula = c[4]
            case .decimal(let lo, let hi):
                d.validate = type(LXW_VALIDATION_TYPE_DECIMAL)
                d.criteria = criteria(LXW_VALIDATION_CRITERIA_BETWEEN)
                d.minimum_number = lo; d.maximum_number = hi
            case .decimalBetween:
                d.validate = type(LXW_VALIDATION_TYPE_DECIMAL_FORMULA)
                d.criteria = criteria(LXW_VALIDATION_CRITERIA_BETWEEN)
                d.minimum_formula = c[4]; d.maximum_formula = c[5]
            case .whole(let lo, let hi):
                d.validate = type(LXW_VALIDATION_TYPE_INTEGER)
                d.criteria = criteria(LXW_VALIDATION_CRITERIA_BETWEEN)
                d.minimum_number = Double(lo); d.maximum_number = Double(hi)
            case .wholeAtLeast(let lo):
                d.validate = type(LXW_VALIDATION_TYPE_INTEGER)
                d.criteria = criteria(LXW_VALIDATION_CRITERIA_GREATER_THAN_OR_EQUAL_TO)
                d.value_number = Double(lo)
            case .date(let a, let b):
                d.validate = type(LXW_VALIDATION_TYPE_DATE)
                d.criteria = criteria(LXW_VALIDATION_CRITERIA_BETWEEN)
                d.minimum_datetime = a.lxw; d.maximum_datetime = b.lxw
            case .textLength(let n):
                d.validate = type(LXW_VALIDATION_TYPE_LENGTH)
                d.criteria = criteria(LXW_VALIDATION_CRITERIA_LESS_THAN_OR_EQUAL_TO)
                d.value_number = Double(n)
            case .any:
                d.validate = type(LXW_VALIDATION_TYPE_ANY)
            }
            return worksheet_data_validation_range(ws, lxw_row_t(firstRow), lxw_col_t(firstCol),
                                                   lxw_row_t(lastRow), lxw_col_t(lastCol), &d)
        }
        try check(result, "data validation", path: workbook.path, sheet: name, cell: range)
    }
}
