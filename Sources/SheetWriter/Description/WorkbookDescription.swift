/// A workbook described as data: document and custom properties, sheets in order, defined
/// names, the sheet shown when it opens and how it is buffered. Every XLSX thidua writes is
/// one of these, written by `WorkbookRenderer`.
public struct WorkbookDescription<Style: CellStyle>: Sendable {
    /// A custom property (File › Properties › Custom).
    public struct CustomProperty: Sendable, Hashable {
        /// A property's value.
        public enum Value: Sendable, Hashable {
            case text(String)
            case number(Double)
            case bool(Bool)
        }

        public var name: String
        public var value: Value

        /// `name` = `value`.
        public init(_ name: String, _ value: Value) {
            self.name = name
            self.value = value
        }
    }

    /// A workbook-level name for a formula or range (`DS_XepLoai` → `='_thidua'!$E$1:$E$4`).
    public struct DefinedName: Sendable, Hashable {
        public var name: String
        public var formula: String

        /// `name` standing for `formula`.
        public init(_ name: String, _ formula: String) {
            self.name = name
            self.formula = formula
        }
    }

    public var properties: DocumentProperties
    /// Custom properties, in the order they are written.
    public var customProperties: [CustomProperty] = []
    /// The sheets, in order.
    public var sheets: [SheetDescription<Style>] = []
    public var definedNames: [DefinedName] = []
    /// Index in `sheets` of the sheet shown when the file opens; nil: the first.
    public var activeSheet: Int?
    /// How libxlsxwriter buffers it (constant memory for huge sheets, where its parts go).
    public var options = Workbook.Options()
    /// The cell, in column A, that takes a sheet's last row when the sheet has more rows
    /// than Excel holds, given how many rows were left out; nil leaves them out unsaid.
    public var rowsLeftOut: (@Sendable (Int) -> SheetDescription<Style>.Cell)?

    /// A workbook with these properties and no sheet yet.
    public init(properties: DocumentProperties) {
        self.properties = properties
    }
}
