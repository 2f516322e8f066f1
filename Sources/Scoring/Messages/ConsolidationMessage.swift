/// Messages about the batch: supersession, ties at a quota, nominees above the quota,
/// and why a unit cannot be proposed for an award.
public enum ConsolidationMessage: CatalogMessage {
    /// A newer file of the same unit is used (`superseded`).
    case superseded(newer: String)
    /// A unit's own note: it is tied across a quota boundary (no names).
    case tie(TieNote)
    /// The batch's finding for a tie (`tieAtQuota`): a few of the tied units' names.
    case tieAtQuota(TieNote, names: NameList)
    /// More nominees than the individual quota (`nomineesAboveQuota`).
    case nomineesAboveQuota(count: Int, quota: Int)
    /// Ineligible: superseded by a newer file.
    case ineligibleSuperseded(by: String)
    /// Ineligible: errors to fix.
    case ineligibleErrors(count: Int)
    /// Ineligible: lines scored 0 ("chưa thực hiện đầy đủ các nội dung").
    case ineligibleLines(codes: [String])
    /// Ineligible: another plan's period.
    case ineligiblePeriod(written: String)

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

/// Units tied across a quota boundary: how many, at which rank, for which places.
public struct TieNote: Sendable, Hashable {
    /// Places of one level the tied units contend for.
    public struct Share: Sendable, Hashable {
        public var places: Int
        /// The level's label ("Tốt").
        public var level: String
        public init(places: Int, level: String) { self.places = places; self.level = level }
    }

    /// Number of tied units.
    public var units: Int
    /// Their shared rank.
    public var rank: Int
    /// The places they contend for, best level first.
    public var shares: [Share]

    public init(units: Int, rank: Int, shares: [Share]) {
        self.units = units
        self.rank = rank
        self.shares = shares
    }

    /// "Đồng hạng — Hội đồng xem xét: 2 đơn vị đồng hạng 3 cho 1 suất Tốt và 1 suất Khá".
    public var vi: String {
        let places = shares.map { "\(Wording.count($0.places, .vi)) suất \($0.level)" }
        return "Đồng hạng — Hội đồng xem xét: \(Wording.count(units, .vi)) đơn vị đồng hạng \(rank) cho "
            + Wording.list(places, .vi)
    }

    /// "Tied — for the council: 2 units tied at rank 3 for 1 “Tốt” place and 1 “Khá” place".
    public var en: String {
        let places = shares.map { "\(Wording.count($0.places, .en)) \(Wording.quote($0.level)) place\($0.places == 1 ? "" : "s")" }
        return "Tied — for the council: \(Wording.count(units, .en)) units tied at rank \(rank) for "
            + Wording.list(places, .en)
    }
}
