/// Format detection from the first bytes of a file (never from its name).
public enum Sniffer {
    /// What the bytes look like, before any deeper reading.
    public enum Kind: Sendable, Hashable {
        /// No bytes at all.
        case empty
        /// A ZIP archive: xlsx, xlsm, xlsb, ods or an archive of files, decided by its entries.
        case zip
        /// A RAR archive (RAR 4 or RAR 5).
        case rar
        /// A 7-Zip archive.
        case sevenZip
        /// A flat OpenDocument file (`<office:document>` root element).
        case flatODF
        /// An OLE2 compound file: a legacy .xls, or an encrypted OOXML workbook.
        case ole2(encrypted: Bool)
        /// An HTML page (often saved with an .xls name).
        case html
        /// Excel 2003 XML spreadsheet.
        case xml2003
        /// Text: CSV or TSV, decided by the delimiter.
        case text
        /// Binary bytes that match nothing above.
        case unknown
    }

    private static let ole2Magic: [UInt8] = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]
    private static let rarMagic: [UInt8] = [0x52, 0x61, 0x72, 0x21, 0x1A, 0x07]
    private static let sevenZipMagic: [UInt8] = [0x37, 0x7A, 0xBC, 0xAF, 0x27, 0x1C]
    /// "EncryptedPackage" as a UTF-16LE directory entry name.
    private static let encryptedPackage: [UInt8] = "EncryptedPackage".utf16.flatMap { [UInt8($0), 0] as [UInt8] }

    /// Classifies the bytes of a file.
    public static func kind(of b: UnsafeRawBufferPointer) -> Kind {
        guard !b.isEmpty else { return .empty }
        if b.count >= 4, b[0] == 0x50, b[1] == 0x4B, (b[2] == 3 && b[3] == 4) || (b[2] == 5 && b[3] == 6) {
            return .zip
        }
        if b.count >= 8, b.prefix(8).elementsEqual(ole2Magic) {
            return .ole2(encrypted: Bytes.contains(b, encryptedPackage))
        }
        if b.count >= 7, b.prefix(6).elementsEqual(rarMagic), b[6] == 0 || b[6] == 1 { return .rar }
        if b.count >= 6, b.prefix(6).elementsEqual(sevenZipMagic) { return .sevenZip }
        if b.count >= 2, (b[0] == 0xFF && b[1] == 0xFE) || (b[0] == 0xFE && b[1] == 0xFF) { return .text }
        var i = 0
        if b.count >= 3, b[0] == 0xEF, b[1] == 0xBB, b[2] == 0xBF { i = 3 }
        while i < b.count, b[i] == 0x20 || b[i] == 0x09 || b[i] == 0x0A || b[i] == 0x0D { i += 1 }
        let head = b[i..<min(b.count, i + 4096)].map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }
        if head.first == 0x3C {
            if isFlatODF(head) { return .flatODF }
            if Bytes.contains(head, Array("urn:schemas-microsoft-com:office:spreadsheet".utf8)) { return .xml2003 }
            for tag in ["<!doctype html", "<html", "<table", "<head", "<body", "<meta"]
            where head.starts(with: Array(tag.utf8)) { return .html }
            if Bytes.contains(head, Array("<html".utf8)) { return .html }
        }
        let sample = b.prefix(8192)
        var controls = 0
        for c in sample {
            if c == 0 { return .unknown }
            if c < 0x09 || (c > 0x0D && c < 0x20 && c != 0x1A) { controls += 1 }
        }
        return controls * 100 > sample.count ? .unknown : .text
    }

    /// True when the first element (after the XML declaration, comments and processing
    /// instructions) is `office:document`: the root of a flat OpenDocument file.
    private static func isFlatODF(_ head: [UInt8]) -> Bool {
        var i = 0
        while i + 1 < head.count, head[i] == 0x3C, head[i + 1] == 0x3F || head[i + 1] == 0x21 {
            // skip <?…?> and <!--…-->
            guard let close = head[i...].firstIndex(of: 0x3E) else { return false }
            i = close + 1
            while i < head.count, head[i] == 0x20 || head[i] == 0x09 || head[i] == 0x0A || head[i] == 0x0D { i += 1 }
        }
        let root = Array("<office:document".utf8)
        guard head.count > i + root.count, head[i...].starts(with: root) else { return false }
        let next = head[i + root.count]
        return next == 0x20 || next == 0x09 || next == 0x0A || next == 0x0D || next == 0x3E
    }
}
