import Scoring

/// A mistake in the command line, said so that a clerk can fix it: what is missing or
/// wrong, and how to write it. Shown after "Lỗi: " with the command's usage (exit 2).
public enum UsageMessage: CatalogMessage {
    /// Where a language was asked for.
    public enum LanguageSource: Sendable, Hashable {
        /// `--lang`.
        case option
        /// The environment variable `THIDUA_LANG`.
        case environment
    }

    /// The command's argument (`valueName`, e.g. `FILE`) was not given; `command` is nil for
    /// one the catalog does not name.
    case missingArgument(CLICommand?, valueName: String)
    /// An option the command (`thidua check`) does not have; `suggestion` is a close one it has.
    case unknownOption(String, command: String, suggestion: String?)
    /// A word where a subcommand of `command` was expected.
    case unknownCommand(String, command: String, commands: [String], suggestion: String?)
    /// An option given as the last word, or followed by another option, without its value.
    case missingValue(option: String, valueName: String)
    /// A flag written with a value (`--json=1`).
    case unexpectedValue(option: String, value: String)
    /// A word more than the command takes.
    case extraArgument(String, command: String)
    /// A language thidua does not speak.
    case language(written: String, source: LanguageSource)
    /// An option that takes a whole number of at least `atLeast` (`--threads`).
    case wholeNumber(option: String, written: String, atLeast: Int)
    /// The inbox does not exist or is not a folder.
    case inboxNotFound(path: String)
    /// An input file that does not exist, with the option that names it (nil for an argument).
    case fileNotFound(path: String, option: String?)
    /// `--date` not written as YYYY-MM-DD.
    case badDate(written: String)
    /// `template --format` with something other than xlsx and csv.
    case templateFormat(written: String)
    /// An output folder that is a file.
    case notAFolder(path: String)
    /// An output inside the inbox.
    case outputInsideInbox(option: String, path: String)
    /// An output that is one of the inputs.
    case overwritesInput(option: String, path: String, input: String)
    /// Two outputs naming one file.
    case sameOutput(option: String, path: String, other: String)
    /// A mistake the catalog has no sentence for.
    case notUnderstood

    public var vi: String {
        switch self {
        case .missingArgument(let command, let name):
            switch command {
            case .check: return "Thiếu tệp cần kiểm tra (<\(name)>): hãy ghi tên ít nhất một tệp."
            case .consolidate, .watch:
                return "Thiếu thư mục bài nộp (<\(name)>): hãy ghi đường dẫn thư mục chứa các tệp đơn vị gửi về."
            case .rubricCheck: return "Thiếu tệp thang điểm cần kiểm tra (<\(name)>)."
            case .inspect: return "Thiếu tệp cần xem (<\(name)>)."
            default: return "Thiếu <\(name)>."
            }
        case .unknownOption(let option, let command, let suggestion):
            return "Lệnh \(command) không có tùy chọn \(option)."
                + (suggestion.map { " Có phải ý bạn là \($0)?" } ?? "")
        case .unknownCommand(let word, let command, let commands, let suggestion):
            return "Không có lệnh “\(word)”." + (suggestion.map { " Có phải ý bạn là \($0)?" } ?? "")
                + " Các lệnh của \(command): \(commands.joined(separator: ", "))."
        case .missingValue(let option, let name):
            return "Thiếu <\(name)> sau \(option)."
        case .unexpectedValue(let option, let value):
            return "\(option) không đi kèm giá trị nào (đã ghi: \(value))."
        case .extraArgument(let word, let command):
            return "Thừa “\(word)”: lệnh \(command) không nhận thêm tham số này."
        case .language(let written, .option):
            return "Không có ngôn ngữ “\(written)”: --lang nhận vi (tiếng Việt) hoặc en (tiếng Anh)."
        case .language(let written, .environment):
            return "Biến môi trường THIDUA_LANG ghi “\(written)”, không phải ngôn ngữ thidua dùng được: hãy đặt vi (tiếng Việt) hoặc en (tiếng Anh)."
        case .wholeNumber(let option, let written, let least):
            return "\(option) cần một số nguyên từ \(Wording.count(least, .vi)) trở lên (đã nhận: \(written))."
        case .inboxNotFound(let path):
            return "Không tìm thấy thư mục bài nộp “\(path)”. Hãy kiểm tra lại đường dẫn."
        case .fileNotFound(let path, let option):
            return "Không tìm thấy tệp “\(path)”" + (option.map { " (\($0))" } ?? "") + ". Hãy kiểm tra lại đường dẫn."
        case .badDate(let written):
            return "--date cần dạng YYYY-MM-DD, ví dụ 2024-06-20 (đã nhận: \(written))."
        case .templateFormat(let written):
            return "--format nhận xlsx, csv hoặc xlsx,csv (đã nhận: \(written))."
        case .notAFolder(let path):
            return "\(path) không phải là thư mục."
        case .outputInsideInbox(let option, let path):
            return "\(option) \(path): không ghi kết quả vào thư mục bài nộp (không bao giờ ghi đè tệp của đơn vị). Hãy chọn nơi khác."
        case .overwritesInput(let option, let path, let input):
            return "\(option) \(path): đây là tệp đầu vào của \(input); không ghi đè tệp đầu vào. Hãy chọn tên khác."
        case .sameOutput(let option, let path, let other):
            return "\(option) \(path): trùng với tệp của \(other). Hãy chọn tên khác."
        case .notUnderstood:
            return "Không hiểu cách ghi lệnh này."
        }
    }

    public var en: String {
        switch self {
        case .missingArgument(let command, let name):
            switch command {
            case .check: return "Missing the file to check (<\(name)>): name at least one file."
            case .consolidate, .watch:
                return "Missing the inbox (<\(name)>): give the path of the folder holding the files the units sent."
            case .rubricCheck: return "Missing the rubric file to check (<\(name)>)."
            case .inspect: return "Missing the file to look at (<\(name)>)."
            default: return "Missing <\(name)>."
            }
        case .unknownOption(let option, let command, let suggestion):
            return "\(command) has no option \(option)." + (suggestion.map { " Did you mean \($0)?" } ?? "")
        case .unknownCommand(let word, let command, let commands, let suggestion):
            return "There is no command “\(word)”." + (suggestion.map { " Did you mean \($0)?" } ?? "")
                + " The commands of \(command): \(commands.joined(separator: ", "))."
        case .missingValue(let option, let name):
            return "Missing <\(name)> after \(option)."
        case .unexpectedValue(let option, let value):
            return "\(option) takes no value (got: \(value))."
        case .extraArgument(let word, let command):
            return "Unexpected “\(word)”: \(command) takes no more arguments."
        case .language(let written, .option):
            return "There is no language “\(written)”: --lang takes vi (Vietnamese) or en (English)."
        case .language(let written, .environment):
            return "The environment variable THIDUA_LANG says “\(written)”, which is not a language thidua speaks: set it to vi (Vietnamese) or en (English)."
        case .wholeNumber(let option, let written, let least):
            return "\(option) takes a whole number, \(Wording.count(least, .en)) or more (got: \(written))."
        case .inboxNotFound(let path):
            return "Cannot find the inbox folder “\(path)”. Check the path."
        case .fileNotFound(let path, let option):
            return "Cannot find the file “\(path)”" + (option.map { " (\($0))" } ?? "") + ". Check the path."
        case .badDate(let written):
            return "--date takes YYYY-MM-DD, for example 2024-06-20 (got: \(written))."
        case .templateFormat(let written):
            return "--format takes xlsx, csv or xlsx,csv (got: \(written))."
        case .notAFolder(let path):
            return "\(path) is not a folder."
        case .outputInsideInbox(let option, let path):
            return "\(option) \(path): results are never written into the inbox (a unit's file is never overwritten). Choose another place."
        case .overwritesInput(let option, let path, let input):
            return "\(option) \(path): this is the input file of \(input); an input is never overwritten. Choose another name."
        case .sameOutput(let option, let path, let other):
            return "\(option) \(path): the same file as \(other)'s. Choose another name."
        case .notUnderstood:
            return "This command line could not be understood."
        }
    }
}
