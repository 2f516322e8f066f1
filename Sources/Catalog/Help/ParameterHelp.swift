import Scoring

/// The help line of each argument, option and flag of the command line, in one sentence;
/// a default the parser knows is added by the help screen (`HelpLabel.defaultValue`).
public enum ParameterHelp: CatalogMessage, CaseIterable {
    /// `--lang`, every command's.
    case lang
    /// `-q, --quiet`.
    case quiet
    /// `-v, --verbose`.
    case verbose
    /// `--rubric FILE`.
    case rubric
    /// `--roster FILE`.
    case roster
    /// `check`'s `FILE...`.
    case checkFiles
    /// `--json` of `check` and `inspect`: JSON on standard output.
    case printJSON
    /// `consolidate`'s `INBOX`.
    case inbox
    /// `consolidate`'s `-o REPORT.xlsx`.
    case report
    /// `consolidate`'s `--json FILE`.
    case jsonFile
    /// `--return-dir DIR`.
    case returnDir
    /// `--date DATE`.
    case date
    /// `--threads N`.
    case threads
    /// `--worker-memory MB`.
    case workerMemory
    /// `--worker-time SECONDS`.
    case workerTime
    /// `--inspection-form FILE`.
    case inspectionForm
    /// `--inspected FILE`.
    case inspected
    /// `template`'s `-o DIR`.
    case templateFolder
    /// `template`'s `--format`.
    case templateFormat
    /// `rubric check`'s `FILE`.
    case rubricFile
    /// `inspect`'s `FILE`.
    case inspectFile
    /// `-h, --help`.
    case help
    /// `--version`.
    case version

    public var vi: String {
        switch self {
        case .lang: return "Ngôn ngữ của thông báo và trợ giúp: vi (tiếng Việt) hoặc en (tiếng Anh); biến môi trường THIDUA_LANG cũng chọn được."
        case .quiet: return "Chỉ in lỗi."
        case .verbose: return "In thêm chi tiết."
        case .rubric: return "Tệp thang điểm (YAML); mặc định: thang điểm của kế hoạch mẫu."
        case .roster: return "Danh sách đơn vị (CSV hoặc XLSX: mã, tên, loại đơn vị)."
        case .checkFiles: return "Các tệp cần kiểm tra (.xlsx, .xlsm, .ods, .xls, .csv; tệp nén .zip, .rar, .7z)."
        case .printJSON: return "In kết quả dạng JSON (SPEC §9)."
        case .inbox: return "Thư mục chứa các tệp đơn vị gửi về."
        case .report: return "Tệp báo cáo."
        case .jsonFile: return "Ghi thêm kết quả dạng JSON vào tệp này."
        case .returnDir: return "Ghi cho mỗi đơn vị có lỗi hoặc cảnh báo một tệp “cần sửa” vào thư mục này."
        case .date: return "Ngày ghi trên báo cáo (YYYY-MM-DD); mặc định để trống cho người ký điền."
        case .threads: return "Số trình đọc tệp chạy song song (mặc định: số nhân CPU)."
        case .workerMemory:
            return "Bộ nhớ tối đa của mỗi trình đọc tệp, tính bằng MB; tệp làm trình đọc vượt mức này được báo lỗi riêng, các tệp khác vẫn được đọc."
        case .workerTime:
            return "Thời gian tối đa để đọc một tệp, tính bằng giây; tệp đọc quá lâu được báo lỗi riêng, các tệp khác vẫn được đọc."
        case .inspectionForm:
            return "Ghi phiếu kiểm tra cho Đoàn kiểm tra: mỗi đơn vị, mỗi dòng một hàng, cột “Điểm kiểm tra” để điền."
        case .inspected: return "Đọc phiếu kiểm tra Đoàn kiểm tra đã điền (xlsx, csv…) và dùng điểm kiểm tra trong đó."
        case .templateFolder: return "Thư mục ghi mẫu (mặc định: thư mục hiện tại)."
        case .templateFormat: return "Định dạng của mẫu: xlsx, csv hoặc cả hai, cách nhau bởi dấu phẩy."
        case .rubricFile: return "Tệp thang điểm (YAML)."
        case .inspectFile: return "Tệp .xlsx, .xlsm, .ods, .fods, .xls, .csv hoặc .tsv cần xem (hoặc tệp nén .zip, .rar, .7z)."
        case .help: return "Hiện trợ giúp này."
        case .version: return "Hiện số phiên bản."
        }
    }

    public var en: String {
        switch self {
        case .lang: return "Language of messages and help: vi (Vietnamese) or en (English); the environment variable THIDUA_LANG chooses it too."
        case .quiet: return "Print errors only."
        case .verbose: return "Print more detail."
        case .rubric: return "Rubric file (YAML); default: the seed plan's rubric."
        case .roster: return "Roster of the units (CSV or XLSX: code, name, unit type)."
        case .checkFiles: return "Files to check (.xlsx, .xlsm, .ods, .xls, .csv; archives .zip, .rar, .7z)."
        case .printJSON: return "Print the results as JSON (SPEC §9)."
        case .inbox: return "Folder holding the files the units sent."
        case .report: return "Report file."
        case .jsonFile: return "Also write the results as JSON to this file."
        case .returnDir: return "Write a “needs fixing” file for each unit with errors or warnings into this folder."
        case .date: return "Date printed on the report (YYYY-MM-DD); by default left blank for the signer to fill in."
        case .threads: return "Number of file readers running side by side (default: the number of CPU cores)."
        case .workerMemory:
            return "Most memory each file reader may use, in MB; a file that makes a reader go past it gets an error of its own and every other file is still read."
        case .workerTime:
            return "Longest a file may take to read, in seconds; a file that takes longer gets an error of its own and every other file is still read."
        case .inspectionForm:
            return "Write the inspection form for the inspection team: one row per unit and line, with a column for the verified points."
        case .inspected: return "Read the inspection form the team filled in (xlsx, csv…) and use its verified points."
        case .templateFolder: return "Folder for the templates (default: the current folder)."
        case .templateFormat: return "Template formats: xlsx, csv or both, separated by a comma."
        case .rubricFile: return "Rubric file (YAML)."
        case .inspectFile: return "The .xlsx, .xlsm, .ods, .fods, .xls, .csv or .tsv file to look at (or an archive .zip, .rar, .7z)."
        case .help: return "Show this help."
        case .version: return "Show the version number."
        }
    }
}
