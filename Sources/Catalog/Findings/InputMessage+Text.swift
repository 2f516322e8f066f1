import Scoring

/// How a file came in, in Vietnamese and English.
extension InputMessage: CatalogMessage {
    private func fontName(_ encoding: String) -> String {
        encoding == "vni" ? "VNI (VNI-Times…)" : "TCVN3 (.VnTime…)"
    }

    public var vi: String {
        switch self {
        case .legacyFontConverted(let encoding, let count):
            return "Đã chuyển \(count) ô gõ bằng phông \(fontName(encoding)) sang chữ Unicode; "
                + "hãy kiểm tra lại nội dung các ô này và lần sau điền bằng phông Unicode (như Times New Roman)."
        case .archiveWithoutSpreadsheet(let names, let count):
            guard count > 0 else { return "Tệp nén không chứa tệp nào: hãy gửi bảng tự chấm điểm (.xlsx, .ods, .xls hoặc .csv)." }
            let listed = names.joined(separator: ", ") + (count > names.count ? ", …" : "")
            return "Tệp nén không có bảng tính nào (\(count) tệp: \(listed)): "
                + "hãy gửi bảng tự chấm điểm (.xlsx, .ods, .xls hoặc .csv)."
        case .archiveTooDeep:
            return "Tệp nén nằm trong một tệp nén khác quá một cấp nên không được mở: "
                + "hãy giải nén rồi gửi trực tiếp bảng tự chấm điểm."
        case .archiveEntryNotSpreadsheet:
            return "Không phải bảng tính (tài liệu, ảnh, bản quét…), không đọc."
        }
    }

    public var en: String {
        switch self {
        case .legacyFontConverted(let encoding, let count):
            return "\(count) cells typed in a \(fontName(encoding)) font were converted to Unicode; "
                + "check them, and fill in the form with a Unicode font (such as Times New Roman) next time."
        case .archiveWithoutSpreadsheet(let names, let count):
            guard count > 0 else { return "The archive holds no file: send the scoring sheet (.xlsx, .ods, .xls or .csv)." }
            let listed = names.joined(separator: ", ") + (count > names.count ? ", …" : "")
            return "The archive holds no spreadsheet (\(count) files: \(listed)): send the scoring sheet (.xlsx, .ods, .xls or .csv)."
        case .archiveTooDeep:
            return "An archive inside an archive more than one level deep was not opened: extract it and send the scoring sheet itself."
        case .archiveEntryNotSpreadsheet:
            return "Not a spreadsheet (a document, a photo, a scan…); not read."
        }
    }
}
