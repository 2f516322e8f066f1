import Scoring

/// A reader's notes in Vietnamese and English.
extension ReadNoteMessage: CatalogMessage {
    public var vi: String {
        switch self {
        case .cellTooLong(let n):
            return "Ô có nội dung dài \(Self.grouped(n, ".")) ký tự, vượt giới hạn 32.767 ký tự một ô của Excel; "
                + "báo cáo chỉ ghi phần đầu của ô (kết thúc bằng dấu “…”). Đề nghị đơn vị rút gọn nội dung ô này."
        }
    }

    public var en: String {
        switch self {
        case .cellTooLong(let n):
            return "The cell holds \(Self.grouped(n, ",")) characters, more than the 32,767 an Excel cell holds; "
                + "the report keeps only its beginning (ending in “…”). Please shorten this cell's text."
        }
    }

    /// `36000` → `36.000` (Vietnamese) or `36,000` (English).
    static func grouped(_ n: Int, _ separator: Character) -> String {
        let digits = String(n.magnitude)
        var out = ""
        for (i, d) in digits.enumerated() {
            if i > 0, (digits.count - i) % 3 == 0 { out.append(separator) }
            out.append(d)
        }
        return n < 0 ? "-" + out : out
    }
}
