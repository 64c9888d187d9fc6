/// The `ci0` and `ci1` aggregate operations: a bootstrap 95% confidence interval of the
/// mean, by vega-statistics' `bootstrapCI(values, 1000, 0.05)`: 1000 resamples of the values
/// (each of n draws `values[⌊random() × n⌋]`), their means sorted, and d3's R-7 quantiles at
/// 0.025 and 0.975.
///
/// Vega draws from `Math.random`, so its interval moves a little on every run. Chartsmith
/// draws from Vega's own linear congruential generator (`lcg`, as the `sample` transform)
/// seeded with ``seed`` afresh for each group, so the same values always give the same
/// interval, whatever other groups the data holds.
public enum BootstrapCI {
    /// The generator's seed (the `sample` transform's).
    public static let seed = Sample.seed
    public static let samples = 1000
    public static let alpha = 0.05

    /// The interval of the mean of `values`; nil when there are none.
    public static func interval(_ values: [Double]) -> (lower: Double, upper: Double)? {
        let xs = values.filter { !$0.isNaN }
        guard !xs.isEmpty else { return nil }
        var random = Sample.LCG(seed: seed)
        let n = xs.count, nd = Double(xs.count)
        var means = [Double](repeating: 0, count: samples)
        for j in 0..<samples {
            var a = 0.0
            for _ in 0..<n { a += xs[Int(random.next() * nd)] }
            means[j] = a / nd
        }
        means.sort()
        return (quantileSorted(means, alpha / 2), quantileSorted(means, 1 - alpha / 2))
    }

    /// d3's `quantile` of sorted values.
    static func quantileSorted(_ s: [Double], _ p: Double) -> Double {
        let i = (Double(s.count) - 1) * p
        let lo = Int(i.rounded(.down)), hi = min(lo + 1, s.count - 1)
        return s[lo] + (s[hi] - s[lo]) * (i - Double(lo))
    }
}
