import CXlsxWriter

/// A conditional format: a colour scale or a rule on the cell's value.
public enum ConditionalFormat {
    /// Comparisons for cell rules.
    public enum Comparison: Sendable, Hashable { case equal, notEqual, greater, less, greaterOrEqual, lessOrEqual }

    /// Three colours from the lowest to the highest value (heat-maps), RGB.
    case threeColorScale(min: UInt32, mid: UInt32, max: UInt32)
    /// Cells whose value compares to `value` get `format`.
    case cell(Comparison, Double, Format)
    /// Cells whose value lies in [low, high] get `format`.
    case between(Double, Double, Format)
}

extension Worksheet {
    /// Adds a conditional format over a range.
    public func addConditionalFormat(_ firstRow: Int, _ firstCol: Int, _ lastRow: Int, _ lastCol: Int,
                                     _ rule: ConditionalFormat) throws(WriterError) {
        let ws = try ws()
        try checkRange(firstRow, firstCol, lastRow, lastCol)
        let range = ExcelLimits.a1(firstRow: firstRow, firstColumn: firstCol, lastRow: lastRow, lastColumn: lastCol)
        var c = lxw_conditional_format()
        switch rule {
        case .threeColorScale(let lo, let mid, let hi):
            c.type = UInt8(LXW_CONDITIONAL_3_COLOR_SCALE.rawValue)
            c.min_color = lxw_color_t(lo); c.mid_color = lxw_color_t(mid); c.max_color = lxw_color_t(hi)
        case .cell(let cmp, let value, let format):
            guard value.isFinite else { throw fail(.nonFiniteNumber, "conditional value \(value)", cell: range) }
            guard format.workbook === workbook else { throw fail(.invalidArgument, "format of another workbook", cell: range) }
            c.type = UInt8(LXW_CONDITIONAL_TYPE_CELL.rawValue)
            let criteria: lxw_conditional_criteria = switch cmp {
            case .equal: LXW_CONDITIONAL_CRITERIA_EQUAL_TO
            case .notEqual: LXW_CONDITIONAL_CRITERIA_NOT_EQUAL_TO
            case .greater: LXW_CONDITIONAL_CRITERIA_GREATER_THAN
            case .less: LXW_CONDITIONAL_CRITERIA_LESS_THAN
            case .greaterOrEqual: LXW_CONDITIONAL_CRITERIA_GREATER_THAN_OR_EQUAL_TO
            case .lessOrEqual: LXW_CONDITIONAL_CRITERIA_LESS_THAN_OR_EQUAL_TO
            }
            c.criteria = UInt8(criteria.rawValue)
            c.value = value
            c.format = format.handle
        case .between(let lo, let hi, let format):
            guard lo.isFinite, hi.isFinite, lo <= hi else { throw fail(.invalidArgument, "bad bounds", cell: range) }
            c.type = UInt8(LXW_CONDITIONAL_TYPE_CELL.rawValue)
            c.criteria = UInt8(LXW_CONDITIONAL_CRITERIA_BETWEEN.rawValue)
            c.min_value = lo; c.max_value = hi
            c.format = format.handle
        }
        try run("conditional format", range) {
            worksheet_conditional_format_range(ws, lxw_row_t(firstRow), lxw_col_t(firstCol),
                                               lxw_row_t(lastRow), lxw_col_t(lastCol), &c)
        }
    }
}
