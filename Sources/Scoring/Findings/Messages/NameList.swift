/// A list of names that grows with the number of units, cut to a few names and a count
/// of the rest (SPEC §12): the catalog writes it "A; B; C và 1.234 đơn vị khác".
public struct NameList: Sendable, Hashable, Codable {
    /// Names shown, in order.
    public var shown: [String]
    /// How many more there are.
    public var more: Int

    /// Most names a list shows.
    public static let limit = 5

    /// The first `limit` names of `all` and the count of the others.
    public init(_ all: [String], limit: Int = NameList.limit) {
        shown = Array(all.prefix(limit))
        more = max(0, all.count - limit)
    }
}
