import CFreeXL
import Glibc

/// An open libfreexl workbook; the only libfreexl user in the project.
///
/// libfreexl 1.0.6 opens files by path only. The bytes are already in memory and must never
/// be written near the inbox, so they go to an anonymous in-memory file (`memfd_create`),
/// opened through `/proc/self/fd`; `tmpfile()` (an unlinked temporary file) is the fallback
/// where memfd is unavailable. Nothing is left on disk either way.
final class FreeXLBook {
    private let handle: UnsafeRawPointer
    private let file: String

    /// Opens a workbook from its bytes.
    init(bytes: UnsafeRawBufferPointer, file: String) throws(ReadError) {
        self.file = file
        var fd = memfd_create("thidua-xls", 1)  // MFD_CLOEXEC
        var stream: UnsafeMutablePointer<FILE>?
        if fd < 0 {
            stream = tmpfile()
            fd = stream.map(fileno) ?? -1
        }
        guard fd >= 0 else {
            throw ReadError(.ioError, file: file, detail: "memfd_create: " + String(cString: strerror(errno)))
        }
        defer { if let stream { fclose(stream) } else { close(fd) } }
        var done = 0
        while done < bytes.count {
            let n = write(fd, bytes.baseAddress! + done, bytes.count - done)
            if n < 0, errno == EINTR { continue }
            guard n > 0 else { throw ReadError(.ioError, file: file, detail: "write: " + String(cString: strerror(errno))) }
            done += n
        }
        var opened: UnsafeRawPointer?
        let status = freexl_open("/proc/self/fd/\(fd)", &opened)
        guard status == FREEXL_OK, let opened else {
            if let opened { freexl_close(opened) }
            throw Self.error(status, file: file)
        }
        handle = opened
    }

    deinit { freexl_close(handle) }

    /// A `freexl_get_info` value.
    func info(_ what: Int32) -> UInt32? {
        var value: UInt32 = 0
        return freexl_get_info(handle, UInt16(what), &value) == FREEXL_OK ? value : nil
    }

    /// The name of sheet `index`, as UTF-8 from libfreexl.
    func sheetName(_ index: Int) -> String? {
        var name: UnsafePointer<CChar>?
        guard freexl_get_worksheet_name(handle, UInt16(index), &name) == FREEXL_OK, let name else { return nil }
        return String(cString: name)
    }

    /// Selects the sheet that `text(row:column:)` reads.
    func select(_ index: Int) throws(ReadError) {
        let status = freexl_select_active_worksheet(handle, UInt16(index))
        guard status == FREEXL_OK else { throw Self.error(status, file: file) }
    }

    /// The text of a cell of the selected sheet (shared strings and labels, UTF-8); nil for
    /// cells that hold no text.
    func text(row: Int, column: Int) -> String? {
        var value = FreeXL_CellValue()
        guard freexl_get_cell_value(handle, UInt32(row), UInt16(column), &value) == FREEXL_OK else { return nil }
        switch Int32(value.type) {
        case FREEXL_CELL_TEXT, FREEXL_CELL_SST_TEXT:
            return value.value.text_value.map { String(cString: $0) }
        default:
            return nil
        }
    }

    /// A typed error for a libfreexl status, with libfreexl's constant in the detail.
    static func error(_ status: Int32, file: String) -> ReadError {
        let name: String
        switch status {
        case FREEXL_INSUFFICIENT_MEMORY: name = "FREEXL_INSUFFICIENT_MEMORY"
        case FREEXL_INVALID_CFBF_HEADER: name = "FREEXL_INVALID_CFBF_HEADER"
        case FREEXL_CFBF_READ_ERROR: name = "FREEXL_CFBF_READ_ERROR"
        case FREEXL_CFBF_ILLEGAL_FAT_ENTRY: name = "FREEXL_CFBF_ILLEGAL_FAT_ENTRY"
        case FREEXL_BIFF_INVALID_BOF: name = "FREEXL_BIFF_INVALID_BOF"
        case FREEXL_BIFF_INVALID_SST: name = "FREEXL_BIFF_INVALID_SST"
        case FREEXL_BIFF_ILLEGAL_SST_INDEX: name = "FREEXL_BIFF_ILLEGAL_SST_INDEX"
        case FREEXL_BIFF_WORKBOOK_NOT_FOUND: name = "FREEXL_BIFF_WORKBOOK_NOT_FOUND"
        case FREEXL_INVALID_CHARACTER: name = "FREEXL_INVALID_CHARACTER"
        case FREEXL_UNSUPPORTED_CHARSET: name = "FREEXL_UNSUPPORTED_CHARSET"
        case FREEXL_ILLEGAL_CELL_ROW_COL: name = "FREEXL_ILLEGAL_CELL_ROW_COL"
        case FREEXL_CRAFTED_FILE: name = "FREEXL_CRAFTED_FILE"
        default: name = "status \(status)"
        }
        return ReadError(.corruptXLS, file: file, detail: "libfreexl: " + name)
    }
}
