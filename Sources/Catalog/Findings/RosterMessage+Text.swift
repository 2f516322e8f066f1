import Scoring

/// The roster's messages in Vietnamese and English.
extension RosterMessage: CatalogMessage {
    public var vi: String {
        func q(_ s: String) -> String { Wording.quote(s) }
        switch self {
        case .noHeader(let file):
            return "Không tìm thấy dòng tiêu đề của danh sách đơn vị trong tệp \(file): cần các cột "
                + "“Mã đơn vị”, “Tên đơn vị” và “Loại đơn vị”."
        case .noCode(let name): return "Đơn vị \(q(name)) chưa có mã; sẽ đối chiếu theo tên."
        case .noName(let code): return "Mã đơn vị \(code) chưa có tên đơn vị; hãy ghi tên."
        case .duplicateCode(let code, let first):
            return "Mã đơn vị \(code) trùng với dòng ở ô \(first); dòng này bị bỏ qua. Sửa lại mã cho đúng."
        case .unknownType(let written, let types):
            return "Loại đơn vị \(q(written)) không đúng; hãy ghi một trong các loại: \(Wording.quotedChoices(types, .vi))."
        case .notOnRoster(let unit, let name, let code):
            let hint: String
            if let name {
                hint = " Có phải là \(q(name))" + (code.map { " (mã \($0))" } ?? "")
                    + "? Sửa tên hoặc mã đơn vị cho khớp danh sách."
            } else {
                hint = " Kiểm tra tên và mã đơn vị, hoặc bổ sung đơn vị vào danh sách."
            }
            return "Đơn vị \(q(unit)) không có trong danh sách đơn vị." + hint
        case .typeDiffers(let type):
            return "Loại đơn vị ghi trong bảng khác danh sách đơn vị (\(type)); dùng loại trong danh sách. "
                + "Sửa lại nếu danh sách đúng."
        }
    }

    public var en: String {
        func q(_ s: String) -> String { Wording.quote(s) }
        switch self {
        case .noHeader(let file):
            return "No header row found in the roster \(file): it needs the columns “Mã đơn vị” (code), "
                + "“Tên đơn vị” (name) and “Loại đơn vị” (type)."
        case .noCode(let name): return "Unit \(q(name)) has no code; it will be matched by name."
        case .noName(let code): return "Unit code \(code) has no name; write the unit's name."
        case .duplicateCode(let code, let first):
            return "Unit code \(code) repeats the row at \(first); this row is ignored. Correct the code."
        case .unknownType(let written, let types):
            return "Unknown unit type \(q(written)); write one of: \(Wording.quotedChoices(types, .en))."
        case .notOnRoster(let unit, let name, let code):
            let hint: String
            if let name {
                hint = " Did you mean \(q(name))" + (code.map { " (code \($0))" } ?? "")
                    + "? Correct the unit's name or code."
            } else {
                hint = " Check the unit's name and code, or add the unit to the roster."
            }
            return "Unit \(q(unit)) is not on the roster." + hint
        case .typeDiffers(let type):
            return "The unit type differs from the roster's (\(type)); the roster's is used. "
                + "Correct the sheet if the roster is right."
        }
    }
}
