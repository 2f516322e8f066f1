import Scoring

/// The inspection form's messages in Vietnamese and English.
extension FormMessage: CatalogMessage {
    public var vi: String {
        switch self {
        case let .notANumber(unit, line, value, max):
            return "Đơn vị \(unit), dòng \(line): điểm kiểm tra \"\(value)\" không phải là số nên không được áp dụng. Ghi một số từ 0 đến \(CellNumber.textVi(max)), ví dụ 7,5, hoặc để trống."
        case let .ambiguous(unit, line, value, _):
            return "Đơn vị \(unit), dòng \(line): không rõ \"\(value)\" là số thập phân hay có dấu phân cách hàng nghìn nên điểm kiểm tra không được áp dụng. Ghi lại, dùng dấu phẩy cho phần thập phân (ví dụ 7,5)."
        case let .outOfRange(unit, line, value, max):
            let m = CellNumber.textVi(max)
            return "Đơn vị \(unit), dòng \(line): điểm kiểm tra \(CellNumber.textVi(value)) nằm ngoài khoảng từ 0 đến \(m) (điểm tối đa của dòng) nên không được áp dụng. Ghi lại điểm kiểm tra từ 0 đến \(m)."
        case let .lineUnknown(unit, line):
            return "Đơn vị \(unit): mã dòng \"\(line)\" không có trong thang điểm nên điểm kiểm tra ở dòng này không được áp dụng. Kiểm tra lại cột Mã."
        case .rowIncomplete:
            return "Dòng có điểm kiểm tra nhưng thiếu mã, tên đơn vị hoặc mã dòng nên không áp dụng được. Ghi lại mã đơn vị và mã dòng như phiếu đã lập, hoặc xóa điểm ở dòng này."
        case let .duplicateRow(unit, line):
            return "Đơn vị \(unit), dòng \(line) có hơn một lần trong phiếu; chỉ điểm ở dòng xuất hiện trước được dùng. Xóa dòng trùng."
        case let .otherRubric(found, expected):
            return "Phiếu kiểm tra được lập theo thang điểm \"\(found)\", không phải thang điểm đang dùng \"\(expected)\", nên không điểm kiểm tra nào được áp dụng. Lập lại phiếu kiểm tra theo thang điểm đang dùng rồi ghi lại điểm."
        case .noMetaSheet:
            return "Phiếu không còn trang ẩn do thidua lập (ví dụ đã lưu thành CSV) nên không kiểm tra được phiếu có đúng thang điểm và tệp của đơn vị có thay đổi sau khi lập phiếu hay không; điểm kiểm tra vẫn được áp dụng."
        case let .unitNotInInbox(unit, points):
            return "Đơn vị \"\(unit)\" không có bài nộp đang được dùng trong thư mục bài nộp nên \(points) ô điểm kiểm tra của đơn vị này không được áp dụng. Kiểm tra lại mã, tên đơn vị hoặc bài nộp của đơn vị."
        case let .unitFileChanged(unit, file):
            return "Tệp của đơn vị \(unit) đã thay đổi sau khi lập phiếu kiểm tra (tệp đang dùng: \(file)). Điểm kiểm tra vẫn được áp dụng; đề nghị Đoàn kiểm tra xem lại các dòng của đơn vị này."
        case let .lineNotInFile(unit, line):
            return "Đơn vị \(unit), dòng \(line): bảng tự chấm điểm của đơn vị không có dòng này nên điểm kiểm tra không được áp dụng. Đơn vị cần bổ sung dòng \(line) rồi gửi lại tệp."
        case let .overridesFile(line, form, file, cell):
            let place = cell.map { ", ô \($0)" } ?? ""
            return "Dòng \(line): điểm kiểm tra trong phiếu kiểm tra (\(CellNumber.textVi(form))) khác điểm kiểm tra ghi trong tệp của đơn vị (\(file)\(place)); điểm trong phiếu kiểm tra được dùng."
        case let .cannotOpen(file):
            return "Không mở được phiếu kiểm tra \"\(file)\". Kiểm tra đường dẫn, tệp còn tồn tại và được phép đọc, rồi chạy lại."
        case let .unreadable(file, reason):
            return "Không đọc được phiếu kiểm tra \"\(file)\": \(reason.vi)"
        case let .notAForm(file):
            return "Tệp \"\(file)\" không phải phiếu kiểm tra: không tìm thấy bảng có các cột \"Mã đơn vị\" (hoặc \"Tên đơn vị\"), \"Mã\" và \"Điểm kiểm tra\". Dùng phiếu kiểm tra do thidua lập."
        case let .insideInbox(option, path):
            return "\(option) \(path): phiếu kiểm tra không được để trong thư mục bài nộp (mọi tệp trong thư mục đó được đọc như bài nộp của đơn vị). Hãy chuyển phiếu ra ngoài thư mục bài nộp."
        case let .applied(file, points, units, errors, warnings):
            var s = "Phiếu kiểm tra \(file): dùng điểm kiểm tra ở \(points) dòng của \(units) đơn vị"
            if errors + warnings > 0 { s += "; \(errors) lỗi, \(warnings) cảnh báo (xem trang Cần sửa)" }
            return s + "."
        case let .written(path):
            return "Phiếu kiểm tra: \(path)"
        case let .wouldOverwrite(path, unit, line):
            return "\(path): phiếu kiểm tra này có điểm kiểm tra hoặc ghi chú của Đoàn kiểm tra chưa được đọc lại (ví dụ đơn vị \(unit), dòng \(line)) nên không bị ghi đè. Thêm --inspected \(path) để đọc lại điểm rồi ghi phiếu mới, hoặc ghi phiếu mới ra tên khác."
        }
    }

    public var en: String {
        switch self {
        case let .notANumber(unit, line, value, max):
            return "Unit \(unit), line \(line): verified points \"\(value)\" are not a number, so they are not applied. Enter a number from 0 to \(CellNumber.text(max)), e.g. 7.5, or leave the cell blank."
        case let .ambiguous(unit, line, value, _):
            return "Unit \(unit), line \(line): \"\(value)\" could be a decimal or a thousands separator, so the verified points are not applied. Rewrite it with a decimal comma or point (e.g. 7.5)."
        case let .outOfRange(unit, line, value, max):
            let m = CellNumber.text(max)
            return "Unit \(unit), line \(line): verified points \(CellNumber.text(value)) are outside 0 to \(m) (the line's max), so they are not applied. Enter verified points from 0 to \(m)."
        case let .lineUnknown(unit, line):
            return "Unit \(unit): line code \"\(line)\" is not in the rubric, so the verified points in this row are not applied. Check the code column."
        case .rowIncomplete:
            return "A row has verified points but no unit code, unit name or line code, so they cannot be applied. Restore the unit and line codes as the form had them, or clear the points in this row."
        case let .duplicateRow(unit, line):
            return "Unit \(unit), line \(line) appears more than once in the form; only the points in the first row are used. Delete the duplicate row."
        case let .otherRubric(found, expected):
            return "The inspection form was made for rubric \"\(found)\", not the rubric in use \"\(expected)\", so no verified points are applied. Make a new form for the rubric in use and enter the points again."
        case .noMetaSheet:
            return "The form no longer has thidua's hidden sheet (e.g. it was saved as CSV), so neither its rubric nor whether units' files changed since it was made can be checked; the verified points are applied."
        case let .unitNotInInbox(unit, points):
            return "Unit \"\(unit)\" has no submission in use in the inbox, so its \(points) verified-points cell(s) are not applied. Check the unit's code, name or submission."
        case let .unitFileChanged(unit, file):
            return "Unit \(unit)'s file changed after the inspection form was made (file in use: \(file)). The verified points still apply; the inspection team should review this unit's lines."
        case let .lineNotInFile(unit, line):
            return "Unit \(unit), line \(line): the unit's self-scoring sheet has no such line, so the verified points are not applied. The unit must add line \(line) and send the file again."
        case let .overridesFile(line, form, file, cell):
            let place = cell.map { ", cell \($0)" } ?? ""
            return "Line \(line): the verified points in the inspection form (\(CellNumber.text(form))) differ from those in the unit's file (\(file)\(place)); the form's are used."
        case let .cannotOpen(file):
            return "Cannot open the inspection form \"\(file)\". Check the path, that the file exists and is readable, then run again."
        case let .unreadable(file, reason):
            return "Cannot read the inspection form \"\(file)\": \(reason.en)"
        case let .notAForm(file):
            return "\"\(file)\" is not an inspection form: no table with the columns \"Mã đơn vị\" (or \"Tên đơn vị\"), \"Mã\" and \"Điểm kiểm tra\" was found. Use an inspection form made by thidua."
        case let .insideInbox(option, path):
            return "\(option) \(path): the inspection form must not be inside the inbox (every file there is read as a unit's submission). Move it out of the inbox."
        case let .applied(file, points, units, errors, warnings):
            var s = "Inspection form \(file): verified points used on \(points) line(s) of \(units) unit(s)"
            if errors + warnings > 0 { s += "; \(errors) error(s), \(warnings) warning(s) (see the Cần sửa sheet)" }
            return s + "."
        case let .written(path):
            return "Inspection form: \(path)"
        case let .wouldOverwrite(path, unit, line):
            return "\(path): this inspection form holds verified points or notes of the inspection team that were not read back (e.g. unit \(unit), line \(line)), so it was not overwritten. Add --inspected \(path) to read them back and re-write the form, or write the new form under another name."
        }
    }
}
