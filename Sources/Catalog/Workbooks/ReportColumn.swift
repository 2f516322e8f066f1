import Scoring

/// Column titles of the report's tables and of the return lists.
public enum ReportColumn: String, CatalogMessage, CaseIterable {
    case number, rank, code, unit, unitName, unitType, claimed, accepted, award, eligible, status
    case errors, warnings, sourceFile, total, points, ranking, route, note
    case name, position, unitPoints, partyMember, unitEligible, achievements, why
    case file, cell, severity, kind, value, whatToDo, valueFound, whatToFix
    case size, sha256, format, producer

    public var vi: String {
        switch self {
        case .number: "STT"
        case .rank: "Hạng"
        case .code: "Mã"
        case .unit: "Đơn vị"
        case .unitName: "Tên đơn vị"
        case .unitType: "Loại đơn vị"
        case .claimed: "Điểm tự chấm"
        case .accepted: "Điểm được công nhận"
        case .award: "Đề nghị khen thưởng"
        case .eligible: "Đủ điều kiện khen thưởng"
        case .status: "Trạng thái"
        case .errors: "Số lỗi"
        case .warnings: "Số cảnh báo"
        case .sourceFile: "Tệp nguồn"
        case .total: "Tổng"
        case .points: "Điểm"
        case .ranking: "Xếp hạng"
        case .route: "Tuyến đề nghị (thẩm định → quyết định)"
        case .note: "Ghi chú"
        case .name: "Họ và tên"
        case .position: "Chức vụ"
        case .unitPoints: "Điểm của đơn vị"
        case .partyMember: "Đảng viên"
        case .unitEligible: "Đơn vị đủ điều kiện"
        case .achievements: "Thành tích"
        case .why: "Lý do"
        case .file: "Tệp"
        case .cell: "Ô"
        case .severity: "Mức độ"
        case .kind: "Loại"
        case .value: "Giá trị"
        case .whatToDo: "Nội dung, cách sửa"
        case .valueFound: "Giá trị đã ghi"
        case .whatToFix: "Nội dung cần sửa"
        case .size: "Kích thước (byte)"
        case .sha256: "SHA-256"
        case .format: "Định dạng"
        case .producer: "Ứng dụng tạo tệp"
        }
    }

    public var en: String {
        switch self {
        case .number: "No."
        case .rank: "Rank"
        case .code: "Code"
        case .unit, .unitName: "Unit"
        case .unitType: "Unit type"
        case .claimed: "Claimed"
        case .accepted: "Accepted"
        case .award: "Award proposal"
        case .eligible: "Eligible"
        case .status: "Status"
        case .errors: "Errors"
        case .warnings: "Warnings"
        case .sourceFile: "Source file"
        case .total: "Total"
        case .points: "Points"
        case .ranking: "Rank"
        case .route: "Route (appraiser → decider)"
        case .note: "Note"
        case .name: "Name"
        case .position: "Position"
        case .unitPoints: "Unit's points"
        case .partyMember: "Party member"
        case .unitEligible: "Unit eligible"
        case .achievements: "Achievements"
        case .why: "Why"
        case .file: "File"
        case .cell: "Cell"
        case .severity: "Severity"
        case .kind: "Kind"
        case .value: "Value"
        case .whatToDo, .whatToFix: "What to do"
        case .valueFound: "Value found"
        case .size: "Size (bytes)"
        case .sha256: "SHA-256"
        case .format: "Format"
        case .producer: "Producing application"
        }
    }
}
