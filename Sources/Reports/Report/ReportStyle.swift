import SheetWriter

/// The look of each kind of cell in the report (Times New Roman throughout).
enum ReportStyle: CellStyle {
    // Title block (Party document format, SPEC §7).
    case higherBody, issuingBody, star, nationalHeading, placeDate, title, subtitle
    // Blocks.
    case section, note, countLabel, countNumber
    // Tables.
    case header
    /// Text cell with a border, wrapped.
    case cell
    /// Centred short text (codes, yes/no, severity).
    case centered
    /// Bold text cell (group rows).
    case group
    /// Points with 2 decimals.
    case points
    /// Bold points (totals, max row).
    case pointsBold
    /// Whole numbers (counts, ranks).
    case integer
    /// Byte sizes with thousands grouping.
    case bytes
    /// A share, as a percentage with one decimal.
    case percent
    /// Hashes: small monospace.
    case hash
    /// Status cell coloured by status.
    case status(Tone)
    /// A severity cell.
    case severity(Tone)

    /// Colours for statuses and severities.
    enum Tone: Hashable { case good, warning, bad, neutral }

    static let font = "Times New Roman"
    static let headerFill: UInt32 = 0xD9E2F3
    static let groupFill: UInt32 = 0xF2F2F2

    /// The font size of the styles that wrap (the same as `format`'s, without building it).
    var wrapSize: Double? {
        switch self {
        case .title: 16
        case .subtitle: 13
        case .note, .countLabel, .header, .cell, .centered, .group, .status, .severity: 12
        default: nil
        }
    }

    var format: FormatStyle {
        var f = FormatStyle(fontName: Self.font, fontSize: 12, vertical: .center)
        switch self {
        case .higherBody: f.fontSize = 14; f.horizontal = .center
        case .issuingBody: f.fontSize = 14; f.bold = true; f.horizontal = .center
        case .star: f.fontSize = 14; f.horizontal = .center; f.vertical = .top
        case .nationalHeading: f.fontSize = 15; f.bold = true; f.underline = .single; f.horizontal = .center
        case .placeDate: f.fontSize = 14; f.italic = true; f.horizontal = .center
        case .title: f.fontSize = 16; f.bold = true; f.horizontal = .center; f.wrap = true
        case .subtitle: f.fontSize = 13; f.italic = true; f.horizontal = .center; f.wrap = true
        case .section: f.fontSize = 13; f.bold = true
        case .note: f.italic = true; f.wrap = true
        case .countLabel: f.border = .thin; f.wrap = true
        case .countNumber: f.border = .thin; f.horizontal = .center; f.bold = true; f.numberFormat = "0"
        case .header: f.bold = true; f.horizontal = .center; f.wrap = true; f.border = .thin; f.fill = Self.headerFill
        case .cell: f.border = .thin; f.wrap = true; f.numberFormat = "@"
        case .centered: f.border = .thin; f.horizontal = .center; f.wrap = true; f.numberFormat = "@"
        case .group: f.border = .thin; f.bold = true; f.fill = Self.groupFill; f.wrap = true; f.numberFormat = "@"
        case .points: f.border = .thin; f.horizontal = .center; f.numberFormat = "0.00"
        case .pointsBold: f.border = .thin; f.horizontal = .center; f.numberFormat = "0.00"; f.bold = true
        case .integer: f.border = .thin; f.horizontal = .center; f.numberFormat = "0"
        case .bytes: f.border = .thin; f.horizontal = .right; f.numberFormat = "#,##0"
        case .percent: f.border = .thin; f.horizontal = .center; f.numberFormat = "0.0%"; f.bold = true
        case .hash: f.border = .thin; f.fontName = "Courier New"; f.fontSize = 8; f.numberFormat = "@"
        case .status(let tone), .severity(let tone):
            f.border = .thin; f.horizontal = .center; f.wrap = true; f.numberFormat = "@"
            switch tone {
            case .good: f.fontColor = 0x006100; f.fill = 0xC6EFCE
            case .warning: f.fontColor = 0x9C5700; f.fill = 0xFFEB9C
            case .bad: f.fontColor = 0x9C0006; f.fill = 0xFFC7CE
            case .neutral: f.fontColor = 0x595959
            }
            if case .severity = self { f.bold = true }
        }
        return f
    }
}
