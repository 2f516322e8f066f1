import Scoring

/// A YAML parser's complaint in words for the person editing the file.
extension YAMLProblem {
    public var vi: String {
        switch self {
        case .indentation: return "các dòng cùng một nhóm phải thụt lề bằng nhau (dùng dấu cách, không dùng phím Tab)"
        case .badCharacter:
            return "có ký tự không được phép ở đầu giá trị hoặc có phím Tab; thụt lề bằng dấu cách và đặt văn bản "
                + "trong dấu ngoặc kép"
        case .colonInValue: return "có dấu hai chấm trong một giá trị chữ; hãy đặt cả giá trị đó trong dấu ngoặc kép"
        case .missingColon: return "thiếu dấu hai chấm sau tên khóa"
        case .unclosedQuote: return "có dấu ngoặc kép mở mà không đóng"
        case .other:
            return "kiểm tra dòng này và các dòng ngay trên: thụt lề bằng dấu cách, dấu hai chấm sau mỗi khóa, "
                + "dấu ngoặc kép đóng mở đủ cặp"
        }
    }

    public var en: String {
        switch self {
        case .indentation: return "lines of one block must be indented alike (spaces, not tabs)"
        case .badCharacter: return "a character that cannot start a value, or a tab; indent with spaces and quote text"
        case .colonInValue: return "a colon inside a text value; put the whole value in double quotes"
        case .missingColon: return "a key without its colon"
        case .unclosedQuote: return "a quotation mark is opened and never closed"
        case .other:
            return "check this line and the ones just above: indentation with spaces, the colon after each key, "
                + "quotation marks in pairs"
        }
    }
}
