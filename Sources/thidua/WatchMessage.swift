import Catalog
import Foundation
import Pipeline
import Scoring

/// What `thidua watch` says on the console, as typed arguments; each case renders itself
/// in Vietnamese and English. The time of day and the unit's label ("XA03 - Xã Ia Rong")
/// are put in by `WatchConsole`.
enum WatchMessage: CatalogMessage {
    /// Watching with inotify.
    case watching(inbox: String)
    /// Watching by listing the inbox every few seconds, and why.
    case polling(inbox: String, every: Double, reason: PollingReason)
    /// inotify was lost while watching.
    case nowPolling(every: Double, reason: PollingReason)
    case valid(unit: String, score: Double)
    case warned(unit: String, score: Double, warnings: Int, list: String?)
    case invalid(unit: String, errors: Int, list: String?)
    /// A file renamed in the inbox, and what it now gives.
    indirect case renamed(state: WatchMessage, to: String)
    /// A file of a unit that sent a newer one.
    case superseded(unit: String, file: String, by: String)
    /// A file that could not be read as a scoring sheet, and why.
    case unreadable(file: String, reason: Message?)
    /// The unit's file was removed: it is on the roster's missing list again.
    case removedNowMissing(unit: String)
    /// The unit's file was removed; another file of the unit is used now.
    case removedReplaced(unit: String, file: String, now: String)
    /// The unit's file was removed (no roster): the unit leaves the report.
    case removedGone(unit: String)
    /// A file that held no unit was removed.
    case removedFile(file: String)
    /// A file still being copied in.
    case copying(file: String)
    /// The one-line status after a refresh.
    case status(submitted: Int, roster: Int?, valid: Int, fixing: Int, missing: Int?, unreadable: Int)
    /// An output (or the inbox) failed; it is tried again.
    case willRetry(problem: String, every: Double)
    /// Every output written again after a failure.
    case recovered(report: String)
    case stopped(report: String)

    var vi: String {
        switch self {
        case .watching(let inbox):
            return "Đang theo dõi thư mục \(inbox): hệ điều hành báo ngay khi có tệp mới, tệp sửa hay tệp bị xóa. Nhấn Ctrl-C để dừng."
        case .polling(let inbox, let every, let reason):
            return "Đang theo dõi thư mục \(inbox) bằng cách quét lại mỗi \(Self.seconds(every, .vi)) giây (\(Self.reason(reason, .vi))). Nhấn Ctrl-C để dừng."
        case .nowPolling(let every, let reason):
            return "Chuyển sang quét lại thư mục mỗi \(Self.seconds(every, .vi)) giây: \(Self.reason(reason, .vi))."
        case .valid(let unit, let score):
            return "\(unit): hợp lệ, \(Console.number(score, .vi)) điểm"
        case .warned(let unit, let score, let warnings, let list):
            return "\(unit): hợp lệ, có \(warnings) cảnh báo, \(Console.number(score, .vi)) điểm; \(Self.see(list, .vi))"
        case .invalid(let unit, let errors, let list):
            return "\(unit): cần sửa: \(errors) lỗi, \(Self.see(list, .vi))"
        case .renamed(let state, let to):
            return state.vi + " (tệp đổi tên thành \(to))"
        case .superseded(let unit, let file, let by):
            return "\(unit): tệp \(file) cũ hơn bản đang dùng (\(by)), không dùng"
        case .unreadable(let file, let reason):
            return "\(file): cần sửa" + (reason.map { ": " + $0.text(.vi) } ?? "")
        case .removedNowMissing(let unit):
            return "\(unit): đã xóa tệp, chuyển về chưa nộp"
        case .removedReplaced(let unit, let file, let now):
            return "\(unit): đã xóa tệp \(file), nay dùng tệp \(now)"
        case .removedGone(let unit):
            return "\(unit): đã xóa tệp, đơn vị không còn trong báo cáo"
        case .removedFile(let file):
            return "\(file): đã xóa tệp"
        case .copying(let file):
            return "\(file): tệp đang được chép vào, sẽ đọc khi chép xong"
        case .status(let submitted, let roster, let valid, let fixing, let missing, let unreadable):
            var parts = ["Đã nộp " + Self.count(submitted, .vi) + (roster.map { "/" + Self.count($0, .vi) } ?? ""),
                         "hợp lệ " + Self.count(valid, .vi), "cần sửa " + Self.count(fixing, .vi)]
            if let missing { parts.append("chưa nộp " + Self.count(missing, .vi)) }
            if unreadable > 0 { parts.append("tệp không đọc được " + Self.count(unreadable, .vi)) }
            return parts.joined(separator: " · ")
        case .willRetry(let problem, let every):
            return problem + " Nếu tệp đang mở (trong Excel…), hãy đóng lại. Sẽ thử lại khi có thay đổi và sau mỗi "
                + "\(Self.seconds(every, .vi)) giây; tệp đã ghi trước đó vẫn giữ nguyên."
        case .recovered(let report):
            return "Đã ghi lại được kết quả; báo cáo: \(report)"
        case .stopped(let report):
            return "Đã dừng theo dõi. Báo cáo: \(report)"
        }
    }

    var en: String {
        switch self {
        case .watching(let inbox):
            return "Watching \(inbox) with inotify: new, changed and removed files are seen at once. Press Ctrl-C to stop."
        case .polling(let inbox, let every, let reason):
            return "Watching \(inbox) by listing it every \(Self.seconds(every, .en)) s (\(Self.reason(reason, .en))). Press Ctrl-C to stop."
        case .nowPolling(let every, let reason):
            return "Now listing the inbox every \(Self.seconds(every, .en)) s: \(Self.reason(reason, .en))."
        case .valid(let unit, let score):
            return "\(unit): valid, \(Console.number(score, .en)) points"
        case .warned(let unit, let score, let warnings, let list):
            return "\(unit): valid with \(warnings) warning\(warnings == 1 ? "" : "s"), \(Console.number(score, .en)) points; \(Self.see(list, .en))"
        case .invalid(let unit, let errors, let list):
            return "\(unit): needs fixing: \(errors) error\(errors == 1 ? "" : "s"), \(Self.see(list, .en))"
        case .renamed(let state, let to):
            return state.en + " (file renamed to \(to))"
        case .superseded(let unit, let file, let by):
            return "\(unit): \(file) is older than the file in use (\(by)); not used"
        case .unreadable(let file, let reason):
            return "\(file): needs fixing" + (reason.map { ": " + $0.text(.en) } ?? "")
        case .removedNowMissing(let unit):
            return "\(unit): file removed, back to not submitted"
        case .removedReplaced(let unit, let file, let now):
            return "\(unit): \(file) removed, now using \(now)"
        case .removedGone(let unit):
            return "\(unit): file removed, the unit is no longer in the report"
        case .removedFile(let file):
            return "\(file): removed"
        case .copying(let file):
            return "\(file): still being copied in; it will be read when complete"
        case .status(let submitted, let roster, let valid, let fixing, let missing, let unreadable):
            var parts = ["Submitted " + Self.count(submitted, .en) + (roster.map { "/" + Self.count($0, .en) } ?? ""),
                         "valid " + Self.count(valid, .en), "needing fixes " + Self.count(fixing, .en)]
            if let missing { parts.append("not submitted " + Self.count(missing, .en)) }
            if unreadable > 0 { parts.append("unreadable files " + Self.count(unreadable, .en)) }
            return parts.joined(separator: " · ")
        case .willRetry(let problem, let every):
            return problem + " If the file is open (in Excel…), close it. Trying again at the next change and every "
                + "\(Self.seconds(every, .en)) s; what was written before stays as it was."
        case .recovered(let report):
            return "Results written again; report: \(report)"
        case .stopped(let report):
            return "Stopped watching. Report: \(report)"
        }
    }

    /// "xem tra-lai/… - can sua.xlsx", or the report's sheet when there are no return lists.
    private static func see(_ list: String?, _ language: Language) -> String {
        switch (list, language) {
        case (let list?, .vi): return "xem \(list)"
        case (let list?, .en): return "see \(list)"
        case (nil, .vi): return "xem trang “Cần sửa” của báo cáo"
        case (nil, .en): return "see the “Cần sửa” sheet of the report"
        }
    }

    private static func reason(_ reason: PollingReason, _ language: Language) -> String {
        let en = language == .en
        switch reason {
        case .requested: return en ? "as configured" : "theo cài đặt"
        case .unavailable(let code):
            return en ? "inotify is not available: " + String(cString: strerror(code))
                      : "hệ điều hành không cho theo dõi thay đổi"
        case .watchLimit:
            return en ? "the inotify watch limit is reached (fs.inotify.max_user_watches)"
                      : "đã hết số thư mục hệ điều hành cho phép theo dõi"
        case .networkFolder:
            return en ? "the inbox is on a network drive, whose changes made on other machines inotify does not see"
                      : "thư mục nằm trên ổ mạng, thay đổi làm từ máy khác không được hệ điều hành báo"
        case .inboxLost:
            return en ? "the inbox folder was removed or moved" : "thư mục bài nộp đã bị xóa hoặc chuyển đi"
        }
    }

    /// 0,2 / 2 / 30 seconds.
    private static func seconds(_ s: Double, _ language: Language) -> String {
        Console.number((s * 100).rounded() / 100, language)
    }

    /// 1.234 in Vietnamese, 1,234 in English.
    static func count(_ n: Int, _ language: Language) -> String {
        let digits = String(n.magnitude)
        var out = ""
        for (i, c) in digits.enumerated() {
            if i > 0 && (digits.count - i) % 3 == 0 { out.append(language == .vi ? "." : ",") }
            out.append(c)
        }
        return (n < 0 ? "-" : "") + out
    }
}
