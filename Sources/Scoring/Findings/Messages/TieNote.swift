/// Units tied across a quota boundary: how many, at which rank, for which places.
public struct TieNote: Sendable, Hashable, Codable {
    /// Places of one level the tied units contend for.
    public struct Share: Sendable, Hashable, Codable {
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
}
