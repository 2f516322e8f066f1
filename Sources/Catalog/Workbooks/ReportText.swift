import Scoring

/// The words of the report's summary, criteria, charts and missing sheets, and those every
/// report sheet shares (yes and no, severities, routes, "no units").
public enum ReportText: CatalogMessage {
    case summaryTitle, overview, rankingSection, noUnits, noRoster, noRosterNote
    /// A line of the counts block.
    case count(SummaryCount)
    case yes, no, unknown, notSubmitted
    /// "Không: <reasons>": why a unit cannot be proposed.
    case notEligible(reasons: String)
    case severity(Severity)
    /// A proposal's route, from the rubric's bodies.
    case route(appraiser: String, decider: String)
    case routeUnknown
    case criteriaTitle, maximum, average, shareAtMaximum
    case chartsTitle, noUnitsToChart, criterion, share, shareAtMaximumByLine
    /// The bar chart's title; `shown` when it draws only the first units.
    case acceptedByUnit(shown: Int?)
    case missingTitle, noRosterForMissing, everyoneSubmitted
    case submitted(Int, of: Int, missing: Int)
    /// A missing unit that sent only files thidua could not read.
    case sentUnreadable(files: String)

    /// The counts of the summary sheet.
    public enum SummaryCount: Sendable, Hashable, CaseIterable {
        case expected, received, valid, validWithWarnings, invalid, unreadable, missing, superseded, skipped
    }

    public var vi: String {
        switch self {
        case .summaryTitle: "Báo cáo tổng hợp kết quả tự chấm điểm thi đua"
        case .overview: "Số liệu chung"
        case .rankingSection: "Kết quả xếp hạng"
        case .noUnits: "Chưa có đơn vị nào."
        case .noRoster: "Không có danh sách"
        case .noRosterNote: "Không có danh sách đơn vị: không xác định được đơn vị chưa nộp."
        case .count(let c):
            switch c {
            case .expected: "Số đơn vị phải nộp (theo danh sách)"
            case .received: "Số tệp đã nhận"
            case .valid: "Đơn vị hợp lệ"
            case .validWithWarnings: "Đơn vị hợp lệ, có cảnh báo"
            case .invalid: "Đơn vị cần sửa"
            case .unreadable: "Tệp không đọc được hoặc không hỗ trợ"
            case .missing: "Đơn vị chưa nộp"
            case .superseded: "Tệp bị thay thế (đã có bản mới hơn)"
            case .skipped: "Tệp bỏ qua (tệp khóa, tệp ẩn, tệp hệ thống)"
            }
        case .yes: "Có"
        case .no: "Không"
        case .unknown: "Chưa rõ"
        case .notSubmitted: "Chưa nộp"
        case .notEligible(let reasons): "Không: " + reasons
        case .severity(let s):
            switch s {
            case .error: "Lỗi"
            case .warning: "Cảnh báo"
            case .info: "Thông tin"
            }
        case .route(let appraiser, let decider): "\(appraiser) → \(decider)"
        case .routeUnknown: "Chưa xác định (thiếu loại đơn vị)"
        case .criteriaTitle: "Chi tiết điểm được công nhận theo từng tiêu chí"
        case .maximum: "Điểm tối đa"
        case .average: "Điểm trung bình"
        case .shareAtMaximum: "Tỷ lệ đơn vị đạt tối đa"
        case .chartsTitle: "Biểu đồ"
        case .noUnitsToChart: "Chưa có đơn vị nào để vẽ biểu đồ."
        case .criterion: "Tiêu chí"
        case .share: "Tỷ lệ"
        case .shareAtMaximumByLine: "Tỷ lệ đơn vị đạt điểm tối đa từng tiêu chí"
        case .acceptedByUnit(let shown):
            "Điểm được công nhận của các đơn vị" + (shown.map { " (\(Wording.count($0, .vi)) đơn vị đầu bảng)" } ?? "")
        case .missingTitle: "Danh sách đơn vị chưa nộp"
        case .noRosterForMissing: "Không có danh sách đơn vị (--roster) nên không xác định được đơn vị chưa nộp."
        case .everyoneSubmitted: "Tất cả đơn vị trong danh sách đã nộp."
        case .submitted(let done, let size, let missing):
            "Đã nộp \(Wording.count(done, .vi))/\(Wording.count(size, .vi)) đơn vị; chưa nộp \(Wording.count(missing, .vi)) đơn vị."
        case .sentUnreadable(let files): "Đã gửi tệp không đọc được: \(files) (xem trang \(ReportSheetName.fixes.vi))."
        }
    }

    public var en: String {
        switch self {
        case .summaryTitle: "Consolidated emulation self-scoring report"
        case .overview: "Overview"
        case .rankingSection: "Ranking"
        case .noUnits: "No units."
        case .noRoster: "No roster"
        case .noRosterNote: "No roster was given: units that did not submit cannot be listed."
        case .count(let c):
            switch c {
            case .expected: "Units expected (roster)"
            case .received: "Files received"
            case .valid: "Units valid"
            case .validWithWarnings: "Units valid with warnings"
            case .invalid: "Units needing fixes"
            case .unreadable: "Files unreadable or unsupported"
            case .missing: "Units not submitted"
            case .superseded: "Superseded files (a newer one is used)"
            case .skipped: "Files skipped (lock, hidden, system)"
            }
        case .yes: "Yes"
        case .no: "No"
        case .unknown: "Unknown"
        case .notSubmitted: "Not submitted"
        case .notEligible(let reasons): "No: " + reasons
        case .severity(let s):
            switch s {
            case .error: "Error"
            case .warning: "Warning"
            case .info: "Info"
            }
        case .route(let appraiser, let decider): "\(appraiser) → \(decider)"
        case .routeUnknown: "Unknown (no unit type)"
        case .criteriaTitle: "Accepted points by criterion"
        case .maximum: "Maximum"
        case .average: "Average"
        case .shareAtMaximum: "Share at maximum"
        case .chartsTitle: "Charts"
        case .noUnitsToChart: "No units to chart."
        case .criterion: "Line"
        case .share: "Share"
        case .shareAtMaximumByLine: "Share of units at each line's maximum"
        case .acceptedByUnit(let shown):
            "Accepted points by unit" + (shown.map { " (first \(Wording.count($0, .en)) units)" } ?? "")
        case .missingTitle: "Units that have not submitted"
        case .noRosterForMissing: "No roster (--roster) was given, so units that did not submit cannot be listed."
        case .everyoneSubmitted: "Every unit on the roster has submitted."
        case .submitted(let done, let size, let missing):
            "\(Wording.count(done, .en)) of \(Wording.count(size, .en)) units submitted; \(Wording.count(missing, .en)) have not."
        case .sentUnreadable(let files): "Sent a file that cannot be read: \(files) (see \(ReportSheetName.fixes.vi))."
        }
    }
}
