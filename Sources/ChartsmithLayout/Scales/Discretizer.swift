import ChartsmithData
import ChartsmithFormat
import ChartsmithSpec

/// Where a discretizing scale (`quantize`, `quantile`, `threshold`) cuts a continuous
/// domain, as d3-scale cuts it, and how Vega's symbol legend labels the parts.
///
/// With `n` range values: `quantize` cuts its domain `[lo, hi]` into `n` equal parts (after
/// `zero` and `nice`, as Vega configures it); `quantile` at the `n − 1` quantiles (d3's R-7)
/// of every data value; `threshold` at its given domain (`n` = thresholds + 1). A value takes
/// the range value of the part it falls in: the number of thresholds at or below it (d3's
/// `bisectRight`).
struct Discretizer: Sendable {
    let type: ScaleSpec.ScaleType
    /// The cuts between the parts, ascending.
    let thresholds: [Double]
    /// The numbers Vega's legend label format spans (its `thresholdFormat`): a quantize
    /// scale's domain, a quantile scale's quantiles; nil for a threshold scale (labels as
    /// JavaScript prints the numbers, or by the legend's format).
    let formatDomain: [Double]?
    /// The ends Vega's discrete legend measures its blocks between (its `labelFraction`):
    /// the scale's domain's first and last values, a threshold scale's widened by the mean
    /// gap between its thresholds (0.1 for one threshold).
    let fractionDomain: (lo: Double, hi: Double)

    /// Where `x` falls between the ends of ``fractionDomain``, 0 to 1 inside them.
    func fraction(_ x: Double) -> Double {
        let (lo, hi) = fractionDomain
        return hi == lo ? 0.5 : (x - lo) / (hi - lo)
    }

    /// The part the value `v` falls in, 0 ..< `count`: ±∞ (the legend's first value) too.
    func index(_ v: Value, count: Int) -> Int? {
        if case .number(let n) = v { return index(n, count: count) }
        return v.number.flatMap { index($0, count: count) }
    }

    /// The part `x` falls in, 0 ..< `count` (nil for no number).
    func index(_ x: Double, count: Int) -> Int? {
        guard !x.isNaN, count > 0 else { return nil }
        var lo = 0, hi = min(thresholds.count, count - 1)
        while lo < hi {
            let mid = (lo + hi) / 2
            if x < thresholds[mid] { hi = mid } else { lo = mid + 1 }
        }
        return lo
    }

    /// The values Vega's legend shows, one per part: −∞, then each threshold (its
    /// `labelValues` for a discretizing scale).
    var legendValues: [Double] { [-Double.infinity] + thresholds }

    /// The legend's labels, one per legend value, as Vega's `formatRange` writes them:
    /// "< 30", "30 – 70", "≥ 70", each number in `specifier` (the legend's `format`) or, for
    /// a quantize or quantile scale without one, precise enough for the smallest step
    /// between the numbers its format spans (a tick format over 30 ticks).
    func labels(specifier: String?, locale: String) throws -> [String] {
        let format = try numberFormat(specifier: specifier, locale: locale)
        let values = legendValues
        return values.indices.map { i in
            let lo = values[i].isFinite ? format(values[i]) : nil
            let limit = i + 1 < values.count ? values[i + 1] : Double.infinity
            let hi = limit.isFinite ? format(limit) : nil
            if let lo, let hi { return "\(lo) \u{2013} \(hi)" }
            if let hi { return "< \(hi)" }
            return "\u{2265} \(lo ?? "")"
        }
    }

    /// How Vega's legend writes one number of this scale: in `specifier`, precise enough for
    /// the smallest step between the numbers its format spans (quantize, quantile), or as
    /// JavaScript prints it (threshold without a format).
    func numberFormat(specifier: String?, locale: String) throws -> (Double) -> String {
        if let d = formatDomain, !d.isEmpty {
            var step = d.count > 1 ? d[1] - d[0] : d[0]
            for i in d.indices.dropFirst() { step = min(step, d[i] - d[i - 1]) }
            return try Bridge.tickFormatter(0, step, 30, specifier: specifier, locale: locale)
        }
        if let specifier { return try Bridge.tickFormatter(0, 1, 10, specifier: specifier, locale: locale) }
        return Value.jsNumberString
    }

    /// The discretizer of `scale` (a discretizing type) over the data's numbers `values`,
    /// for a range of `count` values; nil for another scale type.
    static func make(_ scale: ScaleSpec?, values: [Double], count: Int) -> Discretizer? {
        guard let scale, let type = scale.type, type.isDiscretizing else { return nil }
        let given = scale.domain?.compactMap { Value.from($0).number }
        switch type {
        case .threshold:
            let t = given ?? []
            let lo = t.first ?? 0, hi = t.last ?? 0
            let pad = t.count > 1 ? (hi - lo) / Double(t.count - 1) : 0.1
            return Discretizer(type: type, thresholds: t, formatDomain: nil, fractionDomain: (lo - pad, hi + pad))
        case .quantile:
            // The domain is the sample itself: every value (or the given list), sorted.
            let sample = (given.flatMap { $0.isEmpty ? nil : $0 } ?? values).filter(\.isFinite).sorted()
            let n = max(count, 1)
            let q = (1..<n).compactMap { Quantile.quantileSorted(sample, Double($0) / Double(n)) }
            return Discretizer(type: type, thresholds: q, formatDomain: q, fractionDomain: (sample.first ?? 0, sample.last ?? 0))
        default:
            var lo = values.filter(\.isFinite).min() ?? 0, hi = values.filter(\.isFinite).max() ?? 1
            if let g = given, let a = g.first, let b = g.last { (lo, hi) = (a, b) }
            if scale.zero == true { lo = min(lo, 0); hi = max(hi, 0) }
            if let m = scale.domainMin { lo = m }
            if let m = scale.domainMax { hi = m }
            if scale.nice == true {
                let d = ScaleTicks.niceLinear(domain: [lo, hi], count: scale.niceCount ?? 10)
                (lo, hi) = (d[0], d[d.count - 1])
            }
            // d3's quantize: n − 1 cuts at ((i + 1)·hi − (i − n + 1)·lo) / n.
            let n = max(count, 1)
            let cuts = (0..<(n - 1)).map { i in (Double(i + 1) * hi - Double(i - n + 1) * lo) / Double(n) }
            return Discretizer(type: type, thresholds: cuts, formatDomain: [lo, hi], fractionDomain: (lo, hi))
        }
    }
}
