/// How a line's value was computed from counts, for `computedDiffers`.
public enum Computation: Sendable, Hashable, Codable {
    /// `max × numerator / denominator`, with the counts' short labels.
    case ratio(numerator: String, numeratorValue: Int, denominator: String, denominatorValue: Int,
               max: Double, value: Double)
    /// Every condition of a threshold line, in rubric order.
    case threshold([ThresholdCheck])
}
