/// An archive of files that a unit sent instead of one workbook: a ZIP (read with libzip),
/// a RAR or a 7z (read with libarchive). It is opened in memory and its entries are handed
/// out one at a time; entry names are only names (never paths on disk), and inflating is
/// bounded by the same `ReadLimits` as an XLSX package (entries, bytes per entry and in
/// total, compression ratio).
public final class FileArchive {
    /// One entry, as listed by the archive.
    public struct Entry: Sendable, Hashable {
        /// The path inside the archive, `/`-separated, as stored.
        public var name: String
        /// True for a folder entry.
        public var isDirectory: Bool
        /// The size the archive declares for the entry (for listing; reading never trusts it).
        public var size: Int
    }

    /// `.zip`, `.rar` or `.sevenZip`.
    public let format: FileFormat
    private let zip: ZipArchive?
    private let other: LibArchiveReader?

    private init(format: FileFormat, zip: ZipArchive?, other: LibArchiveReader?) {
        self.format = format
        self.zip = zip
        self.other = other
    }

    /// Opens `bytes` when they are an archive of files; nil for a workbook (an XLSX or ODS
    /// package is a ZIP too: told apart by `[Content_Types].xml` / `mimetype`) or any other file.
    public static func open(_ bytes: [UInt8], name: String, limits: ReadLimits) throws(ReadError) -> FileArchive? {
        try bytes.withBytes { (b) throws(ReadError) -> FileArchive? in
            switch Sniffer.kind(of: b) {
            case .zip:
                let archive = try ZipArchive(bytes: b, file: name, limits: limits)
                return PackageKind(archive) == .files ? FileArchive(format: .zip, zip: archive, other: nil) : nil
            case .rar:
                return FileArchive(format: .rar, zip: nil, other: try LibArchiveReader(b, file: name, limits: limits))
            case .sevenZip:
                return FileArchive(format: .sevenZip, zip: nil, other: try LibArchiveReader(b, file: name, limits: limits))
            default:
                return nil
            }
        }
    }

    /// Visits every entry in archive order. `read` returns the entry's bytes (inflated under
    /// the limits); an entry not read is skipped without inflating it.
    public func forEach(_ visit: (Entry, () throws(ReadError) -> [UInt8]) throws(ReadError) -> Void) throws(ReadError) {
        if let zip {
            for (name, size) in zip.entryList() {
                try visit(Entry(name: name, isDirectory: false, size: size)) { () throws(ReadError) -> [UInt8] in
                    try zip.read(name)
                }
            }
        } else if let other {
            try other.forEach(visit)
        }
    }
}
