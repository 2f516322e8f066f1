import Scoring

/// The commands of `thidua`, each named by the words a person types ("thidua rubric show").
public enum CLICommand: String, CaseIterable, Sendable, Hashable {
    case root = "thidua"
    case template = "thidua template"
    case check = "thidua check"
    case consolidate = "thidua consolidate"
    case watch = "thidua watch"
    case rubric = "thidua rubric"
    case rubricShow = "thidua rubric show"
    case rubricCheck = "thidua rubric check"
    case inspect = "thidua inspect"
    /// The parser's own `thidua help COMMAND`.
    case help = "thidua help"
}

/// What each command's help says about it: a one-line abstract, and a discussion of
/// paragraphs (one line each, wrapped where shown) and examples (lines indented by two
/// spaces, never wrapped), with the command's exit codes.
public enum CommandHelp: CatalogMessage {
    /// The one line under which the command is listed and its help opens.
    case abstract(CLICommand)
    /// What the help says after the options: what to know, examples, exit codes.
    case discussion(CLICommand)

    public var vi: String {
        switch self {
        case .abstract(let command):
            switch command {
            case .root: return "Tổng hợp, chấm điểm và xếp hạng thi đua từ các bảng tự chấm điểm của đơn vị."
            case .template: return "Tạo mẫu bảng tự chấm điểm (XLSX, CSV) từ thang điểm."
            case .check: return "Kiểm tra bảng tự chấm điểm: điểm của đơn vị và mọi lỗi, cảnh báo kèm ô cần sửa."
            case .consolidate: return "Tổng hợp mọi bài nộp trong một thư mục thành báo cáo BaoCaoTongHop.xlsx."
            case .watch:
                return "Theo dõi thư mục bài nộp: tổng hợp một lần, rồi cập nhật báo cáo mỗi khi có tệp mới, tệp sửa hay tệp bị xóa."
            case .rubric: return "Xem hoặc kiểm tra thang điểm (rubric)."
            case .rubricShow: return "In thang điểm thành bảng: mã, nội dung, điểm tối đa, cách chấm, minh chứng."
            case .rubricCheck: return "Kiểm tra một tệp thang điểm; mã thoát 0 nếu hợp lệ, 2 nếu không."
            case .inspect: return "Cho xem thidua đọc được gì trong một tệp: mọi trang tính, mọi ô."
            case .help: return "Hiện trợ giúp của một lệnh, ví dụ: thidua help check."
            }
        case .discussion(let command):
            switch command {
            case .root:
                return """
                Ví dụ:
                  thidua template -o mau/ --roster don-vi.csv
                  thidua check "DB01 - Đảng bộ Công an huyện.xlsx"
                  thidua consolidate bai-nop/ --roster don-vi.csv -o BaoCaoTongHop.xlsx
                  thidua watch bai-nop/ --roster don-vi.csv -o BaoCaoTongHop.xlsx

                Thông báo và trợ giúp viết bằng tiếng Việt; thêm --lang en (hoặc đặt biến môi trường THIDUA_LANG=en) để dùng tiếng Anh.

                Mã thoát: 0 xong, không có lỗi; 1 xong nhưng có bài nộp cần sửa; 2 lỗi cách dùng hoặc cấu hình; 3 không ghi được kết quả.
                """
            case .template:
                return """
                Ví dụ:
                  thidua template -o mau/
                  thidua template -o mau/ --format xlsx --roster don-vi.xlsx

                Mã thoát: 0 đã tạo mẫu; 2 lỗi cách dùng, thang điểm hoặc danh sách đơn vị; 3 không ghi được mẫu.
                """
            case .check:
                return """
                Ví dụ:
                  thidua check "DB01 - Đảng bộ Công an huyện.xlsx"
                  thidua check bai-nop/*.xlsx --json > ket-qua.json

                Mã thoát: 0 tất cả hợp lệ (có thể có cảnh báo); 1 có tệp cần sửa; 2 lỗi cách dùng hoặc thang điểm.
                """
            case .consolidate:
                return """
                Ví dụ:
                  thidua consolidate bai-nop/
                  thidua consolidate bai-nop/ --roster don-vi.csv -o BaoCaoTongHop.xlsx --return-dir tra-lai/
                  thidua consolidate bai-nop/ --json ket-qua.json --date 2024-06-20
                  thidua consolidate bai-nop/ --inspection-form PhieuKiemTra.xlsx
                  thidua consolidate bai-nop/ --inspected PhieuKiemTra.xlsx

                Mã thoát: 0 xong, không có lỗi; 1 xong nhưng có bài nộp cần sửa (báo cáo vẫn được ghi); 2 lỗi cách dùng hoặc cấu hình; 3 không ghi được kết quả.
                """
            case .watch:
                return """
                Nhận cùng các tùy chọn như “thidua consolidate”. Mỗi lần cập nhật in một dòng cho mỗi tệp thay đổi và một dòng tình hình (đã nộp, hợp lệ, cần sửa, chưa nộp). Chỉ đọc lại những tệp có nội dung thay đổi; tệp đang chép vào được đọc khi chép xong. Nhấn Ctrl-C để dừng (mã thoát 0).

                Ví dụ:
                  thidua watch bai-nop/ --roster don-vi.csv -o BaoCaoTongHop.xlsx --return-dir tra-lai/
                  thidua watch bai-nop/ --json ket-qua.json --quiet

                Mã thoát: 0 khi dừng bằng Ctrl-C; 2 lỗi cách dùng hoặc cấu hình (trước khi bắt đầu theo dõi).
                """
            case .rubric:
                return """
                Ví dụ:
                  thidua rubric show
                  thidua rubric show --rubric Templates/rubrics/seed.yaml --lang en
                  thidua rubric check thang-diem-moi.yaml

                Mã thoát: 0 thang điểm hợp lệ; 2 thang điểm không hợp lệ hoặc lỗi cách dùng.
                """
            case .rubricShow:
                return """
                Ví dụ:
                  thidua rubric show
                  thidua rubric show --rubric thang-diem-moi.yaml

                Mã thoát: 0 đã in thang điểm; 2 thang điểm không hợp lệ hoặc lỗi cách dùng.
                """
            case .rubricCheck:
                return """
                Ví dụ:
                  thidua rubric check thang-diem-moi.yaml

                Mã thoát: 0 thang điểm hợp lệ; 2 thang điểm không hợp lệ hoặc lỗi cách dùng.
                """
            case .inspect:
                return """
                Ví dụ:
                  thidua inspect BangTuCham_XaIaTo.xlsx
                  thidua inspect BangTuCham.csv --json

                Tệp không đọc được: mã thoát 1 và (với --json) {"file","error":{"code","message"}}.
                Tệp nén (.zip, .rar, .7z): từng tệp bên trong, {"file","format","entries":[…]}.

                Mã thoát: 0 đọc được; 1 có tệp không đọc được; 2 lỗi cách dùng.
                """
            case .help:
                return """
                Ví dụ:
                  thidua help consolidate
                  thidua help rubric check
                """
            }
        }
    }

    public var en: String {
        switch self {
        case .abstract(let command):
            switch command {
            case .root: return "Scores and ranks an emulation campaign from the units' self-scoring sheets, and consolidates the results."
            case .template: return "Writes blank self-scoring templates (XLSX, CSV) from the rubric."
            case .check: return "Checks self-scoring sheets: each unit's score and every error and warning, with the cell to fix."
            case .consolidate: return "Consolidates every submission in a folder into the report BaoCaoTongHop.xlsx."
            case .watch:
                return "Watches the inbox: consolidates once, then updates the report whenever a file is added, changed or removed."
            case .rubric: return "Shows or checks a rubric."
            case .rubricShow: return "Prints the rubric as a table: code, criterion, max points, kind, evidence."
            case .rubricCheck: return "Checks a rubric file; exit code 0 when it is valid, 2 when not."
            case .inspect: return "Shows what thidua reads in a file: every sheet, every cell."
            case .help: return "Shows the help of a command, for example: thidua help check."
            }
        case .discussion(let command):
            switch command {
            case .root:
                return """
                Examples:
                  thidua template -o templates/ --roster units.csv
                  thidua check DB01.xlsx
                  thidua consolidate inbox/ --roster units.csv -o BaoCaoTongHop.xlsx
                  thidua watch inbox/ --roster units.csv -o BaoCaoTongHop.xlsx

                Messages and help are in Vietnamese; add --lang en (or set the environment variable THIDUA_LANG=en) for English.

                Exit codes: 0 done, no errors; 1 done, but some submissions need fixing; 2 usage or configuration error; 3 could not write the results.
                """
            case .template:
                return """
                Examples:
                  thidua template -o templates/
                  thidua template -o templates/ --format xlsx --roster units.xlsx

                Exit codes: 0 templates written; 2 usage, rubric or roster error; 3 could not write the templates.
                """
            case .check:
                return """
                Examples:
                  thidua check DB01.xlsx
                  thidua check inbox/*.xlsx --json > results.json

                Exit codes: 0 all valid (warnings allowed); 1 some files need fixing; 2 usage or rubric error.
                """
            case .consolidate:
                return """
                Examples:
                  thidua consolidate inbox/
                  thidua consolidate inbox/ --roster units.csv -o BaoCaoTongHop.xlsx --return-dir returns/
                  thidua consolidate inbox/ --json results.json --date 2024-06-20
                  thidua consolidate inbox/ --inspection-form InspectionForm.xlsx
                  thidua consolidate inbox/ --inspected InspectionForm.xlsx

                Exit codes: 0 done, no errors; 1 done, but some submissions need fixing (the report is still written); 2 usage or configuration error; 3 could not write the results.
                """
            case .watch:
                return """
                Takes the same options as “thidua consolidate”. Each update prints one line per changed file and a status line (submitted, valid, needing fixes, not submitted). Only files whose content changed are read again; a file still being copied in is read once complete. Press Ctrl-C to stop (exit code 0).

                Examples:
                  thidua watch inbox/ --roster units.csv -o BaoCaoTongHop.xlsx --return-dir returns/
                  thidua watch inbox/ --json results.json --quiet

                Exit codes: 0 when stopped with Ctrl-C; 2 usage or configuration error (before watching starts).
                """
            case .rubric:
                return """
                Examples:
                  thidua rubric show
                  thidua rubric show --rubric Templates/rubrics/seed.yaml --lang en
                  thidua rubric check new-rubric.yaml

                Exit codes: 0 the rubric is valid; 2 the rubric is not valid, or a usage error.
                """
            case .rubricShow:
                return """
                Examples:
                  thidua rubric show
                  thidua rubric show --rubric new-rubric.yaml

                Exit codes: 0 the rubric was printed; 2 the rubric is not valid, or a usage error.
                """
            case .rubricCheck:
                return """
                Examples:
                  thidua rubric check new-rubric.yaml

                Exit codes: 0 the rubric is valid; 2 the rubric is not valid, or a usage error.
                """
            case .inspect:
                return """
                Examples:
                  thidua inspect SelfScoring.xlsx
                  thidua inspect SelfScoring.csv --json

                A file that cannot be read: exit code 1 and (with --json) {"file","error":{"code","message"}}.
                An archive (.zip, .rar, .7z): each file inside, {"file","format","entries":[…]}.

                Exit codes: 0 read; 1 some file could not be read; 2 usage error.
                """
            case .help:
                return """
                Examples:
                  thidua help consolidate
                  thidua help rubric check
                """
            }
        }
    }
}
