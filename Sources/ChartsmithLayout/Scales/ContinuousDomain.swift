import ChartsmithData
import ChartsmithFormat
import ChartsmithSpec

/// The domain of a continuous scale that is not a position (size, opacity, stroke width,
/// angle, a quantitative offset), as Vega builds it from Vega-Lite's scale properties:
/// the data's extent, or `scale.domain`; then zero included when `zero` is true (by
/// default only when no domain is given and the channel's scale starts at zero, as
/// `size`'s); then `domainMin`/`domainMax`; then `nice` when asked. One rule for every
/// such channel (``MagnitudeScale``, ``AngleScale``, ``ContinuousOffset``).
enum ContinuousDomain {
    /// The smallest and largest finite numbers of `field` over `views` (infinities when none).
    static func extent(of field: String, in views: [PreparedView]) -> (lo: Double, hi: Double) {
        var lo = Double.infinity, hi = -Double.infinity
        for v in views {
            v.table.forEachValue(of: field) { value in
                if let n = value.number, n.isFinite { lo = min(lo, n); hi = max(hi, n) }
            }
        }
        return (lo, hi)
    }

    /// The domain from the data's `extent` and the channel's `scale`; `zeroByDefault` says
    /// whether the channel's scale includes zero unless told otherwise. Nil when there is
    /// no finite domain, or when it is reversed (`lo > hi`) and `ordered` is asked.
    static func resolve(extent: (lo: Double, hi: Double), scale: ScaleSpec?, zeroByDefault: Bool,
                        ordered: Bool = false) -> (lo: Double, hi: Double)? {
        var (lo, hi) = extent
        if let given = scale?.domain, given.count == 2,
           let a = Value.from(given[0]).number, let b = Value.from(given[1]).number {
            (lo, hi) = (a, b)
        }
        let zero = scale?.zero ?? (zeroByDefault && scale?.domain == nil)
        if zero, lo.isFinite, hi.isFinite { lo = min(lo, 0); hi = max(hi, 0) }
        if let m = scale?.domainMin { lo = m }
        if let m = scale?.domainMax { hi = m }
        guard lo.isFinite, hi.isFinite, !ordered || lo <= hi else { return nil }
        if scale?.nice == true, lo < hi {
            let n = ScaleTicks.niceLinear(domain: [lo, hi], count: scale?.niceCount ?? 10)
            (lo, hi) = (n[0], n[n.count - 1])
        }
        return (lo, hi)
    }
}
