import CXlsxWriter
import Foundation

/// Turns an `lxw_error` into a `WriterError` with our context; returns normally on success.
func check(_ result: lxw_error, _ what: String, path: String? = nil, sheet: String? = nil,
           cell: String? = nil) throws(WriterError) {
    guard result.rawValue != 0 else { return }
    let text = lxw_strerror(result).map { String(cString: $0) } ?? "unknown error"
    throw WriterError(.library, "\(what): \(text)", path: path, sheet: sheet, cell: cell,
                      libraryCode: Int(result.rawValue))
}

/// Runs `body` with C copies of optional strings that stay alive for the whole call.
/// libxlsxwriter copies the strings it keeps (checked for properties, names, charts,
/// validations, headers), so nothing needs to outlive the call.
func withCStrings<R>(_ strings: [String?], _ body: ([UnsafeMutablePointer<CChar>?]) throws -> R) rethrows -> R {
    let copies: [UnsafeMutablePointer<CChar>?] = strings.map { $0.map { strdup($0) } ?? nil }
    defer { copies.forEach { free($0) } }
    return try body(copies)
}

/// A string's length as Excel counts it (UTF-16 code units).
@inline(__always) func excelLength(_ s: String) -> Int { s.utf16.count }
