import Scoring

/// The fixed words of the man page (`thidua manual`): section headings, the page header,
/// the help of the built-in `--help` and `--version`, exit codes and the installed files.
/// What each command and option does comes from the command help itself.
public enum ManualMessage: CatalogMessage {
    /// A section of the page, in the order man(7) gives them.
    public enum Section: Sendable, Hashable, CaseIterable {
        case name, synopsis, description, commands, options, exitStatus, files, seeAlso
    }

    /// A file or folder the Debian package installs or the service uses.
    public enum InstalledFile: Sendable, Hashable, CaseIterable {
        /// `/etc/thidua/serve.conf`.
        case serveConfig
        /// `/lib/systemd/system/thidua-serve.service`.
        case serviceUnit
        /// `/var/lib/thidua`.
        case state
        /// `/usr/share/thidua/samples`.
        case samples
        /// `/usr/share/thidua/rubrics`.
        case rubrics
    }

    /// A section heading.
    case section(Section)
    /// The centre of the page header ("User Commands").
    case pageHeader
    /// The one-line help of the hidden `thidua manual` itself.
    case abstract
    /// The placeholder for a command in the synopsis.
    case commandPlaceholder
    /// The placeholder for options in the synopsis.
    case optionsPlaceholder
    /// The sentence that opens the commands section.
    case commandsIntro
    /// The sentence that opens the options section.
    case commonOptionsIntro
    /// The help of argument-parser's own `-h, --help`.
    case helpFlag
    /// The help of argument-parser's own `--version`.
    case versionFlag
    /// An option's default value.
    case defaultValue(String)
    /// An option's accepted values.
    case values([String])
    /// What an exit code means (SPEC §9: 0 to 3).
    case exitCode(Int32)
    /// What an installed file is for.
    case file(InstalledFile)

    public var vi: String {
        switch self {
        case .section(let section):
            switch section {
            case .name: return "TÊN"
            case .synopsis: return "CÁCH DÙNG"
            case .description: return "MÔ TẢ"
            case .commands: return "CÁC LỆNH"
            case .options: return "TÙY CHỌN"
            case .exitStatus: return "MÃ THOÁT"
            case .files: return "TỆP"
            case .seeAlso: return "XEM THÊM"
            }
        case .pageHeader: return "Lệnh người dùng"
        case .abstract: return "In trang hướng dẫn (man) của thidua ở định dạng roff."
        case .commandPlaceholder: return "LỆNH"
        case .optionsPlaceholder: return "TÙY CHỌN"
        case .commandsIntro:
            return "Mỗi lệnh là một bước của đợt thi đua. Lệnh thidua LỆNH --help in hướng dẫn và ví dụ của lệnh đó."
        case .commonOptionsIntro: return "Mọi lệnh đều nhận các tùy chọn sau."
        case .helpFlag: return "In hướng dẫn sử dụng."
        case .versionFlag: return "In số phiên bản."
        case .defaultValue(let value): return "Mặc định: “\(value)”."
        case .values(let values): return "Giá trị: \(values.joined(separator: ", "))."
        case .exitCode(let code):
            switch code {
            case 0: return "Xong, không có lỗi (có thể có cảnh báo)."
            case 1: return "Xong, nhưng có bài nộp có lỗi cần đơn vị sửa; báo cáo vẫn được ghi."
            case 2: return "Lỗi cách dùng hoặc cấu hình: tùy chọn sai, thang điểm không hợp lệ, không có thư mục bài nộp."
            case 3: return "Không ghi được kết quả."
            default: return "Mã thoát \(code)."
            }
        case .file(let file):
            switch file {
            case .serveConfig:
                return "Cấu hình của dịch vụ thidua-serve: mỗi dòng một cặp khóa = giá trị, "
                    + "khóa là tên tùy chọn dài của lệnh thidua serve."
            case .serviceUnit:
                return "Dịch vụ systemd chạy thidua serve dưới người dùng hệ thống thidua. "
                    + "Bật bằng lệnh systemctl enable --now thidua-serve; đường dẫn đăng nhập của văn phòng "
                    + "có trong nhật ký: journalctl -u thidua-serve."
            case .state:
                return "Dữ liệu của dịch vụ: thư mục bài nộp (bai-nop), kết quả (ket-qua), "
                    + "danh sách đơn vị, liên kết nộp bài của từng đơn vị và khóa đăng nhập của văn phòng."
            case .samples:
                return "Bộ bài nộp mẫu và danh sách đơn vị mẫu để dùng thử; có tệp cố ý ghi sai để thấy cách báo lỗi."
            case .rubrics:
                return "Các tệp thang điểm (YAML) để sao chép và sửa theo kế hoạch của cơ quan mình. Thang điểm mẫu đã có sẵn trong chương trình."
            }
        }
    }

    public var en: String {
        switch self {
        case .section(let section):
            switch section {
            case .name: return "NAME"
            case .synopsis: return "SYNOPSIS"
            case .description: return "DESCRIPTION"
            case .commands: return "COMMANDS"
            case .options: return "OPTIONS"
            case .exitStatus: return "EXIT STATUS"
            case .files: return "FILES"
            case .seeAlso: return "SEE ALSO"
            }
        case .pageHeader: return "User Commands"
        case .abstract: return "Print thidua's manual page (man) in roff."
        case .commandPlaceholder: return "COMMAND"
        case .optionsPlaceholder: return "OPTIONS"
        case .commandsIntro:
            return "Each command is one step of the campaign. thidua COMMAND --help prints its help and examples."
        case .commonOptionsIntro: return "Every command takes these options."
        case .helpFlag: return "Print the help."
        case .versionFlag: return "Print the version."
        case .defaultValue(let value): return "Default: “\(value)”."
        case .values(let values): return "Values: \(values.joined(separator: ", "))."
        case .exitCode(let code):
            switch code {
            case 0: return "Done, no errors (warnings allowed)."
            case 1: return "Done, but some submissions have errors the unit must fix; the report is still written."
            case 2: return "Usage or configuration error: a bad option, an invalid rubric, a missing inbox."
            case 3: return "An output could not be written."
            default: return "Exit code \(code)."
            }
        case .file(let file):
            switch file {
            case .serveConfig:
                return "The configuration of the thidua-serve service: one key = value per line, "
                    + "the keys being the long option names of thidua serve."
            case .serviceUnit:
                return "The systemd service that runs thidua serve as the system user thidua. "
                    + "Enable it with systemctl enable --now thidua-serve; the office's sign-in link "
                    + "is in its journal: journalctl -u thidua-serve."
            case .state:
                return "The service's data: the inbox (bai-nop), the results (ket-qua), the roster, "
                    + "each unit's upload link and the office's sign-in key."
            case .samples:
                return "A sample inbox and roster to try thidua on; some files are wrong on purpose, to show the findings."
            case .rubrics:
                return "Rubric files (YAML) to copy and adapt to the office's own plan. The seed rubric is built into the program."
            }
        }
    }
}
