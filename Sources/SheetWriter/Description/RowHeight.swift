/// Row heights for wrapped text: libxlsxwriter does not fit rows to their text, so the
/// description estimates how tall a row must be.
public enum RowHeight {
    /// The tallest row Excel allows, in points.
    public static let maximum = 409.0

    /// Points needed for `text` wrapped in `width` Excel character units at `fontSize`.
    /// Times New Roman letters are narrower than Calibri's digits (Excel's unit): a unit
    /// holds about 1.45 letters at 11 pt (measured on LibreOffice's PDF output, with a
    /// margin for Excel's wider rendering); Vietnamese marks need ~1.22× the font size per line.
    public static func estimate(text: String, width: Double, fontSize: Double) -> Double {
        let perLine = max(1, (width - 1) * 1.45 * 11 / fontSize)
        var lines = 0
        // One pass over the bytes: per paragraph, the letters (scalars) of its words plus one
        // space per word, since a word never breaks across lines.
        var length = 0, inWord = false
        func endParagraph() {
            lines += max(1, Int((Double(length) / perLine).rounded(.up)))
            length = 0
            inWord = false
        }
        for byte in text.utf8 {
            switch byte {
            case 0x0A: endParagraph()
            case 0x20: inWord = false
            case 0x80..<0xC0: continue                 // inside a multi-byte scalar
            default:
                length += inWord ? 1 : 2
                inWord = true
            }
        }
        endParagraph()
        return Double(lines) * fontSize * 1.22 + 4
    }

    /// Heights already estimated, by text, width and size.
    public struct Memo: Sendable {
        private struct Key: Hashable {
            var text: String
            var width: Double
            var fontSize: Double
        }
        private var heights: [Key: Double] = [:]

        /// An empty memo.
        public init() {}

        /// `RowHeight.estimate`, made once per text, width and size.
        public mutating func estimate(text: String, width: Double, fontSize: Double) -> Double {
            let key = Key(text: text, width: width, fontSize: fontSize)
            if let known = heights[key] { return known }
            let h = RowHeight.estimate(text: text, width: width, fontSize: fontSize)
            heights[key] = h
            return h
        }
    }
}
