import Scoring

/// The batch's messages in Vietnamese and English.
extension ConsolidationMessage: CatalogMessage {
    public var vi: String {
        func c(_ n: Int) -> String { Wording.count(n, .vi) }
        switch self {
        case .superseded(let newer):
            return "Đơn vị đã nộp bản mới hơn (\(newer)); tệp này không được dùng. Không cần làm gì nếu bản mới "
                + "là bản đúng."
        case .tie(let note): return note.vi
        case .tieAtQuota(let note, let names):
            return note.vi + " (\(names.text(.vi))). Hội đồng bình xét lựa chọn."
        case .nomineesAboveQuota(let count, let quota):
            return "Có \(c(count)) cá nhân được đề nghị, nhiều hơn số lượng khen thưởng (\(c(quota))). "
                + "Hội đồng xem xét, lựa chọn."
        case .ineligibleSuperseded(let by): return "Bị thay thế bởi \(by)"
        case .ineligibleErrors(let count): return "Còn \(c(count)) lỗi cần sửa"
        case .ineligibleLines(let codes):
            return "Chưa thực hiện đầy đủ các nội dung thi đua: tiêu chí \(Wording.list(codes, .vi)) được 0 điểm"
        case .ineligiblePeriod(let written):
            return "Kỳ thi đua \(Wording.quote(written)) không phải kỳ của kế hoạch"
        }
    }

    public var en: String {
        func c(_ n: Int) -> String { Wording.count(n, .en) }
        switch self {
        case .superseded(let newer):
            return "The unit sent a newer file (\(newer)); this one is not used. Nothing to do if the newer file "
                + "is the right one."
        case .tie(let note): return note.en
        case .tieAtQuota(let note, let names): return note.en + " (\(names.text(.en))). The council chooses."
        case .nomineesAboveQuota(let count, let quota):
            return "\(c(count)) individuals are nominated, more than the quota (\(c(quota))). The council chooses."
        case .ineligibleSuperseded(let by): return "Superseded by \(by)"
        case .ineligibleErrors(let count): return "\(c(count)) error\(count == 1 ? "" : "s") to fix"
        case .ineligibleLines(let codes):
            return "Not every content carried out: line\(codes.count == 1 ? "" : "s") "
                + "\(Wording.list(codes, .en)) scored 0"
        case .ineligiblePeriod(let written): return "Period \(Wording.quote(written)) is not the plan's"
        }
    }
}
