/// The `density` transform: a Gaussian kernel density estimate of one field, per group,
/// sampled along its extent, as Vega's `kde` transform computes it (see `Density` in the
/// data stage).
///
/// Vega-Lite 5 compiles it with `resolve: "shared"` unless told otherwise: every group is
/// sampled over the extent of the whole field (or `extent`) at `steps` (default `maxsteps`,
/// 200) uniform steps, so densities line up for stacking. With `"independent"` each group
/// uses its own extent and Vega's adaptive sampling between `minsteps` and `maxsteps`.
public struct DensitySpec: Sendable, Hashable {
    /// `density`: the field to estimate.
    public var field: String
    public var groupby: [String] = []
    /// Cumulative densities (the CDF) instead of densities.
    public var cumulative = false
    /// Smoothed counts (densities times the group's size) instead of probabilities.
    public var counts = false
    /// The kernel's standard deviation; 0 estimates it with Scott's rule.
    public var bandwidth = 0.0
    public var extent: [Double]?
    public var minsteps = 25.0
    public var maxsteps = 200.0
    public var steps: Double?
    /// `resolve`: `"shared"` (the default) or `"independent"`.
    public var resolveShared = true
    /// `as`: the output fields for the sample value and its density.
    public var valueAs = "value"
    public var densityAs = "density"

    public init(field: String) {
        self.field = field
    }
}
