import Scoring

/// What `thidua watch` says, in Vietnamese and English.
extension WatchMessage {
    public var vi: String {
        switch self {
        case .watching(let inbox):
            return "Đang theo dõi thư mục \(inbox): hệ điều hành báo ngay khi có tệp mới, tệp sửa hay tệp bị xóa. Nhấn Ctrl-C để dừng."
        case .polling(let inbox, let every, let reason):
            return "Đang theo dõi thư mục \(inbox) bằng cách quét lại mỗi \(Self.seconds(every, .vi)) giây (\(Self.reason(reason, .vi))). Nhấn Ctrl-C để dừng."
        case .nowPolling(let every, let reason):
            return "Chuyển sang quét lại thư mục mỗi \(Self.seconds(every, .vi)) giây: \(Self.reason(reason, .vi))."
        case .valid(let unit, let score):
            return "\(unit): hợp lệ, \(Wording.number(score, .vi)) điểm"
        case .warned(let unit, let score, let warnings, let list):
            return "\(unit): hợp lệ, có \(warnings) cảnh báo, \(Wording.number(score, .vi)) điểm; \(Self.see(list, .vi))"
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
            var parts = ["Đã nộp " + Wording.count(submitted, .vi) + (roster.map { "/" + Wording.count($0, .vi) } ?? ""),
                         "hợp lệ " + Wording.count(valid, .vi), "cần sửa " + Wording.count(fixing, .vi)]
            if let missing { parts.append("chưa nộp " + Wording.count(missing, .vi)) }
            if unreadable > 0 { parts.append("tệp không đọc được " + Wording.count(unreadable, .vi)) }
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

    public var en: String {
        switch self {
        case .watching(let inbox):
            return "Watching \(inbox) with inotify: new, changed and removed files are seen at once. Press Ctrl-C to stop."
        case .polling(let inbox, let every, let reason):
            return "Watching \(inbox) by listing it every \(Self.seconds(every, .en)) s (\(Self.reason(reason, .en))). Press Ctrl-C to stop."
        case .nowPolling(let every, let reason):
            return "Now listing the inbox every \(Self.seconds(every, .en)) s: \(Self.reason(reason, .en))."
        case .valid(let unit, let score):
            return "\(unit): valid, \(Wording.number(score, .en)) points"
        case .warned(let unit, let score, let warnings, let list):
            return "\(unit): valid with \(warnings) warning\(warnings == 1 ? "" : "s"), \(Wording.number(score, .en)) points; \(Self.see(list, .en))"
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
            var parts = ["Submitted " + Wording.count(submitted, .en) + (roster.map { "/" + Wording.count($0, .en) } ?? ""),
                         "valid " + Wording.count(valid, .en), "needing fixes " + Wording.count(fixing, .en)]
            if let missing { parts.append("not submitted " + Wording.count(missing, .en)) }
            if unreadable > 0 { parts.append("unreadable files " + Wording.count(unreadable, .en)) }
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

    private static func reason(_ reason: PollingCause, _ language: Language) -> String {
        let en = language == .en
        switch reason {
        case .requested: return en ? "as configured" : "theo cài đặt"
        case .unavailable(let failure):
            return en ? "inotify is not available: " + failure.en : "hệ điều hành không cho theo dõi thay đổi"
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
        Wording.number((s * 100).rounded() / 100, language)
    }
}
