import Scoring

/// The words around a help screen and a usage error: headings, placeholders and the
/// lines that frame an error ("Lỗi: …", "Xem thêm: thidua check --help").
public enum HelpLabel: CatalogMessage {
    /// "Cách dùng: thidua check <FILE> ... [tùy chọn]".
    case usage(String)
    /// The heading of the positional arguments.
    case arguments
    /// The heading of the options and flags.
    case options
    /// The heading of the subcommands.
    case commands
    /// Stands for the options in a usage line.
    case optionsPlaceholder
    /// Stands for a subcommand in a usage line.
    case commandPlaceholder
    /// A default the parser knows, after an option's help.
    case defaultValue(String)
    /// Where to read more: a command line.
    case seeAlso(String)
    /// The first line of a usage error.
    case error(String)

    public var vi: String {
        switch self {
        case .usage(let line): return "Cách dùng: \(line)"
        case .arguments: return "Tham số:"
        case .options: return "Tùy chọn:"
        case .commands: return "Lệnh:"
        case .optionsPlaceholder: return "[tùy chọn]"
        case .commandPlaceholder: return "<lệnh>"
        case .defaultValue(let value): return "Mặc định: \(value)."
        case .seeAlso(let line): return "Xem thêm: \(line)"
        case .error(let message): return "Lỗi: \(message)"
        }
    }

    public var en: String {
        switch self {
        case .usage(let line): return "Usage: \(line)"
        case .arguments: return "Arguments:"
        case .options: return "Options:"
        case .commands: return "Commands:"
        case .optionsPlaceholder: return "[options]"
        case .commandPlaceholder: return "<command>"
        case .defaultValue(let value): return "Default: \(value)."
        case .seeAlso(let line): return "See: \(line)"
        case .error(let message): return "Error: \(message)"
        }
    }
}
