/// Where a line's verified points (điểm kiểm tra) were read.
public enum VerifiedSource: String, Sendable, Hashable, CaseIterable {
    /// The "Điểm kiểm tra" column of the unit's own file.
    case file
    /// The inspection form (phiếu kiểm tra) read with `--inspected`.
    case form
}
