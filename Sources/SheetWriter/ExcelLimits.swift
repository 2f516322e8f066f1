/// Excel's limits, checked in Swift before any call into libxlsxwriter.
public enum ExcelLimits {
    /// Rows per sheet.
    public static let maxRows = 1_048_576
    /// Columns per sheet.
    public static let maxColumns = 16_384
    /// Characters per cell (UTF-16 code units, as Excel counts).
    public static let maxStringLength = 32_767
    /// Characters per sheet name.
    public static let maxSheetNameLength = 31
    /// Characters forbidden in sheet names.
    public static let forbiddenSheetNameCharacters: Set<Character> = ["[", "]", ":", "*", "?", "/", "\\"]
    /// Characters in a data validation's input or error title.
    public static let maxValidationTitleLength = 32
    /// Characters in a data validation's input or error message.
    public static let maxValidationMessageLength = 255
    /// Characters of an inline list validation, items joined by commas.
    public static let maxValidationListLength = 255
    /// Characters of a page header or footer.
    public static let maxHeaderFooterLength = 255

    /// Why a sheet name is refused, or nil when Excel accepts it.
    public static func sheetNameProblem(_ name: String) -> String? {
        if name.isEmpty { return "sheet name is empty" }
        if name.utf16.count > maxSheetNameLength {
            return "sheet name is longer than \(maxSheetNameLength) characters"
        }
        if let bad = name.first(where: { forbiddenSheetNameCharacters.contains($0) }) {
            return "sheet name contains '\(bad)'"
        }
        if name.hasPrefix("'") || name.hasSuffix("'") {
            return "sheet name starts or ends with an apostrophe"
        }
        return nil
    }

    /// A1 name of a zero-based cell: (0, 0) → `A1`.
    public static func a1(row: Int, column: Int) -> String {
        columnName(column) + String(row + 1)
    }

    /// A1 name of a zero-based range: `A1:C4`, or one cell when first = last.
    public static func a1(firstRow: Int, firstColumn: Int, lastRow: Int, lastColumn: Int) -> String {
        let first = a1(row: firstRow, column: firstColumn)
        if firstRow == lastRow && firstColumn == lastColumn { return first }
        return first + ":" + a1(row: lastRow, column: lastColumn)
    }

    /// Absolute A1 reference `$A$1`, or `$A$1:$C$4` for a range.
    public static func absolute(firstRow: Int, firstColumn: Int, lastRow: Int? = nil,
                                lastColumn: Int? = nil) -> String {
        let first = "$" + columnName(firstColumn) + "$" + String(firstRow + 1)
        guard let lastRow, let lastColumn else { return first }
        return first + ":$" + columnName(lastColumn) + "$" + String(lastRow + 1)
    }

    /// Column letters for a zero-based column: 0 → A, 26 → AA.
    public static func columnName(_ column: Int) -> String {
        var n = column + 1
        var letters: [Character] = []
        while n > 0 {
            let r = (n - 1) % 26
            letters.append(Character(UnicodeScalar(UInt8(65 + r))))
            n = (n - 1) / 26
        }
        return String(letters.reversed())
    }

    /// A sheet name quoted for use in formulas: `'Tự chấm điểm'!`.
    public static func quotedSheet(_ name: String) -> String {
        "'" + name.replacingOccurrences(of: "'", with: "''") + "'"
    }
}
