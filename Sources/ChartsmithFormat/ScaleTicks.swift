import Foundation

/// Ticks and domain rounding for d3-scale's continuous scales (v4), which
/// Vega uses for `linear`, `pow`, `sqrt`, `symlog` and `log` scales.
public enum ScaleTicks {
    // MARK: Linear (also pow, sqrt and symlog)

    /// Ticks of a linear scale: `ticks(domain.first, domain.last, count)`.
    /// d3's `pow`, `sqrt` and `symlog` scales tick exactly like linear ones.
    public static func linear(domain: [Double], count: Double = 10) -> [Double] {
        guard let first = domain.first, let last = domain.last else { return [] }
        return ticks(start: first, stop: last, count: count)
    }

    /// Ticks of a `pow` (or `sqrt`) scale: the same as ``linear(domain:count:)``.
    public static func pow(domain: [Double], count: Double = 10) -> [Double] {
        linear(domain: domain, count: count)
    }

    /// Ticks of a `symlog` scale: the same as ``linear(domain:count:)``.
    public static func symlog(domain: [Double], count: Double = 10) -> [Double] {
        linear(domain: domain, count: count)
    }

    /// d3-scale's `linear.nice(count)`: extends the first and last domain
    /// values to multiples of the tick step, repeating (at most 10 times)
    /// until the step no longer changes. A reversed domain stays reversed;
    /// interior values are kept.
    ///
    /// `niceLinear(domain: [0, 1246])` is `[0, 1300]`; `[0.5, 99.5]` becomes `[0, 100]`.
    public static func niceLinear(domain: [Double], count: Double = 10) -> [Double] {
        var d = domain
        guard d.count >= 1 else { return d }
        var i0 = 0
        var i1 = d.count - 1
        var start = d[i0]
        var stop = d[i1]
        var prestep: Double? = nil
        if stop < start {
            swap(&start, &stop)
            swap(&i0, &i1)
        }
        var maxIter = 10
        while maxIter > 0 {
            maxIter -= 1
            let step = tickIncrement(start: start, stop: stop, count: count)
            if let prestep, step == prestep {
                d[i0] = start
                d[i1] = stop
                return d
            } else if step > 0 {
                start = (start / step).rounded(.down) * step
                stop = (stop / step).rounded(.up) * step
            } else if step < 0 {
                start = (start * step).rounded(.up) / step
                stop = (stop * step).rounded(.down) / step
            } else {
                break
            }
            prestep = step
        }
        return domain
    }

    // MARK: Log

    /// Ticks of a log scale (d3-scale v4 `log.ticks(count)`).
    ///
    /// For an integer base and a domain spanning fewer than `count` powers,
    /// each power is subdivided by its integer multiples (1, 2, …, 9 × 10ⁿ for
    /// base 10); if that yields fewer than `count / 2` ticks (a very small
    /// range) plain linear ticks of the domain are used instead. Over more
    /// powers, ticks are powers of the base chosen by linear ticks of the
    /// exponents. Negative domains are mirrored.
    public static func log(domain: [Double], count: Double = 10, base: Double = 10) -> [Double] {
        guard var u = domain.first, var v = domain.last else { return [] }
        let logScale = LogTransform(base: base, negative: u < 0)
        let reversed = v < u
        if reversed { swap(&u, &v) }
        var i = logScale.log(u)
        var j = logScale.log(v)
        let n = count
        var z: [Double] = []
        if base.truncatingRemainder(dividingBy: 1) == 0 && j - i < n {
            i = i.rounded(.down)
            j = j.rounded(.up)
            if u > 0 {
                while i <= j {
                    var k = 1.0
                    while k < base {
                        let t = i < 0 ? k / logScale.pow(-i) : k * logScale.pow(i)
                        k += 1
                        if t < u { continue }
                        if t > v { break }
                        z.append(t)
                    }
                    i += 1
                }
            } else {
                while i <= j {
                    var k = base - 1
                    while k >= 1 {
                        let t = i > 0 ? k / logScale.pow(-i) : k * logScale.pow(i)
                        k -= 1
                        if t < u { continue }
                        if t > v { break }
                        z.append(t)
                    }
                    i += 1
                }
            }
            if Double(z.count) * 2 < n { z = ticks(start: u, stop: v, count: n) }
        } else {
            z = ticks(start: i, stop: j, count: JavaScriptMath.min(j - i, n)).map { logScale.pow($0) }
        }
        return reversed ? z.reversed() : z
    }

    /// d3-scale's `log.nice()`: extends the domain ends to powers of the base.
    public static func niceLog(domain: [Double], base: Double = 10) -> [Double] {
        guard let first = domain.first, let last = domain.last else { return domain }
        let logScale = LogTransform(base: base, negative: first < 0)
        var d = domain
        var i0 = 0
        var i1 = d.count - 1
        var x0 = first
        var x1 = last
        if x1 < x0 {
            swap(&i0, &i1)
            swap(&x0, &x1)
        }
        d[i0] = logScale.pow(logScale.log(x0).rounded(.down))
        d[i1] = logScale.pow(logScale.log(x1).rounded(.up))
        return d
    }

    /// d3-scale v4's `log.tickFormat(count, specifier)`: formats only the
    /// ticks worth labelling, returning "" for the others (so that with many
    /// subdivisions only 1, 2, 5 × 10ⁿ or 1 × 10ⁿ are labelled).
    ///
    /// The default specifier is `s` for base 10 and `,` otherwise; for an
    /// integer base a specifier without precision gets the `~` (trim) flag.
    ///
    /// - Throws: ``FormatError/invalidSpecifier(_:)``.
    public static func logTickFormat(
        domain: [Double],
        count: Double = 10,
        base: Double = 10,
        specifier: String? = nil,
        locale: NumberLocale = .default
    ) throws -> @Sendable (Double) -> String {
        var spec = try FormatSpecifier(specifier ?? (base == 10 ? "s" : ","))
        if base.truncatingRemainder(dividingBy: 1) == 0 && spec.precision == nil { spec.trim = true }
        let format = NumberFormat(specifier: spec, locale: locale)
        if count.isInfinite && count > 0 { return { format.format($0) } }
        let show = logTickFilter(domain: domain, count: count, base: base)
        return { value in show(value) ? format.format(value) : "" }
    }

    /// The test d3's log `tickFormat` applies to decide which ticks get a
    /// label: at most about `count` labels, preferring 1 × 10ⁿ, then small
    /// multiples.
    public static func logTickFilter(domain: [Double], count: Double = 10, base: Double = 10) -> @Sendable (Double) -> Bool {
        let logScale = LogTransform(base: base, negative: (domain.first ?? 1) < 0)
        let tickCount = Double(log(domain: domain, count: 10, base: base).count)
        let k = JavaScriptMath.max(1, base * count / tickCount)
        return { d in
            var i = d / logScale.pow(JavaScriptNumber.round(logScale.log(d)))
            if i * base < base - 0.5 { i *= base }
            return i <= k
        }
    }

    /// Vega's label test for log axes (`tickLog`): like
    /// ``logTickFilter(domain:count:base:)``, but measured against the ticks
    /// for `count` and with `Math.pow(base, round(ln d / ln base))`.
    public static func vegaLogTickFilter(domain: [Double], count: Double = 10, base: Double = 10) -> @Sendable (Double) -> Bool {
        let tickCount = Double(log(domain: domain, count: count, base: base).count)
        let logb = Foundation.log(base)
        let k = JavaScriptMath.max(1, base * count / tickCount)
        return { d in
            var i = d / JavaScriptMath.pow(base, JavaScriptNumber.round(Foundation.log(d) / logb))
            if i * base < base - 0.5 { i *= base }
            return i <= k
        }
    }

    /// The labels Vega puts on log-scale axis ticks: ``NumberFormat/vegaFloat(_:locale:)``
    /// for the ticks passing ``vegaLogTickFilter(domain:count:base:)``, "" for the others.
    ///
    /// - Throws: ``FormatError/invalidSpecifier(_:)``.
    public static func vegaLogTickFormat(
        domain: [Double],
        count: Double = 10,
        base: Double = 10,
        specifier: String? = nil,
        locale: NumberLocale = .default
    ) throws -> @Sendable (Double) -> String {
        let format = try NumberFormat.vegaFloat(specifier, locale: locale)
        let show = vegaLogTickFilter(domain: domain, count: count, base: base)
        return { value in show(value) ? format.format(value) : "" }
    }
}

/// The logarithm and its inverse for a log scale, as d3-scale's `logp` and
/// `powp` choose them (mirrored for negative domains).
struct LogTransform: Sendable {
    let base: Double
    let negative: Bool

    func log(_ x: Double) -> Double {
        negative ? -rawLog(-x) : rawLog(x)
    }

    func pow(_ x: Double) -> Double {
        negative ? -rawPow(-x) : rawPow(x)
    }

    private func rawLog(_ x: Double) -> Double {
        if base == M_E { return Foundation.log(x) }
        if base == 10 { return Foundation.log10(x) }
        if base == 2 { return Foundation.log2(x) }
        return Foundation.log(x) / Foundation.log(base)
    }

    private func rawPow(_ x: Double) -> Double {
        if base == 10 { return LogTransform.pow10(x) }
        if base == M_E { return Foundation.exp(x) }
        return JavaScriptMath.pow(base, x)
    }

    /// d3's `pow10`: `+("1e" + x)`, exact for integer exponents.
    static func pow10(_ x: Double) -> Double {
        if x.isFinite {
            return Double("1e" + JavaScriptNumber.toString(x)) ?? .nan
        }
        return x < 0 ? 0 : x
    }
}
