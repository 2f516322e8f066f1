import CXlsxWriter

/// A cell format registered in a workbook; made by `Workbook.format(_:)`.
public final class Format {
    /// Weak: the workbook keeps its formats (one per style), and a strong reference back
    /// would make a cycle that keeps every closed workbook alive (about 3.5 KB a return list).
    weak var workbook: Workbook?
    let handle: UnsafeMutablePointer<lxw_format>
    /// The style it was made from.
    public let style: FormatStyle

    init(workbook: Workbook, handle: UnsafeMutablePointer<lxw_format>, style: FormatStyle) {
        self.workbook = workbook
        self.handle = handle
        self.style = style
    }
}

/// How a cell looks: a value type, so equal styles share one `Format`.
public struct FormatStyle: Sendable, Hashable {
    /// Horizontal alignment.
    public enum Horizontal: Sendable, Hashable { case general, left, center, right, fill, justify, centerAcross }
    /// Vertical alignment.
    public enum Vertical: Sendable, Hashable { case top, center, bottom, justify }
    /// Border line style (all four sides).
    public enum Border: Sendable, Hashable { case none, thin, medium, thick, dotted, hair, double }
    /// Underline style.
    public enum Underline: Sendable, Hashable { case none, single, double }

    public var fontName: String?
    /// Points.
    public var fontSize: Double?
    public var bold = false
    public var italic = false
    public var underline = Underline.none
    /// RGB, `0xFF0000` red.
    public var fontColor: UInt32?
    public var horizontal = Horizontal.general
    public var vertical = Vertical.bottom
    public var wrap = false
    public var indent: UInt8 = 0
    public var border = Border.none
    /// Solid background colour, RGB.
    public var fill: UInt32?
    /// Excel number format (`0.00`, `dd/mm/yyyy`, `@` for text).
    public var numberFormat: String?
    /// Locked cells cannot be edited once the sheet is protected (Excel's default is locked).
    public var locked = true

    /// A default style (Calibri 11 unless `fontName`/`fontSize` are set).
    public init(fontName: String? = nil, fontSize: Double? = nil, bold: Bool = false,
                italic: Bool = false, underline: Underline = .none, fontColor: UInt32? = nil,
                horizontal: Horizontal = .general, vertical: Vertical = .bottom, wrap: Bool = false,
                indent: UInt8 = 0, border: Border = .none, fill: UInt32? = nil,
                numberFormat: String? = nil, locked: Bool = true) {
        self.fontName = fontName
        self.fontSize = fontSize
        self.bold = bold
        self.italic = italic
        self.underline = underline
        self.fontColor = fontColor
        self.horizontal = horizontal
        self.vertical = vertical
        self.wrap = wrap
        self.indent = indent
        self.border = border
        self.fill = fill
        self.numberFormat = numberFormat
        self.locked = locked
    }

    /// Copies the style onto a libxlsxwriter format (all setters copy their strings).
    func apply(to f: UnsafeMutablePointer<lxw_format>) {
        if let fontName { format_set_font_name(f, fontName) }
        if let fontSize { format_set_font_size(f, fontSize) }
        if bold { format_set_bold(f) }
        if italic { format_set_italic(f) }
        switch underline {
        case .none: break
        case .single: format_set_underline(f, UInt8(LXW_UNDERLINE_SINGLE.rawValue))
        case .double: format_set_underline(f, UInt8(LXW_UNDERLINE_DOUBLE.rawValue))
        }
        if let fontColor { format_set_font_color(f, lxw_color_t(fontColor)) }
        let h: lxw_format_alignments? = switch horizontal {
        case .general: nil
        case .left: LXW_ALIGN_LEFT
        case .center: LXW_ALIGN_CENTER
        case .right: LXW_ALIGN_RIGHT
        case .fill: LXW_ALIGN_FILL
        case .justify: LXW_ALIGN_JUSTIFY
        case .centerAcross: LXW_ALIGN_CENTER_ACROSS
        }
        if let h { format_set_align(f, UInt8(h.rawValue)) }
        let v: lxw_format_alignments? = switch vertical {
        case .bottom: nil
        case .top: LXW_ALIGN_VERTICAL_TOP
        case .center: LXW_ALIGN_VERTICAL_CENTER
        case .justify: LXW_ALIGN_VERTICAL_JUSTIFY
        }
        if let v { format_set_align(f, UInt8(v.rawValue)) }
        if wrap { format_set_text_wrap(f) }
        if indent > 0 { format_set_indent(f, indent) }
        let b: lxw_format_borders? = switch border {
        case .none: nil
        case .thin: LXW_BORDER_THIN
        case .medium: LXW_BORDER_MEDIUM
        case .thick: LXW_BORDER_THICK
        case .dotted: LXW_BORDER_DOTTED
        case .hair: LXW_BORDER_HAIR
        case .double: LXW_BORDER_DOUBLE
        }
        if let b { format_set_border(f, UInt8(b.rawValue)) }
        if let fill {
            format_set_pattern(f, UInt8(LXW_PATTERN_SOLID.rawValue))
            format_set_bg_color(f, lxw_color_t(fill))
        }
        if let numberFormat { format_set_num_format(f, numberFormat) }
        if !locked { format_set_unlocked(f) }
    }
}
