import Scoring

/// What the command line says about its inputs and outputs, in Vietnamese and English.
extension OutputMessage: CatalogMessage {
    public var vi: String {
        let hint = " Kiểm tra thư mục có tồn tại, được phép ghi và còn chỗ trống, hoặc chọn đường dẫn khác."
        switch self {
        case .cannotWrite(let target, let path, let cause):
            let what: String
            switch target {
            case .report: what = "báo cáo"
            case .json: what = "tệp kết quả"
            case .returnLists: what = "danh sách cần sửa vào"
            case .templates: what = "mẫu vào"
            case .inspectionForm: what = "phiếu kiểm tra"
            }
            return "Không ghi được \(what) \(path): \(Self.vi(cause))." + hint
        case .cannotReadInbox(let path, let cause):
            return "Không đọc được thư mục bài nộp \(path): \(Self.vi(cause)). Kiểm tra lại đường dẫn."
        case .cannotStartReaders:
            return "Không khởi động được trình đọc tệp của thidua. Hãy cài lại thidua hoặc báo cho người quản trị máy."
        case .cannotReadRoster(let path, let failure): return "\(path): \(failure.vi)"
        case .rosterHasErrors(let path): return "\(path): danh sách đơn vị có lỗi; hãy sửa rồi chạy lại."
        case .cannotReadRubric(let path): return "\(path): không đọc được tệp thang điểm."
        case .returnListClash(let name):
            return "Hai đơn vị trùng tên tệp cần sửa \(name); chỉ ghi tệp của đơn vị đầu tiên."
        case .reportShortened(let path, let cells, let first, let rows):
            var parts: [String] = []
            if cells > 0 {
                parts.append("\(Wording.count(cells, .vi)) ô dài quá 32.767 ký tự đã được cắt bớt, kết thúc bằng “…”"
                             + (first.map { " (ô đầu tiên: \($0))" } ?? ""))
            }
            if rows > 0 { parts.append("\(Wording.count(rows, .vi)) dòng vượt quá số dòng tối đa của một trang tính không được ghi") }
            return "Đã ghi báo cáo \(path), nhưng \(Wording.list(parts, .vi)). Xem đầy đủ trong tệp kết quả JSON "
                + "(chạy lại với --json nếu chưa ghi tệp này)."
        }
    }

    public var en: String {
        let hint = " Check that the folder exists, is writable and has free space, or choose another path."
        switch self {
        case .cannotWrite(let target, let path, let cause):
            let what: String
            switch target {
            case .report: what = "the report"
            case .json: what = "the results file"
            case .returnLists: what = "the return lists in"
            case .templates: what = "the templates in"
            case .inspectionForm: what = "the inspection form"
            }
            return "Cannot write \(what) \(path): \(Self.en(cause))." + hint
        case .cannotReadInbox(let path, let cause):
            return "Cannot read the inbox \(path): \(Self.en(cause)). Check the path."
        case .cannotStartReaders:
            return "thidua's file readers cannot be started. Reinstall thidua or tell the machine's administrator."
        case .cannotReadRoster(let path, let failure): return "\(path): \(failure.en)"
        case .rosterHasErrors(let path): return "\(path): the roster has errors; fix them and run again."
        case .cannotReadRubric(let path): return "\(path): cannot read the rubric file."
        case .returnListClash(let name): return "Two units would share the return list \(name); only the first was written."
        case .reportShortened(let path, let cells, let first, let rows):
            var parts: [String] = []
            if cells > 0 {
                parts.append("\(Wording.count(cells, .en)) cell\(cells == 1 ? "" : "s") longer than 32,767 characters "
                             + "\(cells == 1 ? "was" : "were") cut, ending in “…”" + (first.map { " (first: \($0))" } ?? ""))
            }
            if rows > 0 { parts.append("\(Wording.count(rows, .en)) rows past a sheet's last row were left out") }
            return "The report \(path) was written, but \(Wording.list(parts, .en)). See everything in the JSON file "
                + "(run again with --json if you did not write one)."
        }
    }

    private static func vi(_ cause: Cause) -> String {
        switch cause {
        case .system(let failure): return failure.vi
        case .workbook: return "không tạo được tệp Excel"
        case .unknown: return "lỗi không xác định"
        }
    }

    private static func en(_ cause: Cause) -> String {
        switch cause {
        case .system(let failure): return failure.en
        case .workbook: return "the Excel file could not be produced"
        case .unknown: return "unknown error"
        }
    }
}
