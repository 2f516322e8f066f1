/// Format detection from the first bytes of a file (never from its name).
public enum Sniffer {
    /// What the bytes look like, before any deeper reading.
    public enum Kind: Sendable, Hashable {
        /// No bytes at all.
        case empty
        /// A ZIP archive: xlsx, xlsm, xlsb or ods, decided by its entries.
        case zip
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
        if b.count >= 2, (b[0] == 0xFF && b[1] == 0xFE) || (b[0] == 0xFE && b[1] == 0xFF) { return .text }
        var i = 0
        if b.count >= 3, b[0] == 0xEF, b[1] == 0xBB, b[2] == 0xBF { i = 3 }
        while i < b.count, b[i] == 0x20 || b[i] == 0x09 || b[i] == 0x0A || b[i] == 0x0D { i += 1 }
        let head = b[i..<min(b.count, i + 4096)].map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }
        if head.first == 0x3C {
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
}
