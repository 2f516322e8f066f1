/// One condition of a threshold line and whether it holds.
public enum ThresholdCheck: Sendable, Hashable, Codable {
    /// The collective's rating against the level it must reach (labels).
    case rating(have: String, need: String, met: Bool)
    /// A share: the parts' short labels over the whole's, their values, the bound (0.2 = 20%).
    case share(parts: [String], whole: String, sum: Int, of: Int, atLeast: Double, met: Bool)
}
