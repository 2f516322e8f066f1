import SheetWriter

/// The look of each kind of cell in the inspection form: the title block and the
/// team's inputs reuse the templates' styles (`TemplateStyle`: inputs unlocked and
/// shaded), so a form looks like the sheets units fill in.
enum InspectionFormStyle: CellStyle {
    case higherBody, issuingBody, star, nationalHeading, placeDate, title, planLine, note
    case header
    /// Unit code and status: short centred text.
    case centered
    /// Unit name: wrapped text.
    case text
    /// Criterion and evidence: wrapped, a size smaller.
    case small
    /// The line's code.
    case lineCode
    /// Max, claimed and computed points.
    case points
    /// The unit's status, coloured.
    case status(ReportStyle.Tone)
    /// "Điểm kiểm tra": the team's input (unlocked, shaded).
    case verifiedInput
    /// "Ghi chú": the team's input (unlocked, shaded, wrapped).
    case noteInput
    case signatureTitle, signatureHint
    /// The hidden sheet's cells.
    case meta
    /// A locked cell of every other unit, lightly shaded so a unit's rows read as one block.
    indirect case banded(InspectionFormStyle)

    static let bodySize = 11.0, smallSize = 10.0
    static let bandFill: UInt32 = 0xF2F2F2

    /// The style banded for every other unit (inputs and the status keep their own fill).
    func band(_ on: Bool) -> InspectionFormStyle { on ? .banded(self) : self }

    var format: FormatStyle {
        switch self {
        case .higherBody: return TemplateStyle.higherBody.format
        case .issuingBody: return TemplateStyle.issuingBody.format
        case .star: return TemplateStyle.star.format
        case .nationalHeading: return TemplateStyle.nationalHeading.format
        case .placeDate: return TemplateStyle.placeDate.format
        case .title: return TemplateStyle.title.format
        case .planLine: return TemplateStyle.planLine.format
        case .note: var f = TemplateStyle.instructionText.format; f.italic = true; f.fontSize = Self.bodySize; return f
        case .header: var f = TemplateStyle.tableHeader.format; f.fontSize = Self.bodySize; return f
        case .lineCode: var f = TemplateStyle.code.format; f.fontSize = Self.bodySize; return f
        case .signatureTitle: return TemplateStyle.signatureTitle.format
        case .signatureHint: return TemplateStyle.signatureHint.format
        case .meta: return TemplateStyle.meta.format
        case .banded(let base): var f = base.format; f.fill = f.fill ?? Self.bandFill; return f
        case .verifiedInput:
            var f = TemplateStyle.inspection.format
            f.fontSize = Self.bodySize; f.bold = true
            return f
        case .noteInput:
            var f = TemplateStyle.inspection.format
            f.fontSize = Self.smallSize; f.wrap = true; f.horizontal = .left; f.numberFormat = "@"
            return f
        default:
            var f = FormatStyle(fontName: TemplateStyle.font, fontSize: Self.bodySize, vertical: .center)
            f.border = .thin
            switch self {
            case .centered: f.horizontal = .center; f.wrap = true; f.numberFormat = "@"
            case .text: f.wrap = true; f.numberFormat = "@"
            case .small: f.wrap = true; f.numberFormat = "@"; f.fontSize = Self.smallSize
            case .points: f.horizontal = .center
            case .status(let tone):
                f.horizontal = .center; f.wrap = true; f.numberFormat = "@"; f.fontSize = Self.smallSize
                switch tone {
                case .good: f.fontColor = 0x006100; f.fill = 0xC6EFCE
                case .warning: f.fontColor = 0x9C5700; f.fill = 0xFFEB9C
                case .bad: f.fontColor = 0x9C0006; f.fill = 0xFFC7CE
                case .neutral: f.fontColor = 0x595959
                }
            default: break
            }
            return f
        }
    }

    /// The size at which rows are fitted to the style's text (nil: they are not).
    var wrapSize: Double? {
        switch self {
        case .text, .centered: Self.bodySize
        case .small, .noteInput, .status: Self.smallSize
        case .title: 15
        case .planLine, .note: 12
        case .banded(let base): base.wrapSize
        default: nil
        }
    }
}
