import Scoring

/// The inspection form's column labels as the form prints them.
extension InspectionFormLabels {
    /// The printed label of a column.
    public static func label(_ column: FormColumn, _ language: Language) -> String {
        guard let c = columns.first(where: { $0.column == column }) else { return column.rawValue }
        return language == .en ? c.en : c.vi
    }
}
