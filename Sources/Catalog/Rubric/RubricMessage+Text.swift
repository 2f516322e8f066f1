import Scoring

/// Why a rubric file is refused, in Vietnamese and English.
extension RubricMessage: CatalogMessage {
    public var vi: String {
        func q(_ s: String) -> String { Wording.quote(s) }
        func n(_ x: Double) -> String { Wording.number(x, .vi) }
        switch self {
        case .notUTF8: return "tệp không phải văn bản UTF-8; hãy lưu lại với bảng mã UTF-8."
        case .empty: return "tệp trống."
        case .syntax(let problem): return "không đọc được cấu trúc của tệp: \(problem.vi)."
        case .schemaTooNew(let found, let supported):
            return "thang điểm dùng định dạng phiên bản \(found), bản thidua này chỉ đọc được đến phiên bản "
                + "\(supported); hãy cập nhật thidua."
        case .expectedMapping: return "cần một nhóm các khóa dạng “tên: giá trị”."
        case .expectedList: return "cần một danh sách (mỗi mục một dòng bắt đầu bằng “- ”)."
        case .expectedText: return "cần một giá trị chữ."
        case .expectedNumber(let written):
            return "cần một số (trong tệp thang điểm, phần thập phân dùng dấu chấm, ví dụ \(q("0.2"))), gặp \(q(written))."
        case .expectedWhole(let written): return "cần một số nguyên, gặp \(q(written))."
        case .expectedBool(let written): return "cần \(q("true")) (có) hoặc \(q("false")) (không), gặp \(q(written))."
        case .unknownKey(let key, let allowed):
            return "khóa \(q(key)) không có trong định dạng thang điểm; ở đây chỉ dùng các khóa "
                + "\(Wording.list(allowed.map(q), .vi))."
        case .duplicateKey(let key): return "khóa \(q(key)) được khai hai lần; xóa một lần."
        case .missingKey(let key): return "thiếu khóa bắt buộc \(q(key))."
        case .invalidMonth(let written): return "cần tháng dạng năm-tháng (ví dụ 2023-06), gặp \(q(written))."
        case .periodReversed: return "tháng kết thúc đứng trước tháng bắt đầu."
        case .unknownKind(let written):
            return "cách chấm \(q(written)) không có; dùng \(q("binary")) (đạt/không đạt), \(q("graded")) (chấm theo "
                + "mức), \(q("ratio")) (theo tỷ lệ) hoặc \(q("threshold")) (theo ngưỡng)."
        case .unknownEvidenceRule(let written):
            return "quy tắc minh chứng \(q(written)) không có; dùng \(q("required")) (bắt buộc) hoặc "
                + "\(q("optional")) (không bắt buộc)."
        case .emptyNoneText: return "mục trống trong danh sách các cách ghi “không có minh chứng”; xóa mục này."
        case .noItems: return "thang điểm không có tiêu chí nào."
        case .emptyItemCode: return "mã tiêu chí trống."
        case .duplicateItemCode(let code, let first, let firstCode):
            return "mã \(q(code)) trùng với tiêu chí thứ \(first) (mã \(q(firstCode))); mỗi tiêu chí cần một mã riêng."
        case .maxNotPositive(let line, let max):
            return "điểm tối đa của tiêu chí \(line) phải lớn hơn 0, gặp \(n(max))."
        case .ratioIncomplete(let line):
            return "tiêu chí \(line) chấm theo tỷ lệ nhưng thiếu khóa \(q("ratio")) với tử số (\(q("numerator"))) "
                + "và mẫu số (\(q("denominator")))."
        case .thresholdIncomplete(let line):
            return "tiêu chí \(line) chấm theo ngưỡng nhưng thiếu khóa \(q("threshold")) với mức xếp loại "
                + "(\(q("ratingAtLeast"))) hoặc các tỷ lệ (\(q("shares")))."
        case .unknownRating(let rating, let known):
            return "mức xếp loại \(q(rating)) không có trong danh sách xếp loại (\(Wording.list(known.map(q), .vi)))."
        case .shareWithoutCounts: return "điều kiện tỷ lệ chưa ghi các số liệu cần cộng (\(q("counts")))."
        case .shareOutOfRange(let value):
            return "tỷ lệ phải từ 0 đến 1 (\(q("0.2")) là 20%), gặp \(q(CellNumber.text(value)))."
        case .unknownCount(let key, let known):
            return "số liệu \(q(key)) chưa được khai trong danh sách số liệu (\(Wording.list(known.map(q), .vi))); "
                + "hãy khai thêm."
        case .totalNotPositive: return "tổng điểm phải lớn hơn 0."
        case .totalMismatch(let sum, let total, let lines, let maxima):
            let list = zip(lines, maxima).map { "\($0): \(n($1))" }.joined(separator: "; ")
            return "điểm tối đa các tiêu chí cộng lại là \(n(sum)), khác tổng điểm \(n(total)) (lệch "
                + "\(n(sum - total))); sửa điểm tối đa của tiêu chí sai hoặc tổng điểm. Các tiêu chí: \(list)."
        case .duplicateCode(let code, let list): return "mã \(q(code)) bị trùng trong \(q(list))."
        case .unknownRoute(let route, let known):
            return "tuyến trình \(q(route)) không có trong danh sách tuyến (\(Wording.list(known.map(q), .vi)))."
        case .negativeQuota(let count): return "số lượng khen thưởng không được âm, gặp \(count)."
        case .negativeIndividuals(let count): return "số cá nhân được khen thưởng không được âm, gặp \(count)."
        }
    }

    public var en: String {
        func q(_ s: String) -> String { Wording.quote(s) }
        func n(_ x: Double) -> String { Wording.number(x, .en) }
        switch self {
        case .notUTF8: return "the file is not UTF-8 text; save it as UTF-8."
        case .empty: return "the file is empty."
        case .syntax(let problem): return "the file's structure cannot be read: \(problem.en)."
        case .schemaTooNew(let found, let supported):
            return "the rubric uses format version \(found); this thidua reads up to \(supported); update thidua."
        case .expectedMapping: return "expected a mapping of “key: value” lines."
        case .expectedList: return "expected a list (one item per line starting with “- ”)."
        case .expectedText: return "expected text."
        case .expectedNumber(let written): return "expected a number (decimal point, e.g. 0.2), found \(q(written))."
        case .expectedWhole(let written): return "expected a whole number, found \(q(written))."
        case .expectedBool(let written): return "expected true or false, found \(q(written))."
        case .unknownKey(let key, let allowed):
            return "unknown key \(q(key)); keys allowed here: \(Wording.list(allowed.map(q), .en))."
        case .duplicateKey(let key): return "key \(q(key)) is given twice; remove one."
        case .missingKey(let key): return "required key \(q(key)) is missing."
        case .invalidMonth(let written): return "expected a month as YYYY-MM (e.g. 2023-06), found \(q(written))."
        case .periodReversed: return "the last month is before the first."
        case .unknownKind(let written): return "unknown kind \(q(written)); use binary, graded, ratio or threshold."
        case .unknownEvidenceRule(let written): return "unknown evidence rule \(q(written)); use required or optional."
        case .emptyNoneText: return "an empty entry in the list of texts meaning “no evidence”; remove it."
        case .noItems: return "the rubric has no items."
        case .emptyItemCode: return "empty item code."
        case .duplicateItemCode(let code, let first, let firstCode):
            return "code \(q(code)) repeats item \(first) (code \(q(firstCode))); give each line its own code."
        case .maxNotPositive(let line, let max): return "the max of line \(line) must be above 0, found \(n(max))."
        case .ratioIncomplete(let line): return "line \(line) is a ratio but has no ratio: numerator and denominator."
        case .thresholdIncomplete(let line):
            return "line \(line) is a threshold but has no threshold (ratingAtLeast or shares)."
        case .unknownRating(let rating, let known):
            return "rating \(q(rating)) is not in ratings (\(Wording.list(known.map(q), .en)))."
        case .shareWithoutCounts: return "the share has no counts."
        case .shareOutOfRange(let value): return "a share must be within 0 and 1 (0.2 is 20%), found \(n(value))."
        case .unknownCount(let key, let known):
            return "count \(q(key)) is not declared in counts (\(Wording.list(known.map(q), .en))); add it."
        case .totalNotPositive: return "the total must be above 0."
        case .totalMismatch(let sum, let total, let lines, let maxima):
            let list = zip(lines, maxima).map { "\($0): \(n($1))" }.joined(separator: "; ")
            return "the items' maxima sum to \(n(sum)), not the total \(n(total)) (off by \(n(sum - total))); "
                + "fix the wrong line's max or the total. Lines: \(list)."
        case .duplicateCode(let code, let list): return "code \(q(code)) repeats in \(q(list))."
        case .unknownRoute(let route, let known):
            return "route \(q(route)) is not in routes (\(Wording.list(known.map(q), .en)))."
        case .negativeQuota(let count): return "a quota cannot be negative, found \(count)."
        case .negativeIndividuals(let count): return "the individual quota cannot be negative, found \(count)."
        }
    }
}
