/// What a ZIP holds, told from its entries (never from the file's name).
enum PackageKind: Equatable {
    /// An OpenDocument package: a `mimetype` entry naming an OpenDocument type.
    case opendocument(String)
    /// An Office Open XML package (xlsx, xlsm, xlsb, also docx): `[Content_Types].xml` or the
    /// usual workbook part.
    case ooxml
    /// An Apple Numbers document (a ZIP holding `Index/Document.iwa`): not read.
    case numbers
    /// Anything else: an archive of files, whose spreadsheets are submissions.
    case files

    /// Classifies an opened archive (an index lookup; only a `mimetype` entry is inflated).
    init(_ archive: ZipArchive) {
        if archive.contains("[Content_Types].xml") {  // every XLSX: one lookup
            self = .ooxml
        } else if let type = ODSReader.mimetype(archive), type.hasPrefix("application/vnd.oasis.opendocument.") {
            self = .opendocument(type)
        } else if archive.contains("xl/workbook.xml") || archive.contains("xl/workbook.bin") || archive.contains("_rels/.rels") {
            self = .ooxml
        } else if archive.contains("Index/Document.iwa") || archive.contains("Index.zip")
                    || archive.contains("Metadata/Properties.plist") {
            self = .numbers
        } else {
            self = .files
        }
    }
}
