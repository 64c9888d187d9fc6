import Foundation

import ChartsmithSpec

/// Vega-Lite's `density` transform (``DensitySpec``): a Gaussian kernel density estimate of
/// one field, per group, sampled along its extent, as Vega's `kde` transform computes it.
public enum Density {
    /// The most kernel evaluations (samples × values, over all groups) one density may take.
    public static let maxWork = 400_000_000

    /// The sampled densities: one row per sample per group, carrying the group's `groupby`
    /// values, the sample value and its density. The rows and the work it would take are
    /// checked against `budget` and ``maxWork`` before any sample is taken.
    public static func apply(_ p: DensitySpec, to table: Table, budget: DataBudget = .current) throws -> Table {
        let reader = CellReader(table)
        let field = reader.field(p.field)
        var out = CurveTable(groupby: p.groupby, x: p.valueAs, y: p.densityAs, nonFiniteY: true)
        var domain = p.extent.flatMap { $0.count == 2 && $0.allSatisfy(\.isFinite) ? ($0[0], $0[1]) : nil }
        var minsteps = p.steps ?? p.minsteps, maxsteps = p.steps ?? p.maxsteps
        if p.resolveShared {
            if domain == nil, let e = extent((0..<reader.count).compactMap { reader.number(field, $0) }) { domain = e }
            minsteps = p.steps ?? maxsteps
            maxsteps = minsteps
        }
        let groups = reader.groups(by: p.groupby)
        // At most `maxsteps` + 1 samples a group (Vega refines no finer than span / maxsteps).
        let fewest = minsteps > 0 ? minsteps : 25
        let steps = max(fewest, maxsteps > 0 ? maxsteps : 200)
        let samples = steps.isFinite && steps < 1e15 ? Int(steps.rounded(.down)) + 1 : Int.max
        try budget.check("density", rows: DataBudget.product(samples, groups.count), fields: out.fields.count)
        let work = DataBudget.product(samples, table.rowCount)
        guard work <= maxWork else {
            throw DataError(message: "density: \(DataBudget.grouped(samples)) samples over \(DataBudget.grouped(table.rowCount)) values"
                            + " is more work than Chartsmith allows (\(DataBudget.grouped(maxWork)) kernel evaluations);"
                            + " give fewer \"steps\" or \"maxsteps\"")
        }
        for (group, key) in zip(groups, reader.keys(of: groups, by: p.groupby)) {
            let valid = group.compactMap { reader.number(field, $0) }
            guard !valid.isEmpty, let local = domain ?? extent(valid) else { continue }
            // As in Vega: a null value stays in the sample, where JavaScript's arithmetic
            // reads it as 0, and every row counts in n (text that is not a number is left out).
            let nulls = group.filter { reader.value(field, $0) == .null }.count
            let support = valid + Array(repeating: 0, count: nulls)
            let bandwidth = p.bandwidth > 0 ? p.bandwidth : scottBandwidth(valid, count: support.count)
            let n = Double(support.count)
            let scale = p.counts ? Double(group.count) : 1
            let f: (Double) -> Double = p.cumulative
                ? { x in support.reduce(0) { $0 + normalCDF((x - $1) / bandwidth) } / n }
                : { x in support.reduce(0) { $0 + normalPDF((x - $1) / bandwidth) } / bandwidth / n }
            out.append(sampleCurve(f, extent: local, minSteps: minsteps, maxSteps: maxsteps).map { ($0.0, $0.1 * scale) }, key: key)
        }
        return out.table(columnar: reader.store != nil)
    }

    static func extent(_ xs: [Double]) -> (Double, Double)? {
        guard let lo = xs.min(), let hi = xs.max() else { return nil }
        return (lo, hi)
    }

    /// Scott's rule as Vega estimates it: 1.06 × min(standard deviation, IQR / 1.34) × n^-1/5,
    /// falling back to the deviation, the first quartile's size or 1 when those are zero.
    /// The deviation and quartiles are of the numbers `xs`; `count` is Vega's n, which also
    /// counts null values (default: the numbers alone).
    public static func scottBandwidth(_ xs: [Double], count: Int? = nil) -> Double {
        let n = Double(count ?? xs.count)
        let m0 = Double(xs.count)
        var v = 0.0
        if xs.count > 1 {
            let m = xs.reduce(0, +) / m0
            v = (xs.reduce(0) { $0 + ($1 - m) * ($1 - m) } / (m0 - 1)).squareRoot()
        }
        let q1 = Aggregation.quantile(xs, 0.25) ?? 0, q3 = Aggregation.quantile(xs, 0.75) ?? 0
        let h = (q3 - q1) / 1.34
        // JavaScript's `Math.min(v, h) || v || Math.abs(q1) || 1`.
        let candidates = [min(v, h), v, abs(q1), 1]
        v = candidates.first { $0 != 0 && !$0.isNaN } ?? 1
        return 1.06 * v * pow(n, -0.2)
    }

    static func normalPDF(_ z: Double) -> Double {
        exp(-0.5 * z * z) / (2 * Double.pi).squareRoot()
    }

    /// The standard normal CDF, by West's (2009) approximation as Vega computes it.
    static func normalCDF(_ z: Double) -> Double {
        let Z = abs(z)
        var cd = 0.0
        if Z <= 37 {
            let e = exp(-Z * Z / 2)
            if Z < 7.07106781186547 {
                var sum = 3.52624965998911e-2 * Z + 0.700383064443688
                sum = sum * Z + 6.37396220353165
                sum = sum * Z + 33.912866078383
                sum = sum * Z + 112.079291497871
                sum = sum * Z + 221.213596169931
                sum = sum * Z + 220.206867912376
                cd = e * sum
                sum = 8.83883476483184e-2 * Z + 1.75566716318264
                sum = sum * Z + 16.064177579207
                sum = sum * Z + 86.7807322029461
                sum = sum * Z + 296.564248779674
                sum = sum * Z + 637.333633378831
                sum = sum * Z + 793.826512519948
                sum = sum * Z + 440.413735824752
                cd /= sum
            } else {
                var sum = Z + 0.65
                sum = Z + 4 / sum
                sum = Z + 3 / sum
                sum = Z + 2 / sum
                sum = Z + 1 / sum
                cd = e / sum / 2.506628274631
            }
        }
        return z > 0 ? 1 - cd : cd
    }

    /// Vega's `sampleCurve`: `f` on a uniform grid of `minSteps` intervals, refined where the
    /// curve bends (more than 0.1°) down to intervals of span / `maxSteps`; with equal step
    /// counts, the uniform grid alone.
    public static func sampleCurve(_ f: (Double) -> Double, extent: (Double, Double),
                                   minSteps: Double, maxSteps: Double) -> [(Double, Double)] {
        let minSteps = minSteps > 0 ? minSteps.rounded(.down) : 25
        let maxSteps = max(minSteps, maxSteps > 0 ? maxSteps.rounded(.down) : 200)
        let (minX, maxX) = extent
        let span = maxX - minX
        guard span.isFinite, minSteps.isFinite, maxSteps.isFinite else { return [] }
        func point(_ x: Double) -> (Double, Double) { (x, f(x)) }
        var prev = [point(minX)]
        if minSteps == maxSteps {
            var i = 1.0
            while i < maxSteps {
                prev.append(point(minX + i / minSteps * span))
                i += 1
            }
            prev.append(point(maxX))
            return prev
        }
        let stop = span / maxSteps
        var next = [point(maxX)]
        var i = minSteps - 1
        while i > 0 {
            next.append(point(minX + i / minSteps * span))
            i -= 1
        }
        let minRadians = 0.1 * Double.pi / 180
        func angleDelta(_ p: (Double, Double), _ q: (Double, Double), _ r: (Double, Double)) -> Double {
            abs(atan2(r.1 - p.1, r.0 - p.0) - atan2(q.1 - p.1, q.0 - p.0))
        }
        var p0 = prev[0]
        // Bounded: each refinement halves an interval, never below `stop`.
        while let p1 = next.last {
            let pm = point((p0.0 + p1.0) / 2)
            if pm.0 - p0.0 >= stop && angleDelta(p0, pm, p1) > minRadians {
                next.append(pm)
            } else {
                p0 = p1
                prev.append(p1)
                next.removeLast()
            }
        }
        return prev
    }
}
