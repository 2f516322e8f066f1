import Scoring

/// A tie across a quota boundary in words.
extension TieNote {
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
