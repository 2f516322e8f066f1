import SheetWriter

/// The look of each kind of cell in the templates (Times New Roman throughout).
indirect enum TemplateStyle: CellStyle {
    case higherBody, issuingBody, star, nationalHeading, placeDate
    case title, subtitle, planLine
    case label, fixedValue, blockTitle, groupHeader, tableHeader
    case code, criterion, maxPoints, totalLabel, totalNumber, totalCheck
    /// An input for the unit (unlocked, light yellow); `text` keeps leading zeros.
    case input(InputKind)
    /// An input reserved for the inspection team (unlocked, light blue).
    case inspection
    case signatureTitle, signatureHint
    case instructionTitle, instructionText, instructionHeading
    case meta
    /// A style showing its cell's date as `dd/mm/yyyy`.
    case date(TemplateStyle)

    enum InputKind: Hashable { case number, text, wrappedText, date, choice }

    static let font = "Times New Roman"
    static let inputFill: UInt32 = 0xFFF2CC
    static let inspectionFill: UInt32 = 0xDDEBF7
    static let headerFill: UInt32 = 0xE7E6E6

    var format: FormatStyle {
        var f = FormatStyle(fontName: Self.font, fontSize: 12, vertical: .center)
        switch self {
        case .higherBody: f.fontSize = 13; f.horizontal = .center
        case .issuingBody: f.fontSize = 13; f.bold = true; f.horizontal = .center
        case .star: f.horizontal = .center; f.vertical = .top
        case .nationalHeading: f.fontSize = 14; f.bold = true; f.underline = .single; f.horizontal = .center
        case .placeDate: f.fontSize = 13; f.italic = true; f.horizontal = .center
        case .title: f.fontSize = 15; f.bold = true; f.horizontal = .center; f.wrap = true
        case .subtitle: f.fontSize = 13; f.bold = true; f.horizontal = .center; f.wrap = true
        case .planLine: f.italic = true; f.horizontal = .center; f.wrap = true
        case .label: f.bold = true; f.wrap = true
        case .fixedValue: f.wrap = true; f.border = .hair; f.numberFormat = "@"
        case .blockTitle: f.bold = true; f.fontSize = 13
        case .groupHeader: f.bold = true; f.italic = true; f.horizontal = .center; f.wrap = true; f.border = .thin; f.fill = Self.headerFill
        case .tableHeader: f.bold = true; f.horizontal = .center; f.wrap = true; f.border = .thin; f.fill = Self.headerFill
        case .code: f.horizontal = .center; f.border = .thin; f.numberFormat = "@"; f.bold = true
        case .criterion: f.wrap = true; f.border = .thin; f.vertical = .top
        case .maxPoints: f.horizontal = .center; f.border = .thin
        case .totalLabel: f.bold = true; f.border = .thin; f.horizontal = .center
        case .totalNumber: f.bold = true; f.border = .thin; f.horizontal = .center
        case .totalCheck: f.italic = true; f.border = .thin; f.wrap = true; f.fontSize = 11; f.fontColor = 0xC00000
        case .input(let kind):
            f.locked = false; f.fill = Self.inputFill; f.border = .thin
            switch kind {
            case .number: f.horizontal = .center
            case .text: f.numberFormat = "@"
            case .wrappedText: f.numberFormat = "@"; f.wrap = true; f.vertical = .top
            case .date: f.numberFormat = "dd/mm/yyyy"; f.horizontal = .left
            case .choice: f.horizontal = .left
            }
        case .inspection: f.locked = false; f.fill = Self.inspectionFill; f.border = .thin; f.horizontal = .center
        case .signatureTitle: f.bold = true; f.fontSize = 13; f.horizontal = .center
        case .signatureHint: f.italic = true; f.horizontal = .center
        case .instructionTitle: f.bold = true; f.fontSize = 14; f.horizontal = .center; f.wrap = true
        case .instructionHeading: f.bold = true; f.wrap = true; f.vertical = .top; f.horizontal = .right
        case .instructionText: f.wrap = true; f.vertical = .top
        case .meta: f = FormatStyle(numberFormat: "@")
        case .date(let base): f = base.format; f.numberFormat = "dd/mm/yyyy"
        }
        return f
    }

    /// Nil: the template's builders fit its rows to their texts themselves.
    var wrapSize: Double? { nil }

    /// The style for a date in a cell of this style.
    var dated: TemplateStyle {
        if case .date = self { return self }
        return .date(self)
    }
}
